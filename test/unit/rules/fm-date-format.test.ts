import { COMPLETE, withLine } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const date = (value: string) => withLine('ms.date: 11/01/2026', `ms.date: ${value}`);

testRule('fm-date-format', {
  valid: [
    { name: 'MM/DD/YYYY', code: COMPLETE },
    // Learn's metadata check reads M/D/YYYY: one or two digits for month and day.
    { name: 'one-digit month and day (M/D/YYYY)', code: date('3/3/2020') },
    { name: 'one-digit month, two-digit day', code: date('3/15/2026') },
    { name: 'two-digit month, one-digit day', code: date('11/5/2026') },
    { name: 'up to 30 days ahead', code: date('12/22/2026') },
    { name: 'quoted', code: date('"11/01/2026"') },
    { name: "a missing date is fm-required's", code: withLine('ms.date: 11/01/2026', '') },
  ],
  invalid: [
    {
      name: 'ISO date is rewritten',
      code: date('2026-03-05'),
      errors: [{ line: 6, column: 10, endColumn: 20, message: '03/05/2026' }],
      output: date('03/05/2026'),
    },
    { name: 'an unpadded day that does not exist', code: date('2/30/2026'), errors: [{ line: 6, message: 'not a real calendar date' }] },
    { name: 'an unpadded date far ahead', code: date('3/1/2027'), errors: [{ line: 6, message: '99 days in the future' }] },
    { name: 'three-digit day', code: date('03/123/2026'), errors: [{ line: 6, message: 'M/D/YYYY' }] },
    {
      name: 'quoted ISO date loses its quotes',
      code: date('"2026-03-05"'),
      errors: [{ line: 6, column: 10, endColumn: 22 }],
      output: date('03/05/2026'),
    },
    {
      name: 'not a calendar day',
      code: date('02/30/2026'),
      errors: [{ line: 6, message: 'not a real calendar date' }],
      output: date('11/22/2026'),
    },
    { name: 'day and month swapped', code: date('22/11/2026'), errors: [{ line: 6, message: 'not a real calendar date' }] },
    {
      name: 'more than 30 days ahead',
      code: date('03/01/2027'),
      errors: [{ line: 6, message: '99 days in the future' }],
      output: date('11/22/2026'),
    },
    { name: 'unreadable', code: date('last week'), errors: [{ line: 6, message: 'not "last week"' }], output: date('11/22/2026') },
    {
      name: 'CRLF keeps its line breaks',
      code: date('2026-03-05').replace(/\n/g, '\r\n'),
      errors: [{ line: 6 }],
      output: date('03/05/2026').replace(/\n/g, '\r\n'),
    },
  ],
});
