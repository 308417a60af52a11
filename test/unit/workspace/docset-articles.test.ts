import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { docsetArticles } from '../../../server/src/engine/workspace/graph/docset-articles.js';
import { scanMarkdown } from '../../../server/src/engine/workspace/graph/scan.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';

describe('scanMarkdown: what docset-wide checks read', () => {
  it('keeps the H1 apart from the title, and the metadata they need', () => {
    const scanned = scanMarkdown(
      '---\ntitle: "Get started"\ntitleSuffix: Product\nrobots: noindex\nms.topic: include\n---\n# Start here\n',
    );
    assert.equal(scanned.title, 'Get started');
    assert.equal(scanned.h1, 'Start here');
    assert.deepEqual(scanned.metadata, { titleSuffix: 'Product', robots: 'noindex', 'ms.topic': 'include' });
  });

  it('takes no H1 from an HTML comment block', () => {
    assert.equal(scanMarkdown('<!--\n# Draft title\n-->\n# Real title\n').h1, 'Real title');
    assert.equal(scanMarkdown('<!-- one line -->\n# Real title\n').h1, 'Real title');
  });

  it('drops a whole run of emphasis marks before a space (was: "Use Azure* CLI")', () => {
    assert.equal(scanMarkdown('# Use **Azure** CLI\n').h1, 'Use Azure CLI');
    assert.equal(scanMarkdown('# Use __Azure__ CLI\n').anchors[0], 'use-azure-cli');
  });
});

describe('docsetArticles', () => {
  it('is grouped again after the index changes', () => {
    const fs = new MemoryFileSystem({ '/ws/a.md': '# Same\n', '/ws/b.md': '# Other\n' });
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
    assert.deepEqual(docsetArticles(index).sameH1('/ws/a.md'), []);
    fs.writeFile('/ws/b.md', '# Same\n');
    index.update('/ws/b.md');
    assert.deepEqual(docsetArticles(index).sameH1('/ws/a.md'), ['/ws/b.md']);
  });

  it('is grouped once for a state of the index', () => {
    const index = new WorkspaceIndex({ fs: new MemoryFileSystem({ '/ws/a.md': '# A\n' }), workspaceFolders: ['/ws'] });
    assert.equal(docsetArticles(index), docsetArticles(index));
  });
});

describe('docsetArticles and --cache', () => {
  it('every check that asks depends on all files, not only the first one to ask', () => {
    const index = new WorkspaceIndex({ fs: new MemoryFileSystem({ '/ws/a.md': '# A\n', '/ws/b.md': '# B\n' }), workspaceFolders: ['/ws'] });
    docsetArticles(index);
    const reads: string[] = [];
    const stop = index.observeReads((path) => reads.push(path));
    docsetArticles(index).sameH1('/ws/b.md');
    stop();
    assert.ok(reads.includes('*'));
  });
});
