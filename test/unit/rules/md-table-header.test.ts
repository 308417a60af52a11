import { testRule } from '../../helpers/rule-tester.js';

testRule('md-table-header', {
  valid: [
    { name: 'a header in every column', code: '| _Field_ | **Description** |\n|---|---|\n| A | B |\n' },
    {
      name: 'a matrix: empty corner over bold row headers',
      code: 'Slots:\n\n| |**Monday**|**Tuesday**|\n|-|---|---|\n|**09:00**|B|C|\n|**11:00**|B|C|\n',
    },
    { name: 'a table after a blank line', code: 'Text.\n\n|A|B|\n|-|-|\n|1|2|\n' },
    { name: 'a table right after a heading', code: '## Options\n|A|B|\n|-|-|\n|1|2|\n' },
    { name: 'an include in the header', code: '|[!INCLUDE[t](includes/t.md)]|TEXT|\n|---|---|\n|Move|ALT|\n' },
    { name: 'pipes in running text', code: 'Pipe the output to `Format-Table` with |.\n' },
    { name: 'an empty corner over included row headers', code: '||TEXT|\n|---|---|\n|[!INCLUDE[t](includes/t.md)]|ALT|\n' },
  ],
  invalid: [
    {
      name: 'the first header cell is empty',
      code: 'Text.\n\n||Column2|Column3|\n|-|---|---|\n|A|B|C|\n',
      errors: [{ line: 3, column: 1, endColumn: 19, message: 'column 1' }],
    },
    { name: 'a one-column table without header', code: '| |\n|--|\n|Long text.|\n', errors: [{ line: 1, message: 'column 1' }] },
    {
      name: 'an empty corner over a column that is not all bold',
      code: '| |**Mon**|\n|-|---|\n|**09:00**|B|\n|09:00|B|\n',
      errors: [{ line: 1 }],
    },
    { name: 'an empty cell in the middle', code: '|A||C|\n|-|-|-|\n|1|2|3|\n', errors: [{ line: 1, message: 'column 2' }] },
    {
      name: 'the delimiter row comes first',
      code: 'Text.\n\n|-|-------|\n|A|B|\n',
      errors: [{ line: 3, column: 1, endColumn: 12, message: 'no header row' }],
    },
    {
      name: 'a table right under text',
      code: 'This is some text.\n|Column1|Column2|\n|-|-|\n|A|B|\n',
      errors: [{ line: 2, column: 1, endColumn: 18, message: 'blank line' }],
      output: 'This is some text.\n\n|Column1|Column2|\n|-|-|\n|A|B|\n',
    },
    {
      name: 'under text in a quote: reported, not rewritten',
      code: '> Text.\n> |A|B|\n> |-|-|\n> |1|2|\n',
      errors: [{ line: 2, column: 3 }],
    },
  ],
});
