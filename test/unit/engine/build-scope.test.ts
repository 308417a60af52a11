// The build scope: which Markdown files the Learn build publishes (publish config docsets, docfx.json
// build.content globs, files included by published files), and what the linter runs outside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BuildScope } from '../../../server/src/engine/config/build-scope.js';
import { DocfxProjects } from '../../../server/src/engine/config/docfx.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';

const TODAY = new Date(2026, 10, 22);

/** A docfx.json with the content entries Learn repositories use. */
function docfxJson(content: unknown, globalMetadata: Record<string, unknown> = {}): string {
  return JSON.stringify({ build: { content, globalMetadata } });
}

const LEARN_CONTENT = [{ files: ['**/*.md', '**/*.yml'], exclude: ['**/obj/**', '**/includes/**', '_themes/**', 'README.md', 'LICENSE'] }];

function scopeOf(files: Record<string, string>): { scope: BuildScope; published: (path: string) => boolean } {
  const fs = new MemoryFileSystem(files);
  const docfx = new DocfxProjects(fs, ['/ws']);
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'], docfx });
  index.build();
  const scope = new BuildScope(docfx);
  return { scope, published: (path) => scope.isPublished(path, (file) => index.includersOf(file)) };
}

describe('build scope', () => {
  it('takes the docsets the publish config names, and nothing outside them', () => {
    const { scope } = scopeOf({
      '/ws/.openpublishing.publish.config.json': JSON.stringify({ docsets_to_publish: [{ build_source_folder: 'docs' }] }),
      '/ws/docs/docfx.json': docfxJson(LEARN_CONTENT),
      '/ws/docs/a.md': '',
      '/ws/README.md': '',
      '/ws/samples/b.md': '',
    });
    assert.equal(scope.isBuilt('/ws/docs/a.md'), true);
    assert.equal(scope.isBuilt('/ws/README.md'), false);
    assert.equal(scope.isBuilt('/ws/samples/b.md'), false);
  });

  it('applies the content files and exclude globs, relative to src, case-insensitively', () => {
    const { scope } = scopeOf({
      '/ws/docfx.json': docfxJson([{ files: ['**.md'], exclude: ['drafts/**', 'readme.md'], src: 'articles' }, 'index.md']),
      '/ws/index.md': '',
      '/ws/articles/a.md': '',
      '/ws/articles/sub/b.md': '',
      '/ws/articles/drafts/c.md': '',
      '/ws/articles/README.md': '',
      '/ws/other/d.md': '',
    });
    assert.equal(scope.isBuilt('/ws/index.md'), true, 'a bare glob entry');
    assert.equal(scope.isBuilt('/ws/articles/a.md'), true);
    assert.equal(scope.isBuilt('/ws/articles/sub/b.md'), true, '`**.md` is any .md below src');
    assert.equal(scope.isBuilt('/ws/articles/drafts/c.md'), false, 'excluded folder');
    assert.equal(scope.isBuilt('/ws/articles/README.md'), false, 'exclude ignores letter case');
    assert.equal(scope.isBuilt('/ws/other/d.md'), false, 'outside src');
  });

  it('never takes a file or folder whose name starts with a dot', () => {
    const { scope } = scopeOf({
      '/ws/docfx.json': docfxJson([{ files: ['**/*.md'] }]),
      '/ws/.github/ISSUE_TEMPLATE/bug.md': '',
      '/ws/.draft.md': '',
      '/ws/a.md': '',
    });
    assert.equal(scope.isBuilt('/ws/.github/ISSUE_TEMPLATE/bug.md'), false);
    assert.equal(scope.isBuilt('/ws/.draft.md'), false);
    assert.equal(scope.isBuilt('/ws/a.md'), true);
  });

  it('publishes a file the content excludes when a published file includes it, also through another include', () => {
    const { published } = scopeOf({
      '/ws/docfx.json': docfxJson(LEARN_CONTENT),
      '/ws/a.md': '[!INCLUDE [x](includes/x.md)]\n',
      '/ws/includes/x.md': '[!INCLUDE [y](y.md)]\n',
      '/ws/includes/y.md': 'text\n',
      '/ws/includes/unused.md': 'text\n',
      '/ws/README.md': '[!INCLUDE [z](includes/z.md)]\n',
      '/ws/includes/z.md': 'text\n',
    });
    assert.equal(published('/ws/includes/x.md'), true);
    assert.equal(published('/ws/includes/y.md'), true);
    assert.equal(published('/ws/includes/unused.md'), false);
    assert.equal(published('/ws/includes/z.md'), false, 'included only by a file the build does not take');
  });

  it('ends on an include cycle among files the build does not take', () => {
    const { published } = scopeOf({
      '/ws/docfx.json': docfxJson(LEARN_CONTENT),
      '/ws/includes/p.md': '[!INCLUDE [q](q.md)]\n',
      '/ws/includes/q.md': '[!INCLUDE [p](p.md)]\n',
    });
    assert.equal(published('/ws/includes/p.md'), false);
  });

  it('reads a docfx.json nested in a published docset as part of that docset', () => {
    const files = {
      '/ws/.openpublishing.publish.config.json': JSON.stringify({ docsets_to_publish: [{ build_source_folder: '.' }] }),
      '/ws/docfx.json': docfxJson(LEARN_CONTENT, { breadcrumb_path: '/office/vba/breadcrumb/toc.json' }),
      '/ws/articles/docfx.json': docfxJson([{ files: ['only-this.md'] }]),
      '/ws/articles/a.md': '',
    };
    const { scope } = scopeOf(files);
    const docfx = new DocfxProjects(new MemoryFileSystem(files), ['/ws']);
    assert.equal(docfx.projectFor('/ws/articles/a.md')?.root, '/ws', 'the published docset root, not the nested docfx.json');
    assert.equal(docfx.metadataFor('/ws/articles/a.md').breadcrumb_path, '/office/vba/breadcrumb/toc.json');
    assert.equal(scope.isBuilt('/ws/articles/a.md'), true, "the published docfx.json's globs decide");
  });

  it('builds every file of a docset whose docfx.json names no content, and everything when there is no config at all', () => {
    assert.equal(scopeOf({ '/ws/docfx.json': '{ "build": {} }', '/ws/README.md': '' }).scope.isBuilt('/ws/README.md'), true);
    assert.equal(scopeOf({ '/ws/docfx.json': '{ "build": ', '/ws/README.md': '' }).scope.isBuilt('/ws/README.md'), true, 'invalid JSON');
    const none = scopeOf({ '/ws/README.md': '', '/ws/.github/pull_request_template.md': '' });
    assert.equal(none.scope.isBuilt('/ws/README.md'), true);
    assert.equal(none.scope.isBuilt('/ws/.github/pull_request_template.md'), true);
  });

  it('reads a publish config that names no docset (or does not parse) as no publish config', () => {
    for (const config of ['{ "docsets_to_publish": [] }', '{ "docsets_to_publish": ']) {
      const { scope } = scopeOf({
        '/ws/.openpublishing.publish.config.json': config,
        '/ws/docfx.json': docfxJson(LEARN_CONTENT),
        '/ws/a.md': '',
        '/ws/README.md': '',
      });
      assert.equal(scope.isBuilt('/ws/a.md'), true, config);
      assert.equal(scope.isBuilt('/ws/README.md'), false, config);
    }
  });

  it('builds every file of a published docset that has no docfx.json', () => {
    const { scope } = scopeOf({
      '/ws/.openpublishing.publish.config.json': JSON.stringify({ docsets_to_publish: [{ build_source_folder: 'docs' }] }),
      '/ws/docs/a.md': '',
    });
    assert.equal(scope.isBuilt('/ws/docs/a.md'), true);
  });
});

