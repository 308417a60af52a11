import { readFileSync } from 'node:fs';
import { COMPLETE, withLine } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const seed003 = readFileSync(new URL('../../fixtures/seeds/003_e7c9a8873f260278.md', import.meta.url), 'utf8');
const title = (value: string) => withLine('title: Plan the adoption of the platform', `title: ${value}`);

testRule('fm-title-suffix', {
  valid: [
    { name: 'no suffix', code: COMPLETE },
    { name: 'a bar inside the title', code: title('Input | output in pipelines') },
  ],
  invalid: [
    {
      name: 'seed 003: | MicrosoftDocs inside quotes',
      code: seed003,
      errors: [
        {
          line: 2,
          column: 79,
          endColumn: 95,
          message:
            'Remove "| MicrosoftDocs" from the title: an old site suffix; Learn adds "| Microsoft Learn" to every page title itself.',
        },
      ],
      output: seed003.replace(' | MicrosoftDocs"', '"'),
    },
    {
      name: '| Microsoft Learn',
      code: title('Plan the adoption | Microsoft Learn'),
      errors: [
        {
          line: 2,
          column: 25,
          message: 'Remove "| Microsoft Learn" from the title: Learn adds "| Microsoft Learn" to every page title itself.',
        },
      ],
      output: title('Plan the adoption'),
    },
    {
      name: 'a title folded over two lines names the suffix it ends with (no fix)',
      code: withLine('title: Plan the adoption of the platform', 'title: >-\n  Plan the adoption\n  | Microsoft Docs'),
      errors: [{ line: 2, message: 'Remove "| Microsoft Docs" from the title: an old site suffix' }],
    },
    {
      name: "the docset's titleSuffix from docfx.json",
      code: title('Plan the adoption | Power Platform'),
      files: { '/ws/docfx.json': '{"build":{"globalMetadata":{"titleSuffix":"Power Platform"}}}' },
      errors: [
        {
          line: 2,
          message:
            'Remove "| Power Platform" from the title: Learn adds this docset\'s titleSuffix ("Power Platform") to every page title itself.',
        },
      ],
      output: title('Plan the adoption'),
    },
  ],
});
