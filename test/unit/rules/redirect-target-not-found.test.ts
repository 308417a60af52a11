import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/.openpublishing.redirection.json';
const docfx = { '/ws/docfx.json': '{"build": {"content": [{"files": ["**/*.md"]}]}}' };

testRule('redirect-target-not-found', {
  valid: [
    {
      name: 'a page that exists, a folder index, another site',
      path,
      code: '{"redirections": [{"source_path": "docs/a.md", "redirect_url": "b"}, {"source_path": "docs/c.md", "redirect_url": "sub/"}, {"source_path": "docs/d.md", "redirect_url": "https://example.com/x"}]}',
      files: { '/ws/docs/b.md': '# B\n', '/ws/docs/sub/index.md': '# Sub\n', ...docfx },
    },
    {
      name: 'a target redirected in turn',
      path,
      code: '{"redirections": [{"source_path": "docs/a.md", "redirect_url": "b"}, {"source_path": "docs/b.md", "redirect_url": "https://example.com/"}]}',
      files: { '/ws/docs/x.md': '# X\n', ...docfx },
    },
    {
      name: 'a folder this repository does not have may be another repository’s',
      path,
      code: '{"redirections": [{"source_path": "docs/a.md", "redirect_url": "../other/b"}]}',
      files: { '/ws/docs/x.md': '# X\n', ...docfx },
    },
    {
      name: 'a top-level page may be a landing page built elsewhere',
      path,
      code: '{"redirections": [{"source_path": "docs/a.md", "redirect_url": "../index"}]}',
      files: { '/ws/docs/x.md': '# X\n', ...docfx },
    },
  ],
  invalid: [
    {
      name: 'a page missing from a folder of this repository',
      path,
      code: '{"redirections": [\n  {"source_path": "docs/a.md", "redirect_url": "new-name"}\n]}',
      files: { '/ws/docs/x.md': '# X\n', ...docfx },
      errors: [{ line: 2, column: 48, endColumn: 58, message: '"new-name" names "docs/new-name", which does not exist' }],
    },
    {
      name: 'a site path mapped into the repository by its docset',
      path,
      code: '{"redirections": [{"source_path": "docs/a.md", "redirect_url": "https://learn.microsoft.com/en-us/office/docs/gone"}]}',
      files: {
        '/ws/docs/x.md': '# X\n',
        '/ws/docfx.json':
          '{"build": {"content": [{"files": ["**/*.md"]}], "globalMetadata": {"breadcrumb_path": "/office/breadcrumb/toc.json"}}}',
        '/ws/.guidancelint.json': JSON.stringify({
          root: true,
          docsets: { '/office/': '.' },
          rules: { 'redirect-target-not-found': 'warning' },
        }),
      },
      errors: [{ line: 1, column: 64, message: 'docs/gone' }],
    },
  ],
});
