import { testRule } from '../../helpers/rule-tester.js';

testRule('md-alert-syntax', {
  valid: [
    { name: 'marker alone, body on the next line', code: '> [!NOTE]\n> Text.\n' },
    { name: 'body after a blank quoted line', code: '> [!TIP]\n>\n> Text.\n' },
    { name: 'a lazy continuation line is a body', code: '> [!NOTE]\nText.\n' },
    { name: 'a marker in inline code is not an alert', code: 'Write `[!NOTE]` on its own line.\n' },
    { name: 'a div marker', code: '> [!div class="nextstepaction"]\n> [Next](next.md)\n' },
  ],
  invalid: [
    {
      name: 'text on the marker line',
      code: '> [!NOTE] Text on the same line.\n',
      errors: [{ line: 1, column: 3, endColumn: 10, message: 'alone on its line' }],
    },
    { name: 'no body', code: 'Intro.\n\n> [!WARNING]\n\nNext paragraph.\n', errors: [{ line: 3, message: 'no text' }] },
    {
      name: 'marker without a blockquote',
      code: '[!NOTE]\nText.\n',
      errors: [{ line: 1, column: 1, endColumn: 8, message: 'first line of a blockquote' }],
    },
    { name: 'marker in the second paragraph of a quote', code: '> Quote.\n>\n> [!TIP]\n> Text.\n', errors: [{ line: 3, column: 3 }] },
  ],
});
