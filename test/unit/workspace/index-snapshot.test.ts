// A run builds its workspace index once and hands the workers a snapshot of it: an index rebuilt
// from that snapshot must answer every question as the original does (the file tree, the link
// graph, what the TOCs reach, the uids, the docset's articles) without reading a file again, and
// take later changes as the original does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { docsetArticles } from '../../../server/src/engine/workspace/graph/docset-articles.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';
import { createRunLinter } from '../../../server/src/parallel/linter-setup.js';
import { processFile } from '../../../server/src/parallel/process-file.js';
import type { LintSetup } from '../../../server/src/parallel/protocol.js';
import { buildSharedIndex, jobsWithBytes, runIndex, shareIndex, workerHeapLimitMb } from '../../../server/src/parallel/shared-index.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

/** Counts what is read: file contents and folder listings. */
class CountingFileSystem extends MemoryFileSystem {
  reads: string[] = [];
  listings: string[] = [];
  override readFile(path: string): Uint8Array | undefined {
    this.reads.push(path);
    return super.readFile(path);
  }
  override readBoundedFile(path: string, maxBytes: number) {
    this.reads.push(path);
    return super.readBoundedFile(path, maxBytes);
  }
  override readDirectory(path: string) {
    this.listings.push(path);
    return super.readDirectory(path);
  }
}

const ARTICLE = (title: string, body: string) => `---\ntitle: ${title}\ndescription: An article of the snapshot test.\n---\n${body}`;

const FILES = {
  '/ws/docfx.json': '{"build":{"content":[{"files":["**/*.md","**/*.yml"]}]}}',
  '/ws/docs/a.md': ARTICLE('The same title', '# A\n\n## Set up\n\n[b](b.md#x) [!INCLUDE [i](../includes/i.md)]\n'),
  '/ws/docs/b.md': ARTICLE('The same title', '# B\n\n## X\n\n[a](a.md#set-up)\n'),
  '/ws/docs/toc.yml': '- name: A\n  href: a.md\n',
  '/ws/docs/Media/Chart.PNG': '',
  '/ws/docs/api.yml': '### YamlMime:ManagedReference\nitems:\n- uid: My.Api\n',
  '/ws/includes/i.md': '## From the include\n',
};

const SETUP: LintSetup = {
  workspaceFolders: ['/ws'],
  ruleOverrides: {},
  mode: 'repository',
  today: TEST_TODAY.toISOString(),
  allowPlugins: false,
};

function sourceIndex(trackLinkers: boolean): WorkspaceIndex {
  const index = new WorkspaceIndex({ fs: new MemoryFileSystem(FILES), workspaceFolders: ['/ws'], trackLinkers });
  index.build();
  index.tocs.warmUp();
  return index;
}

function answers(index: WorkspaceIndex) {
  return {
    markdown: index.markdownFiles(),
    all: index.allFiles(),
    chart: index.lookup('/ws/docs/media/chart.png'),
    named: index.filesNamed('b.md'),
    summary: index.summary('/ws/docs/a.md'),
    anchors: [...index.anchorsOf('/ws/docs/a.md')],
    includers: index.includersOf('/ws/includes/i.md'),
    linkers: index.linkersOf('/ws/docs/b.md'),
    title: index.titleOf('/ws/docs/a.md'),
    reached: [...(index.tocs.reachedIn('/ws') ?? [])],
    tocReferrers: index.tocs.referrersOf('/ws/docs/a.md'),
    uid: index.uids.definitionsOf('My.Api'),
    sameTitle: docsetArticles(index).sameTitle('/ws/docs/a.md'),
  };
}

