import { testRule } from '../../helpers/rule-tester.js';

const files = { '/ws/docs/media/a/b.png': 'png', '/ws/docs/setup.md': '# Setup\n', '/ws/concepts/overview.md': '# Overview\n' };

testRule('link-backslash', {
  valid: [
    { name: 'forward slashes', code: '![b](media/a/b.png)\n', files },
    { name: 'a markdown escape is not a separator', code: '[x](my\\_file.md)\n', files: { '/ws/docs/my_file.md': '# x\n' } },
    { name: "a Windows drive path is link-local-path's", code: '[x](C:\\docs\\a.md)\n' },
    { name: 'external URLs are not paths', code: '[x](https://example.org/a\\b)\n' },
  ],
  invalid: [
    {
      name: 'image path with backslashes',
      code: '![b](media\\a\\b.png)\n',
      files,
      errors: [{ line: 1, column: 6, endColumn: 19, message: "GitHub's preview does not" }],
      output: '![b](media/a/b.png)\n',
    },
    {
      name: 'relative link climbing with ..\\',
      code: '[o](..\\concepts\\overview.md)\n',
      files,
      errors: [{ line: 1 }],
      output: '[o](../concepts/overview.md)\n',
    },
    {
      name: 'an escaped backslash is one separator',
      code: '![b](media\\\\a\\\\b.png)\n',
      files,
      errors: [{ line: 1 }],
      output: '![b](media/a/b.png)\n',
    },
    {
      name: 'HTML image source',
      code: '<img src="media\\a\\b.png" alt="b">\n',
      files,
      errors: [{ line: 1, column: 11 }],
      output: '<img src="media/a/b.png" alt="b">\n',
    },
    {
      name: 'include path',
      code: '[!INCLUDE [s](includes\\s.md)]\n',
      files: { '/ws/docs/includes/s.md': 'Text.\n' },
      errors: [{ line: 1 }],
      output: '[!INCLUDE [s](includes/s.md)]\n',
    },
  ],
});
