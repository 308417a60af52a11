import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/.openpublishing.redirection.json';
const docfx = {
  '/ws/docfx.json': '{"build": {"content": [{"files": ["**/*.md"]}]}}',
  '/ws/.guidancelint.json': JSON.stringify({
    root: true,
    docsets: { '/docs/': '.' },
    rules: { 'redirect-document-id-conflict': 'warning' },
  }),
};

testRule('redirect-document-id-conflict', {
  valid: [
    {
      name: 'one document id per page',
      path,
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "/docs/c", "redirect_document_id": true}, {"source_path": "b.md", "redirect_url": "/docs/c", "redirect_document_id": false}]}',
      files: { '/ws/c.md': '# C\n', ...docfx },
    },
    {
      name: 'a target that is not a page of this repository',
      path,
      code: '{"redirections": [{"source_path": "a.md", "redirect_url": "https://example.com/c", "redirect_document_id": true}, {"source_path": "b.md", "redirect_url": "https://example.com/c", "redirect_document_id": true}]}',
      files: docfx,
    },
  ],
  invalid: [
    {
      name: 'two redirects move their document id to one page',
      path,
      code: '{"redirections": [\n{"source_path": "a.md", "redirect_url": "/docs/c", "redirect_document_id": true},\n{"source_path": "b.md", "redirect_url": "c", "redirect_document_id": "true"}\n]}',
      files: { '/ws/c.md': '# C\n', ...docfx },
      errors: [
        { line: 2, column: 41, endColumn: 50, message: '"b.md" also move their document id to "c.md"' },
        { line: 3, column: 41, endColumn: 44, message: '"a.md" also move' },
      ],
    },
    {
      name: 'renames always move the document id',
      path,
      code: '{"renames": {"a.md": "/docs/c", "b.md": "/docs/c"}}',
      files: { '/ws/c.md': '# C\n', ...docfx },
      errors: [
        { line: 1, column: 22 },
        { line: 1, column: 41 },
      ],
    },
  ],
});
