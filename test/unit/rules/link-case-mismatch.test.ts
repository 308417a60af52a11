import { testRule } from '../../helpers/rule-tester.js';

const files = {
  '/ws/docs/media/Chart.PNG': '',
  '/ws/docs/Setup/Install.md': '# Install\n\n## Step one\n',
  '/ws/includes/Footer.md': 'Footer\n',
};

testRule('link-case-mismatch', {
  valid: [
    { name: 'exact case', code: '![Chart](media/Chart.PNG)\n[i](Setup/Install.md)\n', files },
    { name: 'missing files are other rules', code: '[x](nothing.md)\n', files },
  ],
  invalid: [
    {
      name: 'an image whose extension differs in case',
      code: '![Chart](media/chart.png "Chart")\n',
      files,
      errors: [{ line: 1, column: 10, endColumn: 25, message: 'exists only as "media/Chart.PNG" (file "Chart.PNG" in other letter case)' }],
      output: '![Chart](media/Chart.PNG "Chart")\n',
    },
    {
      name: 'only the segments that differ are rewritten; the anchor stays',
      code: '[i](./setup/install.md#step-one)\n',
      files,
      errors: [{ line: 1, message: 'exists only as "./Setup/Install.md" (folder "Setup", file "Install.md" in other letter case)' }],
      output: '[i](./Setup/Install.md#step-one)\n',
    },
    {
      name: 'a folder that differs only in case is named in the message',
      code: '[i](setup/Install.md)\n',
      files,
      errors: [
        { line: 1, message: 'The link target "setup/Install.md" exists only as "Setup/Install.md" (folder "Setup" in other letter case)' },
      ],
      output: '[i](Setup/Install.md)\n',
    },
    {
      name: 'includes with ~/ from the docset root',
      code: '[!INCLUDE [f](~/includes/footer.md)]\n',
      files,
      errors: [{ line: 1 }],
      output: '[!INCLUDE [f](~/includes/Footer.md)]\n',
    },
  ],
});
