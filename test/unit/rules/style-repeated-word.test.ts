import { testRule } from '../../helpers/rule-tester.js';

testRule('style-repeated-word', {
  valid: [
    { name: 'grammatical doubles', code: 'He said that that was fine. They had had enough. What it is is a plan.\n' },
    {
      name: 'names and terms that differ in case',
      code: 'Set up public Teams teams. Use Power Apps apps. Combine AND and OR. The Long Long type.\n',
    },
    { name: 'a member name before its kind', code: '# PropertyEffect.Property property (PowerPoint)\n' },
    { name: 'numbers', code: '|Comma|123 123.45|\n|---|---|\n|a|b|\n' },
    { name: 'line styles', code: 'Dash dot dot: a line with a dash-dot-dot combination.\n' },
    { name: 'a run of three is an example', code: 'Displays davolio davolio davolio.\n' },
    { name: 'words split by markup, and code', code: 'Select **Save** save changes. Only `the the` in code.\n' },
    { name: 'across sentences', code: 'Turn it on. On the next page, sign in.\n' },
    { name: 'an allowed word from options', options: { allow: ['very'] }, code: 'It is very very fast.\n' },
  ],
  invalid: [
    {
      name: 'the the',
      code: 'This example loops on the the four cells.\n',
      errors: [{ line: 1, column: 23, endColumn: 30, message: '"the" is repeated' }],
      output: 'This example loops on the four cells.\n',
    },
    {
      name: 'at the start of a sentence',
      code: 'Done. The the flow runs.\n',
      errors: [{ line: 1, column: 7 }],
      output: 'Done. The flow runs.\n',
    },
    {
      name: 'across a line break',
      code: 'Use the\nthe admin center.\n',
      errors: [{ line: 1, column: 5, endLine: 2, endColumn: 4 }],
      output: 'Use the admin center.\n',
    },
    {
      name: 'in a heading and a table cell',
      code: '## Plan for for growth\n\n|a|b|\n|---|---|\n|to to|x|\n',
      errors: [
        { line: 1, column: 9 },
        { line: 5, column: 2 },
      ],
    },
    { name: 'in alt text of a quoted alert', code: '> [!NOTE]\n> Select the the button.\n', errors: [{ line: 2, column: 10 }] },
  ],
});
