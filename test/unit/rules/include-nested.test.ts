import { testRule } from '../../helpers/rule-tester.js';

testRule('include-nested', {
  valid: [
    { name: 'an article including', code: '[!INCLUDE [a](includes/a.md)]\n', files: { '/ws/docs/includes/a.md': 'Text.\n' } },
    { name: 'an include without includes', path: '/ws/docs/includes/a.md', code: 'Text.\n' },
  ],
  invalid: [
    {
      name: 'under includes/',
      path: '/ws/docs/includes/a.md',
      code: 'Intro.\n\n[!INCLUDE [b](b.md)]\n',
      files: { '/ws/docs/includes/b.md': 'B\n' },
      errors: [{ line: 3, column: 1, message: '"b.md"' }],
    },
    {
      name: 'a file elsewhere that an article includes',
      path: '/ws/docs/shared/part.md',
      code: '[!INCLUDE [b](other.md)]\n',
      files: { '/ws/docs/host.md': '[!INCLUDE [p](shared/part.md)]\n', '/ws/docs/shared/other.md': 'O\n' },
      errors: [{ line: 1 }],
    },
  ],
});
