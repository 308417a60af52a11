import { testRepositoryRule } from '../../helpers/repository-rule-tester.js';

testRepositoryRule('docset-url-conflict', [
  {
    name: 'two names that differ only in case',
    files: { '/ws/docs/Setup.md': '# Set up\n', '/ws/docs/setup.md': '# Setup\n' },
    path: '/ws/docs/setup.md',
    errors: [{ line: 1, column: 1, endColumn: 8, message: 'same URL as Setup.md' }],
  },
  {
    name: 'and the other one',
    files: { '/ws/docs/Setup.md': '# Set up\n', '/ws/docs/setup.md': '# Setup\n' },
    path: '/ws/docs/Setup.md',
    errors: [{ line: 1, message: 'setup.md' }],
  },
  {
    name: 'an article beside a YAML page of the same name',
    files: { '/ws/docs/index.md': '# Home\n', '/ws/docs/index.yml': '### YamlMime:Landing\ntitle: Home\n' },
    path: '/ws/docs/index.md',
    errors: [{ line: 1, message: 'index.yml' }],
  },
  {
    name: 'a YAML file that is not a page',
    files: { '/ws/docs/pivots.md': '# P\n', '/ws/docs/pivots.yml': 'groups: []\n' },
    path: '/ws/docs/pivots.md',
  },
  {
    name: 'two content groups publishing into one folder',
    files: {
      '/ws/docfx.json': JSON.stringify({
        build: {
          content: [
            { files: ['**/*.md'], src: 'v1', dest: 'docs' },
            { files: ['**/*.md'], src: 'v2', dest: 'docs' },
          ],
        },
      }),
      '/ws/v1/a.md': '# A\n',
      '/ws/v2/a.md': '# A\n',
    },
    path: '/ws/v1/a.md',
    errors: [{ line: 1, message: '../v2/a.md' }],
  },
  {
    name: 'a folder and a file of the same name',
    files: { '/ws/docs/a.md': '# A\n', '/ws/docs/a/index.md': '# A\n' },
    path: '/ws/docs/a.md',
  },
  {
    name: 'different docsets',
    files: { '/ws/one/docfx.json': '{}', '/ws/two/docfx.json': '{}', '/ws/one/a.md': '# A\n', '/ws/two/A.md': '# A\n' },
    path: '/ws/one/a.md',
  },
  {
    name: 'a file the build does not take',
    files: {
      '/ws/docfx.json': JSON.stringify({ build: { content: [{ files: ['**/*.md'], exclude: ['README.md'] }] } }),
      '/ws/readme.md': '# R\n',
      '/ws/README.md': '# R\n',
    },
    path: '/ws/readme.md',
  },
]);
