import { testRule } from '../../helpers/rule-tester.js';

testRule('include-location', {
  valid: [
    { name: 'under includes/', code: '[!INCLUDE [a](includes/a.md)]\n', files: { '/ws/docs/includes/a.md': 'A\n' } },
    { name: 'missing targets are include-not-found', code: '[!INCLUDE [a](shared/a.md)]\n' },
  ],
  invalid: [
    {
      name: 'included from another folder',
      code: '[!INCLUDE [a](shared/a.md)]\n',
      files: { '/ws/docs/shared/a.md': 'A\n' },
      errors: [{ line: 1, column: 15, endColumn: 26 }],
    },
  ],
});
