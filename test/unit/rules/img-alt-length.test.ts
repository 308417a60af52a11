import { testRule } from '../../helpers/rule-tester.js';

const long = 'A'.repeat(151);

testRule('img-alt-length', {
  valid: [
    { name: 'a sane length', code: '![Sign-in page](a.png)\n' },
    { name: 'three characters', code: '![Cut](cut.png)\n' },
    { name: 'exactly 150', code: `![${'B'.repeat(150)}](a.png)\n` },
    { name: 'a short icon', code: ':::image type="icon" source="yes.png" alt-text="Y":::\n' },
    { name: 'options widen the range', code: '![x](a.png)\n', options: { min: 1, max: 300 } },
  ],
  invalid: [
    { name: 'too short', code: '![x](a.png)\n', errors: [{ line: 1, column: 3, endColumn: 4, message: '"x" is 1 character' }] },
    {
      name: 'too long',
      code: `![${long}](a.png)\n`,
      errors: [{ line: 1, column: 3, endColumn: 154, message: '151 characters, more than 150' }],
    },
    {
      name: 'HTML img, options',
      code: '<img src="a.png" alt="Short">\n',
      options: { min: 10, max: 20 },
      errors: [{ line: 1, column: 23, endColumn: 28, message: '5 characters' }],
    },
  ],
});
