import { COMPLETE, withExtra, withLine } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('fm-type', {
  valid: [
    { name: 'complete metadata', code: COMPLETE },
    { name: 'text or list keys take either', code: withExtra('ms.custom: one', 'ms.collection:', '  - a', '  - b') },
    { name: 'an empty value is not a type error', code: withExtra('f1_keywords:') },
    { name: 'numeric F1 keywords', code: withExtra('f1_keywords:', '  - 12345') },
    { name: "ms.topic and ms.date values are other rules' business", code: withLine('ms.topic: article', 'ms.topic: conceptual') },
  ],
  invalid: [
    {
      name: 'a list where text is expected',
      code: withLine('ms.author: writer', 'ms.author:\n  - writer'),
      errors: [{ line: 6, message: '"ms.author" should be text, not a list' }],
    },
    {
      name: 'a number where text is expected',
      code: withLine('title: Plan the adoption of the platform', 'title: 2024'),
      errors: [{ line: 2, column: 8, endColumn: 12, message: 'should be text, not a number' }],
    },
    {
      name: 'a list item of the wrong type points at the item',
      code: withExtra('ms.custom:', '  - ok', '  - 42'),
      errors: [{ line: 10, column: 5, endColumn: 7, message: 'Item 2 of "ms.custom"' }],
    },
    {
      name: "a repository schema's own constraints",
      code: withExtra('ms.service: unknown-service'),
      files: {
        '/ws/.guidancelint.json': '{"root":true,"rules":{"fm-type":"warning"},"frontMatter":{"schema":"schema.json"}}',
        '/ws/schema.json': '{"properties":{"ms.service":{"enum":["power-platform"]}}}',
      },
      errors: [{ line: 8, message: 'should be one of power-platform' }],
    },
  ],
});
