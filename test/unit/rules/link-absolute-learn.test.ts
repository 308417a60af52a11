import { testRule } from '../../helpers/rule-tester.js';

testRule('link-absolute-learn', {
  valid: [
    { name: 'site-relative', code: '[a](/power-platform/admin/overview)\n' },
    { name: 'other Microsoft sites', code: '[a](https://www.microsoft.com/power-platform)\n' },
  ],
  invalid: [
    {
      name: 'learn.microsoft.com with a locale, query and anchor kept',
      code: '[a](https://learn.microsoft.com/en-us/power-apps/maker/?tabs=x#intro)\n',
      errors: [{ line: 1, column: 5, endColumn: 69, message: '"/power-apps/maker/?tabs=x#intro"' }],
      output: '[a](/power-apps/maker/?tabs=x#intro)\n',
    },
    {
      name: 'docs.microsoft.com (offered, not applied by --fix)',
      code: '- [Learn](https://docs.microsoft.com/learn/powerplatform/)\n',
      errors: [{ line: 1, column: 11 }],
      output: '- [Learn](/learn/powerplatform/)\n',
    },
  ],
});
