import { testRule } from '../../helpers/rule-tester.js';

const files = { '/ws/docs/delivery-models.md': '# Delivery models\n\n## Centralized\n', '/ws/docs/media/diagram': '' };

testRule('link-md-extension', {
  valid: [
    { name: 'with .md', code: '[d](delivery-models.md#centralized)\n', files },
    { name: 'a file without extension that exists', code: '[d](media/diagram)\n', files },
    { name: 'no article of that name', code: '[d](nothing)\n', files },
    // Found by the hostile review: the fix made these `delivery-models/.md`, a file named ".md".
    {
      name: 'a folder path (trailing slash) beside an article of that name',
      code: '[d](delivery-models/) and [e](delivery-models/#centralized)\n',
      files,
    },
  ],
  invalid: [
    {
      name: 'adds .md before the anchor',
      code: 'A [centralized](delivery-models#centralized) model.\n',
      files,
      errors: [{ line: 1, column: 17, endColumn: 32, message: '"delivery-models.md"' }],
      output: 'A [centralized](delivery-models.md#centralized) model.\n',
    },
  ],
});
