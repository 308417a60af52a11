import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/.openpublishing.redirection.json';

testRule('redirect-source-exists', {
  valid: [
    {
      name: 'the redirected article is gone',
      path,
      code: '{ "redirections": [ { "source_path": "docs/old.md", "redirect_url": "/docs/new" } ] }',
      files: { '/ws/docs/new.md': '# New\n' },
    },
    {
      name: 'a source the docfx.json does not build is not the build’s concern',
      path,
      code: '{ "redirections": [ { "source_path": "README.md", "redirect_url": "/docs/new" } ] }',
      files: {
        '/ws/README.md': '# Read me\n',
        '/ws/docfx.json': JSON.stringify({ build: { content: [{ files: ['docs/**/*.md'] }] } }),
      },
    },
  ],
  invalid: [
    {
      name: 'the redirected article is still there',
      path,
      code: '{\n  "redirections": [\n    { "source_path": "docs/old.md", "redirect_url": "/docs/new" }\n  ]\n}\n',
      files: { '/ws/docs/old.md': '# Old\n' },
      errors: [{ line: 3, column: 22, endLine: 3, endColumn: 35, message: '"docs/old.md" is redirected but still exists' }],
    },
    {
      name: 'source_path_from_root and the object form',
      path: '/ws/sub/.openpublishing.redirection.articles.json',
      code: '{"redirections": [{"source_path_from_root": "/docs/a.md", "redirect_url": "/x"}]}\n',
      files: { '/ws/docs/a.md': '# A\n' },
      errors: [{ line: 1, column: 45, endColumn: 57 }],
    },
    {
      name: 'a renames entry',
      path,
      code: '{"renames": {"docs/a.md": "/docs/b"}}',
      files: { '/ws/docs/a.md': '# A\n', '/ws/docs/b.md': '# B\n' },
      errors: [{ line: 1, column: 14, endColumn: 25 }],
    },
  ],
});
