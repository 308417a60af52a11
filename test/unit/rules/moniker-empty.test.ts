import { testRule } from '../../helpers/rule-tester.js';

const DEFINED = {
  '/ws/docfx.json': JSON.stringify({
    build: {
      content: [{ files: ['**/*.md'] }],
      monikerDefinition: {
        monikers: [
          { moniker_name: 'widget-1.0', product_name: 'Widget', order: 1 },
          { moniker_name: 'widget-2.0', product_name: 'Widget', order: 2 },
          { moniker_name: 'widget-3.0', product_name: 'Widget', order: 3 },
        ],
      },
      fileMetadata: { monikerRange: { 'v1/**': 'widget-1.0' } },
    },
  }),
};

testRule('moniker-empty', {
  valid: [
    {
      name: 'a zone within the file’s versions',
      code: '---\nmonikerRange: ">= widget-2.0"\n---\n# T\n\n::: moniker range="widget-3.0"\n::: moniker-end\n',
      files: DEFINED,
    },
    {
      name: 'a file without a range of its own',
      path: '/ws/docs/article.md',
      code: '# T\n\n::: moniker range="widget-3.0"\n::: moniker-end\n',
      files: DEFINED,
    },
  ],
  invalid: [
    {
      name: 'a zone outside the front matter range',
      code: '---\nmonikerRange: ">= widget-2.0"\n---\n# T\n\n::: moniker range="< widget-2.0"\n::: moniker-end\n',
      files: DEFINED,
      errors: [{ line: 6, column: 20, endColumn: 32, message: 'selects widget-1.0, none of this file' }],
    },
    {
      name: 'a zone outside the docfx.json range of its folder',
      path: '/ws/v1/article.md',
      code: '# T\n\n::: moniker range="> widget-1.0 < widget-2.0"\n::: moniker-end\n',
      files: DEFINED,
      errors: [{ line: 3, message: 'selects no moniker' }],
    },
  ],
});
