import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPLETE, withExtra } from '../../fixtures/frontmatter/articles.js';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

testRule('fm-empty-value', {
  valid: [
    { name: 'complete metadata', code: COMPLETE },
    { name: 'a key whose list follows', code: withExtra('search.audienceType: ', '  - admin') },
    { name: "empty required keys are fm-required's", code: COMPLETE.replace('author: writer', 'author:') },
    // Found by the hostile workspace: values over the alias limit were read as empty, and --fix deleted them.
    {
      name: 'values too large to expand (an alias bomb) are not empty',
      code: withExtra(
        'ms.a: &a [x, x, x, x, x, x, x, x, x, x]',
        'ms.b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'ms.c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      ),
    },
  ],
  invalid: [
    {
      name: 'no value',
      code: withExtra('ms.custom:'),
      errors: [{ line: 8, column: 1, endColumn: 10, message: 'has no value' }],
      output: COMPLETE,
    },
    {
      name: 'n/a',
      code: withExtra('ms.reviewer: N/A'),
      errors: [{ line: 8, column: 14, endColumn: 17, message: 'placeholder' }],
      output: COMPLETE,
    },
    {
      name: 'na and an empty list',
      code: withExtra('ms.reviewer: na', 'ms.collection: []'),
      errors: [{ line: 8 }, { line: 9 }],
      output: withExtra('ms.collection: []'),
    },
  ],
});

describe('fm-empty-value removals', () => {
  it('are suggestions, never applied by --fix: issue templates keep empty keys by design', () => {
    const code = "---\nname: Bug report\nabout: Something is wrong\ntitle: ''\nlabels: ''\nassignees: ''\n---\n";
    const findings = lintCase('fm-empty-value', { name: 'issue template', code, path: '/ws/.github/ISSUE_TEMPLATE/bug.md' });
    assert.deepEqual(
      findings.map((finding) => [finding.range.start.line, finding.fix?.safe]),
      [
        [5, false],
        [6, false],
      ],
    );
  });

  it('are not offered for a key whose anchor another key uses', () => {
    const findings = lintCase('fm-empty-value', { name: 'anchor', code: withExtra('ms.custom: &empty', 'ms.collection: *empty') });
    assert.deepEqual(
      findings.map((finding) => [finding.range.start.line, finding.fix?.title]),
      [
        [8, undefined],
        [9, 'Remove "ms.collection"'],
      ],
    );
  });
});
