import { testRule } from '../../helpers/rule-tester.js';

testRule('link-locale', {
  valid: [
    { name: 'no locale', code: '[a](https://www.microsoft.com/power-platform/training)\n' },
    { name: 'not a Microsoft site', code: '[a](https://example.com/en-us/page)\n' },
    { name: 'a later segment that looks like a locale', code: '[a](https://www.microsoft.com/products/en-us)\n' },
  ],
  invalid: [
    {
      name: 'en-us is removed',
      code: 'Learn about [workshops](https://www.microsoft.com/en-us/power-platform/training-workshops).\n',
      errors: [{ line: 1, column: 51, endColumn: 56, message: '"en-us"' }],
      output: 'Learn about [workshops](https://www.microsoft.com/power-platform/training-workshops).\n',
    },
    {
      name: 'in an autolink',
      code: '<https://learn.microsoft.com/zh-hans/azure>\n',
      errors: [{ line: 1 }],
      output: '<https://learn.microsoft.com/azure>\n',
    },
  ],
});