describe('workspace index snapshot', () => {
  for (const trackLinkers of [false, true]) {
    it(`rebuilds an index that answers as the original, reading no Markdown file (trackLinkers ${trackLinkers})`, () => {
      const source = sourceIndex(trackLinkers);
      const expected = answers(source);
      const fs = new CountingFileSystem(FILES);
      const copy = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'], snapshot: structuredClone(source.snapshot()) });
      assert.deepEqual(answers(copy), expected);
      assert.deepEqual(
        fs.reads.filter((path) => path.endsWith('.md') || path.endsWith('toc.yml')),
        [],
        'no Markdown file and no TOC read again',
      );
      assert.deepEqual(fs.listings, []);
      assert.ok(expected.linkers.length === (trackLinkers ? 1 : 0) && expected.sameTitle.length === 1 && expected.uid.length === 1);
    });
  }

  it('crosses to a worker as shared bytes, the docset articles grouped already', () => {
    const source = sourceIndex(false);
    const expected = answers(source);
    const shared = shareIndex(source);
    assert.ok(shared instanceof SharedArrayBuffer);
    const fs = new CountingFileSystem(FILES);
    const copy = runIndex(fs, SETUP, shared);
    assert.deepEqual(answers(copy), expected);
    assert.ok(!fs.reads.includes('/ws/.gitignore'), 'the articles were not grouped again');
  });

  it('gives a worker a heap limit that grows with the index it holds, never below 1.5 GiB', () => {
    assert.equal(workerHeapLimitMb(shareIndex(sourceIndex(false))), 1536);
    assert.equal(workerHeapLimitMb(new SharedArrayBuffer(256 * 1048576)), 2048, 'a 256 MiB index: 2 GiB');
  });

  it('takes changes after it was rebuilt, as the original does', () => {
    const source = sourceIndex(true);
    const fs = new MemoryFileSystem(FILES);
    const copy = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'], snapshot: structuredClone(source.snapshot()) });
    fs.writeFile('/ws/docs/a.md', '# A\n\n## Install\n');
    assert.deepEqual(
      [...copy.update('/ws/docs/a.md')].sort(),
      ['/ws/docs/b.md', '/ws/includes/i.md'],
      'b links to the renamed heading; i is no longer included',
    );
    fs.writeFile('/ws/docs/c.md', '[b](b.md)\n');
    copy.update('/ws/docs/c.md');
    assert.deepEqual(copy.linkersOf('/ws/docs/b.md'), ['/ws/docs/c.md'], 'a no longer links to b; the new c does');
    assert.ok(copy.markdownFiles().includes('/ws/docs/c.md'));
    fs.writeFile('/ws/docs/toc.yml', '- name: B\n  href: b.md\n');
    copy.update('/ws/docs/toc.yml');
    assert.deepEqual(copy.tocs.referrersOf('/ws/docs/a.md'), [], 'the TOC is read again');
    assert.equal(docsetArticles(copy).sameTitle('/ws/docs/b.md').length, 0, 'a lost its title: the articles are grouped again');
  });

  it('keeps what the build read, so a worker checks each file without reading it again', () => {
    const built = buildSharedIndex(new MemoryFileSystem(FILES), SETUP);
    assert.deepEqual([...built.reads.keys()].filter((path) => path.endsWith('.md')).sort(), [
      '/ws/docs/a.md',
      '/ws/docs/b.md',
      '/ws/includes/i.md',
    ]);
    for (const bytes of built.reads.values()) assert.equal(bytes.byteLength, bytes.buffer.byteLength, 'each in a buffer of its own');
    const [job, open] = jobsWithBytes([{ path: '/ws/docs/b.md' }, { path: '/ws/docs/a.md', text: '# A\n' }], built.reads);
    assert.equal(built.reads.size, 0, 'the rest is dropped');
    assert.ok(job?.bytes && !open?.bytes, 'an open document is checked with its text, not the bytes on disk');
    const fs = new CountingFileSystem(FILES);
    const linter = createRunLinter(fs, SETUP, undefined, built.index);
    const checked = processFile(linter, fs, '/ws/docs/b.md', false, false, job.bytes);
    const fresh = new MemoryFileSystem(FILES);
    const fromDisk = processFile(createRunLinter(fresh, SETUP), fresh, '/ws/docs/b.md', false);
    assert.deepEqual(checked, fromDisk);
    assert.ok(checked.findings.some((finding) => finding.ruleId === 'docset-duplicate-title'));
    assert.deepEqual(
      fs.reads.filter((path) => path.endsWith('.md')),
      [],
      'no Markdown file read again',
    );
  });
});
