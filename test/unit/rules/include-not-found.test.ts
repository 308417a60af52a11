import { testRule } from '../../helpers/rule-tester.js';

const files = {
  '/ws/includes/guidance-adoption-security-review.checklist.md': 'Checklist\n',
  '/ws/includes/footer-banner.md': 'Footer\n',
};

testRule('include-not-found', {
  valid: [
    {
      name: 'relative and ~/ includes',
      code: '[!INCLUDE [f](../includes/footer-banner.md)]\n\n[!include[f](~/includes/footer-banner.md)]\n',
      files,
    },
    // The build reads includes from anywhere in the repository, shared ones above the docset included.
    {
      name: 'an include above the docset root, inside the repository',
      path: '/ws/site/a/article.md',
      code: '[!INCLUDE [f](../../includes/footer-banner.md)]\n',
      files: { ...files, '/ws/site/docfx.json': '{}' },
    },
  ],
  invalid: [
    {
      name: 'a dot where the name has a hyphen',
      code: '[!INCLUDE [c](../includes/guidance-adoption-security-review-checklist.md)]\n',
      files,
      errors: [{ line: 1, column: 15, message: 'Did you mean "../includes/guidance-adoption-security-review.checklist.md"?' }],
      output: '[!INCLUDE [c](../includes/guidance-adoption-security-review.checklist.md)]\n',
    },
    {
      name: 'climbing out of the workspace',
      code: '[!INCLUDE[footer-include](../../includes/footer-banner.md)]\n',
      files,
      errors: [{ line: 1, column: 27, message: 'outside the workspace folder' }],
    },
    {
      name: 'a missing file above the docset root is still missing',
      path: '/ws/site/a/article.md',
      code: '[!INCLUDE [f](../../includes/no-such-banner.md)]\n',
      files: { ...files, '/ws/site/docfx.json': '{}' },
      errors: [{ line: 1, message: 'does not exist' }],
    },
  ],
});
