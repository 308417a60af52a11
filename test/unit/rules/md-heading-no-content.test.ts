import { testRule } from '../../helpers/rule-tester.js';

testRule('md-heading-no-content', {
  valid: [
    { name: 'every section has text', code: '# Title\n\nIntro.\n\n## Setup\n\nText.\n' },
    { name: 'a subheading is content', code: '# Title\n## Setup\n\nText.\n' },
    { name: 'a tab heading is content', code: '# Title\n\n## Install\n\n# [Linux](#tab/linux)\n\nText.\n\n---\n' },
    { name: 'an include may hold the content', code: '# Title\n\n## Setup\n\n[!INCLUDE [setup](includes/setup.md)]\n\n## Next\n\nText.\n' },
    {
      name: 'a zone marker may hold the content',
      code: '# Title\n\n::: zone pivot="a"\n\n## Setup\n\n::: zone-end\n\nText.\n',
    },
    {
      name: 'a list, a table, a code block are content',
      code: '# T\n\n## A\n\n- item\n\n## B\n\n```\ncode\n```\n\n## C\n\n| a |\n|---|\n| 1 |\n',
    },
    { name: 'an H1 is the title, not a section', code: '# Title\n' },
    { name: 'the last heading of an include file', path: '/ws/docs/includes/part.md', code: 'Text.\n\n## More\n' },
    { name: 'an empty heading is md-heading-empty', code: '# Title\n\n##\n\n## Next\n\nText.\n' },
  ],
  invalid: [
    {
      name: 'the next heading has the same level',
      code: '# Title\n\n## Setup\n\n\n## Use\n\nText.\n',
      errors: [{ line: 3, column: 1, endColumn: 9, message: '"Setup" is empty' }],
    },
    {
      name: 'a comment is not content',
      code: '# Title\n\nText.\n\n### Step\n<!-- later -->\n\n## Next\n\nText.\n',
      errors: [{ line: 5, message: '"Step"' }],
    },
    {
      name: 'a thematic break is not content',
      code: '# Title\n\nText.\n\n## Last\n------\n',
      errors: [{ line: 5, message: 'article ends' }],
    },
    { name: 'at the end of the article', code: '# Title\n\nText.\n\n#### Trailing\n', errors: [{ line: 5, message: 'article ends' }] },
    {
      name: 'the last heading of a tab',
      code: '# Title\n\nText.\n\n## H2\n# [a](#tab/win)\n### H3\n---\n',
      errors: [{ line: 7, message: '"H3"' }],
    },
  ],
});
