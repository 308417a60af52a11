// Tables of contents in the workspace graph: discovered by a run, part of the re-check graph (a
// renamed or deleted article re-checks the TOC that points at it), and their hrefs classified the
// build's way (docfx v3 TocLoader.GetHrefType).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigLoader } from '../../../server/src/engine/config/config.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { tocFormatOf } from '../../../server/src/engine/parse/toc.js';
import { discoverFiles } from '../../../server/src/engine/workspace/discover.js';
import { tocHrefKind } from '../../../server/src/engine/workspace/graph/tocs.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';

describe('tables of contents in the workspace', () => {
  it('knows the TOC file names the build reads, in any letter case', () => {
    assert.deepEqual(
      ['TOC.yml', 'toc.json', 'Toc.md', 'toc.yaml', 'my-toc.yml', 'toc.yml.bak'].map((name) => tocFormatOf(`/ws/docs/${name}`)),
      ['yaml', 'json', 'markdown', undefined, undefined, undefined],
    );
  });

  it('classifies hrefs: folder, TOC file, URL or site path, article', () => {
    assert.deepEqual(
      ['f1/', 'f1\\', 'f1/TOC.yml', '../toc.json?x=1', 'https://example.com/toc.yml', '/office/vba/', 'a.md', 'f1', ''].map(tocHrefKind),
      ['folder', 'folder', 'toc', 'toc', 'absolute', 'absolute', 'article', 'article', 'none'],
    );
  });

  it('a run discovers toc.yml and toc.json beside the Markdown files', () => {
    const fs = new MemoryFileSystem({
      '/ws/docs/a.md': '# A\n',
      '/ws/docs/TOC.yml': '- name: A\n',
      '/ws/docs/sub/toc.json': '[]\n',
      '/ws/docs/data.yml': 'a: 1\n',
    });
    const discovery = discoverFiles({
      fs,
      config: new ConfigLoader(fs, { knownRuleIds: new Set() }),
      patterns: ['.'],
      cwd: '/ws',
      workspaceFolders: ['/ws'],
    });
    assert.deepEqual(discovery.files, ['/ws/docs/TOC.yml', '/ws/docs/a.md', '/ws/docs/sub/toc.json']);
  });

  it('a renamed, deleted or created article re-checks the TOCs that point at it', () => {
    const fs = new MemoryFileSystem({
      '/ws/docs/a.md': '# A\n',
      '/ws/docs/TOC.yml': '- name: A\n  href: a.md\n- name: New\n  topicHref: new.md\n',
      '/ws/other/toc.json': '[{ "name": "A", "href": "../docs/a.md" }]\n',
    });
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
    index.build();
    fs.writeFile('/ws/docs/b.md', '# A\n');
    fs.deleteFile('/ws/docs/a.md');
    assert.deepEqual([...index.rename('/ws/docs/a.md', '/ws/docs/b.md')].sort(), ['/ws/docs/TOC.yml', '/ws/other/toc.json']);
    fs.writeFile('/ws/docs/new.md', '# New\n');
    assert.deepEqual([...index.update('/ws/docs/new.md')], ['/ws/docs/TOC.yml']);
  });

  it('an edited TOC re-checks the TOCs that nest it, directly or through others (a loop may open or close)', () => {
    const fs = new MemoryFileSystem({
      '/ws/docs/toc.yml': '- name: F1\n  href: f1/\n',
      '/ws/docs/f1/toc.md': '# [F2](../f2/toc.yml)\n',
      '/ws/docs/f2/toc.yml': '- name: A\n  href: a.md\n',
      '/ws/docs/other/toc.yml': '- name: A\n  href: ../f2/a.md\n',
    });
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
    index.build();
    fs.writeFile('/ws/docs/f2/toc.yml', '- name: Back\n  href: ../toc.yml\n');
    assert.deepEqual([...index.update('/ws/docs/f2/toc.yml')].sort(), ['/ws/docs/f1/toc.md', '/ws/docs/toc.yml']);
    assert.deepEqual(index.tocs.nestingChain('/ws/docs/f1/toc.md', '/ws/docs/toc.yml'), [
      '/ws/docs/f1/toc.md',
      '/ws/docs/f2/toc.yml',
      '/ws/docs/toc.yml',
    ]);
  });

  it("warms up what each docset's TOCs reach, so a later check reads no TOC", () => {
    const fs = new MemoryFileSystem({ '/ws/docfx.json': '{}', '/ws/docs/TOC.md': '# [A](a(1).md)\n' });
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
    index.tocs.warmUp();
    fs.deleteFile('/ws/docs/TOC.md');
    assert.deepEqual([...(index.tocs.reachedIn('/ws') ?? [])], ['/ws/docs/a(1).md']);
  });

  it('an edited TOC is read again: its new targets re-check it', () => {
    const fs = new MemoryFileSystem({ '/ws/docs/TOC.yml': '- name: A\n  href: a.md\n' });
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
    index.build();
    fs.writeFile('/ws/docs/TOC.yml', '- name: B\n  href: b.md\n');
    index.update('/ws/docs/TOC.yml');
    fs.writeFile('/ws/docs/b.md', '# B\n');
    assert.deepEqual([...index.update('/ws/docs/b.md')], ['/ws/docs/TOC.yml']);
  });
});

describe('tables of contents over the size limit', () => {
  function findings(path: string, text: string): string[] {
    const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': JSON.stringify({ root: true, maxFileSize: 1024 }), [path]: text });
    const linter = new Linter({ fs, workspaceFolders: ['/ws'], mode: 'repository' });
    return linter.lintText(path, text).findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
  }

  it('a TOC.md over the limit gets only the size finding: it is not an article, so no front matter rule', () => {
    assert.deepEqual(
      findings('/ws/docs/TOC.md', '# [A](a.md)\n'.repeat(100)).map((finding) => finding.split(':')[0]),
      ['file-too-large'],
    );
  });

  it('a toc.yml over the limit is not read at all, and says so', () => {
    assert.deepEqual(findings('/ws/docs/toc.yml', '- name: "A\n'.repeat(100)), [
      'file-too-large: This file has 1,100 characters, more than the limit of 1,024 (maxFileSize): it was not checked.',
    ]);
  });
});
