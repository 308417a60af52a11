import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/.openpublishing.redirection.json';

testRule('redirect-duplicate-source', {
  valid: [
    {
      name: 'two sources',
      path,
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "/x"}, {"source_path": "b.md", "redirect_url": "/x"}]}',
    },
    {
      name: 'one source for two monikers',
      path,
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "/x", "monikers": ["v1"]}, {"source_path": "a.md", "redirect_url": "/y", "monikers": ["v2"]}]}',
    },
  ],
  invalid: [
    {
      name: 'the same source twice in one file, in another letter case',
      path,
      code: '{"redirections": [\n{"source_path": "docs/a.md", "redirect_url": "/x"},\n{"source_path": "docs/A.md", "redirect_url": "/y"}\n]}',
      errors: [{ line: 3, column: 17, endColumn: 28, message: 'is already redirected (line 2, to "/x")' }],
    },
    {
      name: 'a source another redirection file redirects first',
      path: '/ws/docs/.openpublishing.redirection.docs.json',
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "/y"}]}',
      files: {
        '/ws/.openpublishing.redirection.json': '{"redirections": [{"source_path_from_root": "/docs/a.md", "redirect_url": "/x"}]}',
      },
      errors: [{ line: 1, column: 35, endColumn: 41, message: '.openpublishing.redirection.json' }],
    },
    {
      name: 'a renames entry and a redirections entry for one source',
      path,
      code: '{"renames": {"a.md": "/b"}, "redirections": {"a.md": "/c"}}',
      errors: [{ line: 1, column: 14 }],
    },
  ],
});
