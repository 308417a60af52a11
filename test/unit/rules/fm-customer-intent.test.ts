import { readFileSync } from 'node:fs';
import { COMPLETE, withLine } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const seed000 = readFileSync(new URL('../../fixtures/seeds/000_09c3a63ca15a0689.md', import.meta.url), 'utf8');
const howTo = withLine('ms.topic: article', 'ms.topic: how-to');

testRule('fm-customer-intent', {
  valid: [
    { name: 'an article needs none', code: COMPLETE },
    { name: 'seed 000 has one', code: seed000 },
    { name: 'an HTML comment in the body', code: howTo + '\n<!-- Customer intent: As a maker, I want x so that y. -->\n' },
    {
      name: "a topic from docfx.json is not the writer's",
      code: withLine('ms.topic: article', ''),
      files: { '/ws/docfx.json': '{"build":{"globalMetadata":{"ms.topic":"how-to"}}}' },
    },
  ],
  invalid: [
    {
      name: 'a how-to without one gets a skeleton after the description',
      code: howTo,
      errors: [{ line: 7, column: 11, endColumn: 17, message: 'customer intent' }],
      output: howTo.replace('author: writer\n', '#customer intent: As a <role>, I want <goal> so that <benefit>.\nauthor: writer\n'),
    },
  ],
});
