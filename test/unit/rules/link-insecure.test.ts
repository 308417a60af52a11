import { testRule } from '../../helpers/rule-tester.js';

testRule('link-insecure', {
  valid: [
    { name: 'https', code: '[a](https://www.microsoft.com)\n' },
    { name: 'local and namespace addresses', code: '[a](http://localhost:8080) [b](http://schemas.microsoft.com/office/2006)\n' },
    { name: 'a bare www. autolink', code: 'Visit www.microsoft.com today.\n' },
  ],
  invalid: [
    {
      name: 'Microsoft sites get https',
      code: '[a](http://go.microsoft.com/fwlink/?LinkId=1)\n',
      errors: [{ line: 1, column: 5, endColumn: 9, message: 'Use https' }],
      output: '[a](https://go.microsoft.com/fwlink/?LinkId=1)\n',
    },
    { name: 'other sites are reported without a fix', code: '[a](http://www.w3.org/TR/html52/)\n', errors: [{ line: 1, message: 'if www.w3.org supports it' }] },
  ],
});
