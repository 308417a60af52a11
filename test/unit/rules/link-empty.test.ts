import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

testRule('link-empty', {
  valid: [
    { name: 'text and target', code: '[Setup](setup.md)\n' },
    { name: 'an image as link text', code: '[![Diagram](d.png)](setup.md)\n' },
    { name: 'an include title may be anything', code: '[!INCLUDE [](includes/x.md)]\n' },
  ],
  invalid: [
    {
      name: 'no target',
      code: 'Read [the guide]().\n',
      errors: [{ line: 1, column: 17, endColumn: 19, message: 'opens this page itself' }],
    },
    { name: 'an empty href', code: '<a href="">Top</a>\n', errors: [{ line: 1, message: 'no target' }] },
    { name: 'no text', code: 'Read [](setup.md).\n', errors: [{ line: 1, column: 6, endColumn: 18, message: 'no text' }] },
  ],
});

// For the build an empty target is a link to the page itself: not an error.
describe('link-empty severity', () => {
  it('an empty target is an info', () => {
    const findings = lintCase('link-empty', { name: 'empty', code: '[a]() <a href="">b</a>\n' });
    assert.deepEqual(
      findings.map((finding) => finding.severity),
      ['info', 'info'],
    );
  });
  it('a link without text keeps the rule severity', () => {
    assert.deepEqual(
      lintCase('link-empty', { name: 'no text', code: '[](setup.md)\n' }).map((finding) => finding.severity),
      ['warning'],
    );
  });
});
