import { testRule } from '../../helpers/rule-tester.js';

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
    { name: 'an alias before its anchor', code: '---\nms.reviewer: *w\nms.author: &w writer\n---\n', errors: [{ line: 2, column: 14 }] },
  ],
});
