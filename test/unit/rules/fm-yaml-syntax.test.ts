import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

testRule('fm-yaml-syntax', {
  valid: [
    { name: 'well-formed YAML with a list', code: '---\ntitle: A title\nms.custom:\n  - one\n  - two\n---\n# A title\n' },
    { name: 'CRLF line endings', code: '---\r\ntitle: A title\r\n---\r\n# A title\r\n' },
    { name: 'an alias after its anchor', code: '---\nms.author: &w writer\nms.reviewer: *w\n---\n' },
    { name: 'no front matter at all is fm-missing, not a syntax error', code: '# A title\n' },
    { name: "an empty or comment-only block is fm-required's", code: '---\n# keys to come\n---\n# A title\n' },
  ],
  invalid: [
    {
      name: 'duplicate key points at the second key',
      code: '---\nauthor: a\ntitle: T\nauthor: b\n---\n',
      errors: [{ line: 4, column: 1, endColumn: 7, message: 'the key "author" appears more than once' }],
    },
    { name: 'tab indentation', code: '---\ntitle: T\nms.custom:\n\t- a\n---\n', errors: [{ line: 4, message: 'tabs' }] },
    { name: 'unclosed block', code: '---\ntitle: T\n\n# Heading\n', errors: [{ line: 1, column: 1, message: 'not closed' }] },
    // The build takes metadata from a YAML mapping only; anything else is dropped as a whole.
    {
      name: 'a list instead of keys',
      code: '---\n- title: A title\n- author: me\n---\n# A title\n',
      errors: [{ line: 2, column: 1, message: 'is a list' }],
    },
    {
      name: 'a single value',
      code: '---\nA title\n---\n# A title\n',
      errors: [{ line: 2, column: 1, endColumn: 8, message: 'is a single value' }],
    },
    { name: 'unbalanced quote', code: '---\ntitle: "T\ndescription: d\n---\n', errors: [{ line: 2 }] },
    // yaml reads these only when the value is used, and its error was swallowed: nothing was reported.
    {
      name: 'an alias with no anchor',
      code: '---\ntitle: T\nms.author: *writer\n---\n',
      errors: [{ line: 3, column: 12, endColumn: 19, message: 'the alias *writer has no anchor &writer before it' }],
    },
    // Quoting mistakes: one finding per line, in the writer's words, at the character that causes it.
    {
      name: 'an unquoted ": " in a description',
      code: '---\ntitle: Plan adoption\ndescription: Learn how to: plan a rollout.\n---\n# Plan adoption\n',
      errors: [
        {
          line: 3,
          column: 26,
          endColumn: 27,
          message: 'contains ": ", which YAML reads as the start of another key: put the value in quotes',
        },
      ],
      output: '---\ntitle: Plan adoption\ndescription: "Learn how to: plan a rollout."\n---\n# Plan adoption\n',
    },
    {
      name: 'two colons in one value are one finding',
      code: '---\ndescription: Note: read this: first\n---\n',
      errors: [{ line: 2, column: 18 }],
      output: '---\ndescription: "Note: read this: first"\n---\n',
    },
    {
      name: 'a value that starts with [ or @, quotes and backslashes escaped in the fix',
      code: '---\ntitle: [Preview] Use "AI" \\ more\nauthor: @writer\n---\n',
      errors: [
        { line: 2, column: 8, message: 'starts with "[", which YAML reads as the start of a list' },
        { line: 3, column: 9, message: 'starts with "@"' },
      ],
      output: '---\ntitle: "[Preview] Use \\"AI\\" \\\\ more"\nauthor: @writer\n---\n',
    },
    {
      name: 'a comment after the value: quoting would take it in (the fix is offered, not applied by --fix)',
      code: '---\ndescription: Step one: plan # draft\n---\n',
      errors: [{ line: 2, column: 22, message: 'put the value in quotes' }],
      output: '---\ndescription: "Step one: plan # draft"\n---\n',
    },
    {
      name: "a quote inside a quoted value: 'It's'",
      code: "---\ntitle: 'It's ready'\n---\n",
      errors: [{ line: 2, column: 8, message: 'starts with a quote, so YAML ends it at the next single quote' }],
    },
    { name: 'an alias before its anchor', code: '---\nms.reviewer: *w\nms.author: &w writer\n---\n', errors: [{ line: 2, column: 14 }] },
  ],
});

test('quoting is applied by --fix only when the quoted value means what was written', () => {
  const safety = (code: string) => lintCase('fm-yaml-syntax', { name: code, code }).map((finding) => finding.fix?.safe);
  assert.deepEqual(safety('---\ndescription: Learn how to: plan.\n---\n'), [true]);
  assert.deepEqual(safety('---\ndescription: Step one: plan # draft\n---\n'), [false]);
  assert.deepEqual(safety('---\ndescription: Step one: plan\n  and roll out\n---\n'), [false]);
  assert.deepEqual(safety("---\ntitle: 'It's ready'\n---\n"), [false]);
});
