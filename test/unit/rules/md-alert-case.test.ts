import { testRule } from '../../helpers/rule-tester.js';

testRule('md-alert-case', {
  valid: [
    { name: 'upper-case types', code: '> [!TIP]\n> Text.\n\n> [!NOTE]\n> Text.\n' },
    { name: 'an unknown type is md-alert-type', code: '> [!hint]\n> Text.\n' },
    { name: 'a div marker keeps its case', code: '> [!div class="nextstepaction"]\n> [Next](next.md)\n' },
  ],
  invalid: [
    {
      name: '[!tip] becomes [!TIP]',
      code: '> [!tip]\n> Use the admin center.\n',
      errors: [{ line: 1, column: 5, endColumn: 8, message: '[!TIP]' }],
      output: '> [!TIP]\n> Use the admin center.\n',
    },
    // Found by fuzzing: a lone CR ends a line for the editor, so the finding and its quick fix must count it too.
    {
      name: 'lines ended by a lone CR (classic Mac)',
      code: '# Title\rSome text.\r\r> [!tip]\r> Body.\r',
      errors: [{ line: 4, column: 5, endColumn: 8 }],
      output: '# Title\rSome text.\r\r> [!TIP]\r> Body.\r',
    },
    {
      name: 'mixed case inside a list item',
      code: '- Step\n\n  > [!Important]\n  > Text.\n',
      errors: [{ line: 3, column: 7 }],
      output: '- Step\n\n  > [!IMPORTANT]\n  > Text.\n',
    },
  ],
});
