import { testRule } from '../../helpers/rule-tester.js';

testRule('link-local-path', {
  valid: [{ name: 'relative and web links', code: '[a](setup.md) [b](https://example.com) [c](/azure/overview)\n' }],
  invalid: [
    {
      name: 'file, drive letters and home folders',
      code: '[a](file:///C:/docs/a.md) [b](C:\\docs\\b.md) [c](/Users/kim/c.md)\n\n![d](/home/kim/d.png)\n',
      errors: [{ line: 1, column: 5, endColumn: 25 }, { line: 1 }, { line: 1 }, { line: 3, message: 'one computer' }],
    },
  ],
});
