import { testRule } from '../../helpers/rule-tester.js';

const DEFINED = {
  '/ws/docfx.json': JSON.stringify({ build: { content: [{ files: ['**/*.md'] }], monikerDefinition: 'monikers.json' } }),
  '/ws/monikers.json': JSON.stringify({
    monikers: [
      { moniker_name: 'widget-1.0', product_name: 'Widget', order: 1 },
      { moniker_name: 'widget-2.0', product_name: 'Widget', order: 2 },
    ],
  }),
};

testRule('moniker-unknown', {
  valid: [
    { name: 'defined monikers', code: '# T\n\n::: moniker range=">= widget-1.0"\n::: moniker-end\n', files: DEFINED },
    {
      name: 'a repository that defines no monikers cannot know',
      code: '# T\n\n::: moniker range=">= anything-1.0"\n::: moniker-end\n',
      files: { '/ws/docfx.json': JSON.stringify({ build: { content: [{ files: ['**/*.md'] }] } }) },
    },
    {
      name: 'a definition the build service supplies (a URL)',
      code: '# T\n\n::: moniker range="anything"\n::: moniker-end\n',
      files: { '/ws/docfx.json': JSON.stringify({ build: { monikerDefinition: 'https://example.com/monikers' } }) },
    },
  ],
  invalid: [
    {
      name: 'a zone names a moniker the definition lacks',
      code: '# T\n\n::: moniker range=">= widget-1.0 || widget-3.0"\n::: moniker-end\n',
      files: DEFINED,
      errors: [{ line: 3, column: 37, endColumn: 47, message: '"widget-3.0" is not defined for this docset: did you mean "widget-1.0"?' }],
      output: '# T\n\n::: moniker range=">= widget-1.0 || widget-1.0"\n::: moniker-end\n',
    },
    {
      name: 'front matter names one',
      code: '---\nmonikerRange: ">= gadget-1.0"\n---\n# T\n',
      files: DEFINED,
      errors: [{ line: 2, column: 19, endColumn: 29 }],
    },
  ],
});
