import { testRepositoryRule } from '../../helpers/repository-rule-tester.js';

testRepositoryRule('docset-duplicate-h1', [
  {
    name: 'the same H1 in two articles',
    files: { '/ws/a.md': '---\ntitle: A\n---\n# Title 1\n', '/ws/b.md': '# Title 1\n', '/ws/c.md': '# Title 2\n' },
    path: '/ws/a.md',
    errors: [{ line: 4, column: 1, endColumn: 10, message: 'b.md' }],
  },
  {
    name: 'inline Markdown is compared as read',
    files: { '/ws/a.md': '# Use **Azure** CLI\n', '/ws/b.md': '# Use Azure  CLI\n' },
    path: '/ws/b.md',
    errors: [{ line: 1, message: 'a.md' }],
  },
  { name: 'different H1s', files: { '/ws/a.md': '# One\n', '/ws/b.md': '# Two\n' }, path: '/ws/a.md' },
  {
    name: 'an H1 inside a comment in the other file is not its H1',
    files: { '/ws/a.md': '# Title 1\n', '/ws/b.md': '<!--\n# Title 1\n-->\n# Title 2\n' },
    path: '/ws/a.md',
  },
  {
    name: 'tab headings are not H1s',
    files: { '/ws/a.md': '# [Linux](#tab/linux)\n\nText.\n', '/ws/b.md': '# [Linux](#tab/linux)\n\nText.\n' },
    path: '/ws/a.md',
  },
  {
    name: 'a noindex page does not count',
    files: { '/ws/a.md': '# T\n', '/ws/b.md': '---\nrobots: NOINDEX, NOFOLLOW\n---\n# T\n' },
    path: '/ws/a.md',
  },
  {
    name: 'an include is not an article',
    files: { '/ws/a.md': '# T\n', '/ws/b.md': '---\nms.topic: include\n---\n# T\n' },
    path: '/ws/a.md',
  },
  {
    name: 'a file a .gitignore ignores is not in the repository',
    files: { '/ws/a.md': '# T\n', '/ws/docs/.gitignore': 'generated/\n', '/ws/docs/generated/b.md': '# T\n' },
    path: '/ws/a.md',
  },
  { name: 'TOC.md is not an article', files: { '/ws/a.md': '# T\n', '/ws/TOC.md': '# T\n' }, path: '/ws/a.md' },
]);
