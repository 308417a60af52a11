import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/.openpublishing.redirection.json';
const docfx = { '/ws/docfx.json': '{"build": {"content": [{"files": ["**/*.md"]}]}}' };

testRule('redirect-chain', {
  valid: [
    {
      name: 'a redirect straight to a page',
      path,
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "c"}, {"source_path": "b.md", "redirect_url": "c"}]}',
      files: { '/ws/c.md': '# C\n', ...docfx },
    },
  ],
  invalid: [
    {
      name: 'a redirect to a redirected article, with a site path at the end',
      path,
      code: '{"redirections": [\n{"source_path": "a.md", "redirect_url": "b"},\n{"source_path": "b.md", "redirect_url": "/c"}\n]}',
      files: { '/ws/c.md': '# C\n', ...docfx },
      errors: [{ line: 2, column: 41, endColumn: 44, message: 'readers take 2 hops. Redirect straight to "/c"' }],
      output: '{"redirections": [\n{"source_path": "a.md", "redirect_url": "/c"},\n{"source_path": "b.md", "redirect_url": "/c"}\n]}',
    },
    {
      name: 'a chain ending in a relative URL is reported without a fix',
      path,
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "b"}, {"source_path": "b.md", "redirect_url": "c"}]}',
      files: { '/ws/c.md': '# C\n', ...docfx },
      errors: [{ line: 1, column: 59, endColumn: 62 }],
    },
  ],
});
