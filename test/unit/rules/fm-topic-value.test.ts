import { readFileSync } from 'node:fs';
import { COMPLETE, withLine } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const seed001 = readFileSync(new URL('../../fixtures/seeds/001_8dcff5b80abd5b2c.md', import.meta.url), 'utf8');
const topic = (value: string) => withLine('ms.topic: article', `ms.topic: ${value}`);

testRule('fm-topic-value', {
  valid: [
    { name: 'article', code: COMPLETE },
    { name: 'concept-article', code: topic('concept-article') },
    {
      name: 'a configured list',
      code: topic('blog-post'),
      files: { '/ws/docs/.guidancelint.json': '{"frontMatter":{"topics":["blog-post"]}}' },
    },
  ],
  invalid: [
    {
      name: 'seed 001: conceptual is deprecated',
      code: seed001,
      errors: [{ line: 7, column: 11, endColumn: 21, message: 'use concept-article' }],
      output: seed001.replace('ms.topic: conceptual', 'ms.topic: concept-article'),
    },
    {
      name: 'retired values in any case',
      code: topic('Conceptual'),
      errors: [{ line: 7, message: 'deprecated' }],
      output: topic('concept-article'),
    },
    {
      name: 'a typo gets the closest value',
      code: topic('how-too'),
      errors: [{ line: 7, message: 'did you mean how-to?' }],
      output: topic('how-to'),
    },
    { name: 'an unknown value', code: topic('blog-post'), errors: [{ line: 7, message: 'not an allowed value.' }] },
    {
      name: 'configured retired values',
      code: topic('landing'),
      files: { '/ws/docs/.guidancelint.json': '{"frontMatter":{"deprecatedTopics":{"landing":"landing-page"}}}' },
      errors: [{ line: 7 }],
      output: topic('landing-page'),
    },
  ],
});
