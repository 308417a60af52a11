import { testRule } from '../../helpers/rule-tester.js';

const files = { '/ws/docs/b.md': '# B\n', '/ws/docs/my file.md': '# Mine\n', '/ws/docs/media/a.png': 'png' };

testRule('link-malformed', {
  valid: [
    { name: 'an encoded space and a bracketed destination', code: '[m](my%20file.md) [n](<my file.md>)\n', files },
    { name: 'a destination with a title', code: '[b](b.md "The B article")\n', files },
    { name: 'words in parentheses after brackets are not a destination', code: 'Select [OK](the default choice) to go on.\n', files },
    { name: 'web addresses with a scheme', code: '[a](https://aka.ms/x) [b](https://www.contoso.com/y)\n', files },
    { name: 'a folder link ends with a slash', code: '[m](media/)\n', files },
    {
      name: 'a folder named like a host is a folder',
      code: '[d](docs.microsoft.com/a.md)\n',
      files: { '/ws/docs/docs.microsoft.com/a.md': '# A\n' },
    },
    { name: 'code is not checked', code: '`[a](my file.md)`\n', files },
  ],
  invalid: [
    {
      name: 'a space in the path: the link shows as literal text',
      code: 'See [mine](my file.md).\n',
      files,
      errors: [{ line: 1, column: 12, endColumn: 22, message: 'contains a space' }],
      output: 'See [mine](my%20file.md).\n',
    },
    { name: 'a space in an anchor', code: '[a](#set up)\n', files, errors: [{ line: 1, column: 5 }], output: '[a](#set%20up)\n' },
    {
      name: 'a space in a path with a title',
      code: '[m](my file.md "Mine")\n',
      files,
      errors: [{ line: 1, column: 5, endColumn: 15 }],
      output: '[m](my%20file.md "Mine")\n',
    },
    {
      name: 'aka.ms without https://',
      code: '[a](aka.ms/powerplatform)\n',
      files,
      errors: [{ line: 1, column: 5, message: 'has no https://' }],
      output: '[a](https://aka.ms/powerplatform)\n',
    },
    {
      name: 'www. without a scheme',
      code: '[c](www.contoso.com/docs)\n',
      files,
      errors: [{ line: 1 }],
      output: '[c](https://www.contoso.com/docs)\n',
    },
    {
      name: 'a slash after a file name',
      code: '[b](b.md/)\n',
      files,
      errors: [{ line: 1, column: 9, endColumn: 10, message: 'slash after a file name' }],
      output: '[b](b.md)\n',
    },
  ],
});
