import assert from 'node:assert/strict';
import { it } from 'node:test';
import { repositoryFindings, testRepositoryRule } from '../../helpers/repository-rule-tester.js';

const article = (title: string, h1 = 'Heading') => `---\ntitle: ${title}\n---\n# ${h1}\n\nText.\n`;

testRepositoryRule('docset-duplicate-title', [
  {
    name: 'both articles are told, each naming the other',
    files: { '/ws/a.md': article('Get started'), '/ws/sub/b.md': article('Get started') },
    path: '/ws/a.md',
    errors: [{ line: 2, column: 8, endColumn: 19, message: 'sub/b.md' }],
  },
  {
    name: 'the other one too',
    files: { '/ws/a.md': article('Get started'), '/ws/sub/b.md': article('Get started') },
    path: '/ws/sub/b.md',
    errors: [{ line: 2, message: '../a.md' }],
  },
  {
    name: 'without a title, the H1 is the title',
    files: { '/ws/a.md': article('Get started'), '/ws/c.md': '# Get started\n\nText.\n' },
    path: '/ws/c.md',
    errors: [{ line: 1, column: 1, message: 'a.md' }],
  },
  { name: 'different titles', files: { '/ws/a.md': article('Get started'), '/ws/b.md': article('Install') }, path: '/ws/a.md' },
  {
    name: 'a title and another file whose H1 only matches',
    files: { '/ws/a.md': article('Get started'), '/ws/d.md': article('Other title', 'Get started') },
    path: '/ws/a.md',
  },
  {
    name: 'different title suffixes make different titles',
    files: {
      '/ws/docfx.json': JSON.stringify({ build: { fileMetadata: { titleSuffix: { 'a/**.md': 'Product A', 'b/**.md': 'Product B' } } } }),
      '/ws/a/a.md': article('Title 1'),
      '/ws/b/a.md': article('Title 1'),
    },
    path: '/ws/a/a.md',
  },
  {
    name: 'the same suffix: the part before | is what is shown',
    files: {
      '/ws/docfx.json': JSON.stringify({ build: { globalMetadata: { titleSuffix: 'Product' } } }),
      '/ws/a.md': article('Title 1 | Old brand'),
      '/ws/b.md': article('Title 1 '),
    },
    path: '/ws/b.md',
    errors: [{ line: 2, message: 'a.md' }],
  },
  {
    name: 'a page kept out of search does not count',
    files: { '/ws/a.md': article('Get started'), '/ws/b.md': '---\ntitle: Get started\nrobots: noindex\n---\n# H\n' },
    path: '/ws/a.md',
  },
  {
    name: 'an include is not an article',
    files: { '/ws/a.md': article('Get started'), '/ws/includes/b.md': article('Get started') },
    path: '/ws/a.md',
  },
  {
    name: 'another docset is another site section',
    files: {
      '/ws/one/docfx.json': '{}',
      '/ws/two/docfx.json': '{}',
      '/ws/one/a.md': article('Get started'),
      '/ws/two/a.md': article('Get started'),
    },
    path: '/ws/one/a.md',
  },
  {
    name: 'a file outside the build does not count',
    files: {
      '/ws/docfx.json': JSON.stringify({ build: { content: [{ files: ['**/*.md'], exclude: ['drafts/**'] }] } }),
      '/ws/a.md': article('Get started'),
      '/ws/drafts/b.md': article('Get started'),
    },
    path: '/ws/a.md',
  },
  {
    name: 'many others are counted, not all named',
    files: Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((name) => [`/ws/${name}.md`, article('Same')])),
    path: '/ws/a.md',
    errors: [{ line: 2, message: 'b.md, c.md, d.md and 1 more' }],
  },
]);

it('docset-duplicate-title: a block scalar title is not compared as written', () => {
  const files = { '/ws/a.md': '---\ntitle: >-\n  One\n---\n# A\n', '/ws/b.md': '---\ntitle: >-\n  Two\n---\n# B\n' };
  assert.deepEqual(repositoryFindings('docset-duplicate-title', files, '/ws/a.md'), []);
});
