import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

testRule('link-absolute-learn', {
  valid: [
    { name: 'site-relative', code: '[a](/power-platform/admin/overview)\n' },
    { name: 'other Microsoft sites', code: '[a](https://www.microsoft.com/power-platform)\n' },
  ],
  invalid: [
    {
      name: 'learn.microsoft.com with a locale, query and anchor kept',
      code: '[a](https://learn.microsoft.com/en-us/power-apps/maker/?tabs=x#intro)\n',
      errors: [{ line: 1, column: 5, endColumn: 69, message: '"/power-apps/maker/?tabs=x#intro"' }],
      output: '[a](/power-apps/maker/?tabs=x#intro)\n',
    },
    {
      name: 'docs.microsoft.com (offered, not applied by --fix)',
      code: '- [Learn](https://docs.microsoft.com/learn/powerplatform/)\n',
      errors: [{ line: 1, column: 11 }],
      output: '- [Learn](/learn/powerplatform/)\n',
    },
    // Found by the hostile review: `</power-apps/maker>` and a bare `/power-apps/maker` are not links.
    {
      name: 'an autolink becomes a link that shows the same URL',
      code: 'See <https://learn.microsoft.com/en-us/power-apps/maker>.\n',
      errors: [{ line: 1, column: 6, endColumn: 56 }],
      output: 'See [https://learn.microsoft.com/en-us/power-apps/maker](/power-apps/maker).\n',
    },
    {
      name: 'a bare URL becomes a link, its text escaped and its parentheses kept apart',
      code: 'See https://learn.microsoft.com/power-apps/a_b_(c) now.\n',
      errors: [{ line: 1, column: 5 }],
      output: 'See [https://learn.microsoft.com/power-apps/a\\_b\\_(c)](</power-apps/a_b_(c)>) now.\n',
    },
  ],
});

describe('link-absolute-learn on autolinks', () => {
  it('offers the fix without applying it: the writer may want link text other than the URL', () => {
    const findings = lintCase('link-absolute-learn', { name: 'autolink', code: '<https://learn.microsoft.com/power-apps/maker>\n' });
    assert.deepEqual(
      findings.map((finding) => finding.fix?.safe),
      [false],
    );
  });
});
