import { COMPLETE, withLine } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const title = (value: string) => withLine('title: Plan the adoption of the platform', `title: ${value}`);

testRule('fm-title-length', {
  valid: [
    { name: 'within 20-60', code: COMPLETE },
    { name: 'a site suffix is not counted', code: title('Plan the adoption of the platform for your whole company | Microsoft Learn') },
    {
      name: 'configured limits',
      code: title('Short'),
      files: { '/ws/docs/.guidancelint.json': '{"frontMatter":{"titleLength":{"min":3}}}' },
    },
  ],
  invalid: [
    { name: 'too short', code: title('Plan'), errors: [{ line: 2, column: 8, endColumn: 12, message: '4 characters', severity: 'info' }] },
    {
      name: 'too long',
      code: title('x'.repeat(61)),
      errors: [{ line: 2, message: '61 characters long, before the "| Microsoft Learn" the site adds', severity: 'warning' }],
    },
  ],
});
