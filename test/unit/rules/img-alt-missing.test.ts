import { testRule } from '../../helpers/rule-tester.js';

testRule('img-alt-missing', {
  valid: [
    { name: 'alt text present', code: '![Chart of usage](media/a.png)\n\n<img src="a.png" alt="Chart">\n' },
    { name: 'decorative HTML image', code: '<img src="a.png" alt="">\n' },
    { name: ':::image is left to md-image-attrs', code: ':::image source="a.png" type="icon":::\n' },
  ],
  invalid: [
    { name: 'markdown image', code: 'Text ![](media/a.png)\n', errors: [{ line: 1, column: 6, endColumn: 9 }] },
    { name: 'html image without alt', code: '<img src="a.png">\n', errors: [{ line: 1, message: 'alt attribute' }] },
  ],
});
