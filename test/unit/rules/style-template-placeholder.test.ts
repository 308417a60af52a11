import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TEMPLATE_PLACEHOLDERS } from '../../../server/src/engine/rules/style-template-placeholder.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('style-template-placeholder', {
  valid: [
    {
      name: 'the article written over the template',
      code: '---\nauthor: kathyos\nms.author: kathyos\n---\n# Plan adoption\n\nThis article explains how to plan adoption.\n',
    },
    {
      name: "the persona snippets' example sentences come from real articles",
      code: "### Explorer: Embarking on a digital adventure\n\nKey questions for **Explorers** include:\n\n- What's Power Platform?\n",
    },
    {
      name: 'template text quoted in code is an example',
      code: 'Set `author: github-username` to your handle.\n\n```yaml\nms.author: microsoft-alias\n```\n',
    },
    { name: 'an ordinary "activity or resource"', code: 'Pick an activity or resource that fits the team.\n' },
  ],
  invalid: [
    {
      name: 'front matter from the snippet, values untouched',
      code: '---\ntitle: Article title of 20 to 60 characters\nauthor: github-username\nms.author: microsoft-alias\n---\n# Title\n',
      errors: [
        { line: 2, column: 8, endColumn: 44, message: '"Article title of 20 to 60 characters" is placeholder text' },
        { line: 3, column: 9, endColumn: 24, message: 'github-username' },
        { line: 4, column: 12, endColumn: 27, message: 'microsoft-alias' },
      ],
    },
    {
      name: "the template's introduction sentence",
      code: '# Plan adoption\n\nIntroduce the article: what the reader learns here and why it matters.\n',
      errors: [{ line: 3, column: 1, endColumn: 71 }],
    },
    {
      name: "a persona section of one's own, placeholders kept",
      code: '## Persona: Tagline that sums up their stage\n\n- First question they ask?\n- Real question?\n',
      errors: [
        { line: 1, column: 13, message: 'Tagline that sums up their stage' },
        { line: 3, column: 3, message: 'First question they ask?' },
      ],
    },
    {
      name: 'alt text of the image completion',
      code: ':::image type="content" source="media/a/b.png" alt-text="Screenshot that shows what the reader needs to see.":::\n',
      errors: [{ line: 1, column: 58 }],
    },
  ],
});

test('every placeholder listed is one the snippets or the completions insert', () => {
  const sources = [
    readFileSync(new URL('../../../snippets/learn-markdown.json', import.meta.url), 'utf8'),
    readFileSync(new URL('../../../server/src/lsp/features/authoring.ts', import.meta.url), 'utf8'),
  ].join('\n');
  for (const placeholder of TEMPLATE_PLACEHOLDERS) assert.ok(sources.includes(placeholder), placeholder);
});
