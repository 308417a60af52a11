import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/.openpublishing.redirection.json';
const docfx = { '/ws/docfx.json': '{"build": {"content": [{"files": ["**/*.md"]}]}}' };

testRule('redirect-loop', {
  valid: [
    {
      name: 'a chain that ends on a page',
      path,
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "b"}, {"source_path": "b.md", "redirect_url": "c"}]}',
      files: { '/ws/c.md': '# C\n', ...docfx },
    },
  ],
  invalid: [
    {
      name: 'three redirects in a circle',
      path,
      code: '{"redirections": [\n{"source_path": "a.md", "redirect_url": "b"},\n{"source_path": "b.md", "redirect_url": "c"},\n{"source_path": "c.md", "redirect_url": "a"}\n]}',
      files: docfx,
      errors: [
        { line: 2, column: 41, endColumn: 44, message: 'a.md → b.md → c.md → back again' },
        { line: 3, column: 41, endColumn: 44, message: 'b.md → c.md → a.md' },
        { line: 4, column: 41, endColumn: 44, message: 'c.md → a.md → b.md' },
      ],
    },
    {
      name: 'an article redirected to itself',
      path,
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "a"}]}',
      files: docfx,
      errors: [{ line: 1, column: 59, endColumn: 62 }],
    },
  ],
});
