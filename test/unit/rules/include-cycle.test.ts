import { testRule } from '../../helpers/rule-tester.js';

testRule('include-cycle', {
  valid: [{ name: 'a chain that ends', code: '[!INCLUDE [a](includes/a.md)]\n', files: { '/ws/docs/includes/a.md': '[!INCLUDE [b](b.md)]\n', '/ws/docs/includes/b.md': 'End.\n' } }],
  invalid: [
    {
      name: 'a chain back to the article, reported with the chain',
      code: '[!INCLUDE [a](includes/a.md)]\n',
      files: { '/ws/docs/includes/a.md': '[!INCLUDE [b](b.md)]\n', '/ws/docs/includes/b.md': '[!INCLUDE [back](../article.md)]\n' },
      errors: [{ line: 1, column: 15, message: 'Include cycle: article.md → includes/a.md → includes/b.md → article.md.' }],
    },
    { name: 'a file including itself', path: '/ws/docs/includes/self.md', code: '[!INCLUDE [me](self.md)]\n', errors: [{ line: 1, message: 'self.md → self.md' }] },
  ],
});
