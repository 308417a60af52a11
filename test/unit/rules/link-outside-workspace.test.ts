import { testRule } from '../../helpers/rule-tester.js';

testRule('link-outside-workspace', {
  valid: [
    { name: 'inside the workspace', code: '[a](../readme.md)\n', files: { '/ws/readme.md': '# R\n' } },
    {
      name: 'with a docset the climb is a site path (link-outside-docset)',
      code: '[a](../../other/page.md)\n',
      files: { '/ws/docs/docfx.json': '{}' },
    },
  ],
  invalid: [
    {
      name: 'no docset and the target leaves the workspace',
      code: 'See [the other repo](../../other/page.md).\n',
      errors: [{ line: 1, column: 22, endColumn: 41, message: 'outside the workspace folder' }],
    },
  ],
});
