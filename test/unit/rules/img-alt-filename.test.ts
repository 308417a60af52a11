import { testRule } from '../../helpers/rule-tester.js';

testRule('img-alt-filename', {
  valid: [
    { name: 'descriptive alt text', code: '![Usage chart for March](media/pig1.png)\n' },
    { name: 'the name inside a longer description', code: '![The pig1 diagram, showing two servers](media/pig1.png)\n' },
    { name: 'no alt text is img-alt-missing', code: '![](media/pig1.png)\n' },
    { name: 'a video', code: '<video src="media/intro.mp4"></video>\n' },
  ],
  invalid: [
    {
      name: 'Markdown image',
      code: 'See ![pig3](media/pig3.jpg).\n',
      errors: [{ line: 1, column: 7, endColumn: 11, message: '"pig3" is the image\'s file name' }],
    },
    {
      name: ':::image alt-text',
      code: ':::image type="content" source="media/pig1.jpg" alt-text="pig1":::\n',
      errors: [{ line: 1, column: 59, endColumn: 63 }],
    },
    { name: 'HTML img', code: '<img src="pig4.jpg" alt="pig4"></img>\n', errors: [{ line: 1, column: 26, endColumn: 30 }] },
    { name: 'with the extension, any case', code: '![Pig5.PNG](media/pig5.png)\n', errors: [{ line: 1, column: 3, endColumn: 11 }] },
    { name: 'an escaped name', code: '![my chart](media/my%20chart.png?raw=true)\n', errors: [{ line: 1 }] },
  ],
});