describe('linting outside the build scope', () => {
  const README = [
    '# Contributing',
    '',
    'See [the guide](https://learn.microsoft.com/en-us/office/vba/api/overview) and the the [missing](missing.md) page.',
    '',
    '![logo](images/logo.png)',
    '',
  ].join('\n');

  function lint(files: Record<string, string>, path: string): string[] {
    const fs = new MemoryFileSystem(files);
    const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TODAY });
    return [...new Set(linter.lintText(path, files[path]!).findings.map((finding) => finding.ruleId))].sort();
  }

  const CONFIGURED = {
    '/ws/.openpublishing.publish.config.json': JSON.stringify({ docsets_to_publish: [{ build_source_folder: '.' }] }),
    '/ws/docfx.json': docfxJson(LEARN_CONTENT),
  };

  it('runs only what is broken on GitHub too on a README the build excludes', () => {
    assert.deepEqual(lint({ ...CONFIGURED, '/ws/README.md': README }, '/ws/README.md'), [
      'img-file-not-found',
      'link-file-not-found',
      'style-repeated-word',
    ]);
  });

  it('runs the Learn article rules on the same text when the build publishes it', () => {
    const ruleIds = lint({ ...CONFIGURED, '/ws/article.md': README }, '/ws/article.md');
    for (const id of ['fm-missing', 'link-absolute-learn', 'link-locale', 'link-file-not-found', 'style-repeated-word'])
      assert.ok(ruleIds.includes(id), `${id} in ${ruleIds.join(', ')}`);
  });

  it('treats .github templates as GitHub Markdown', () => {
    const template =
      '---\nname: Bug report\nabout: Report a problem\n---\n\n## Describe the bug\n\nSee [docs](https://learn.microsoft.com/en-us/office/vba/api/overview).\n';
    assert.deepEqual(lint({ ...CONFIGURED, '/ws/.github/ISSUE_TEMPLATE/bug.md': template }, '/ws/.github/ISSUE_TEMPLATE/bug.md'), []);
  });

  it('runs no article rules on a TOC.md, in any letter case: the TOC rules and those for what GitHub breaks', () => {
    const toc = '# [Overview](overview.md)\n### [Missing](missing.md)\n';
    const files = { ...CONFIGURED, '/ws/overview.md': '', '/ws/api/TOC.md': toc, '/ws/toc.md': toc };
    assert.deepEqual(lint(files, '/ws/api/TOC.md'), ['link-file-not-found', 'toc-level-skipped']);
    assert.deepEqual(lint({ ...files, '/ws/api/overview.md': '' }, '/ws/toc.md'), ['link-file-not-found', 'toc-level-skipped']);
  });

  it('runs only the TOC rules on a toc.yml or toc.json', () => {
    const files = {
      ...CONFIGURED,
      '/ws/toc.yml': '- name: A\n  href: missing.md\n',
      '/ws/toc.json': '[{ "href": "overview.md" }]\n',
      '/ws/overview.md': '',
    };
    assert.deepEqual(lint(files, '/ws/toc.yml'), ['toc-href-not-found']);
    assert.deepEqual(lint(files, '/ws/toc.json'), ['toc-name-missing']);
  });

  it('runs the article rules on an include that a published article includes', () => {
    const files = {
      ...CONFIGURED,
      '/ws/article.md': '[!INCLUDE [x](includes/x.md)]\n',
      '/ws/includes/x.md': 'See [the guide](https://learn.microsoft.com/en-us/office/vba/api/overview).\n',
    };
    assert.ok(lint(files, '/ws/includes/x.md').includes('link-absolute-learn'));
  });

  it('still reports an include file that nothing includes (repository validation)', () => {
    const files: Record<string, string> = { ...CONFIGURED, '/ws/article.md': '# A\n', '/ws/includes/orphan.md': 'Text.\n' };
    const linter = new Linter({ fs: new MemoryFileSystem(files), workspaceFolders: ['/ws'], today: TODAY, mode: 'repository' });
    const ruleIds = linter.lintText('/ws/includes/orphan.md', files['/ws/includes/orphan.md']!).findings.map((finding) => finding.ruleId);
    assert.deepEqual(ruleIds, ['include-unused']);
  });

  it('lints everything as an article when the repository has no Learn config', () => {
    assert.ok(lint({ '/ws/README.md': README }, '/ws/README.md').includes('fm-missing'));
  });
});
