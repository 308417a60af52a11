// The many-files loop the CLI and Validate Repository share, in-process over a memory file system:
// stored results stand in for checks, open documents are checked with their unsaved text, results
// come in path order or as done, and a cancelled run starts no further file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import type { Finding } from '../../../server/src/engine/types.js';
import { checkFiles, type ResultStore } from '../../../server/src/parallel/check-files.js';
import { createRunLinter } from '../../../server/src/parallel/linter-setup.js';
import type { ProcessedFile } from '../../../server/src/parallel/process-file.js';
import type { LintSetup } from '../../../server/src/parallel/protocol.js';

const SETUP: LintSetup = { workspaceFolders: ['/ws'], ruleOverrides: {}, mode: 'file', today: '2026-11-01T00:00:00Z', allowPlugins: false };
const FILES = ['/ws/a.md', '/ws/b.md', '/ws/c.md'];

function workspace() {
  const fs = new MemoryFileSystem({
    '/ws/.guidancelint.json': JSON.stringify({ root: true }),
    '/ws/a.md': '# A\n',
    '/ws/b.md': '# B\n',
    '/ws/c.md': '# C\n',
  });
  return { fs, linter: createRunLinter(fs, SETUP) };
}

async function run(options: Partial<Parameters<typeof checkFiles>[0]>): Promise<ProcessedFile[]> {
  const { fs, linter } = workspace();
  const seen: ProcessedFile[] = [];
  await checkFiles({
    fs,
    linter,
    setup: SETUP,
    files: FILES,
    fix: false,
    timeBudgetMs: 10_000,
    order: 'paths',
    onFile: (processed) => seen.push(processed),
    ...options,
  });
  return seen;
}

describe('checkFiles (parallel/check-files.ts)', () => {
  it('checks every file in path order, an open document with its unsaved text', async () => {
    const seen = await run({ files: ['/ws/a.md', { path: '/ws/b.md', text: '---\ntitle: x\n---\n# B\n' }, '/ws/c.md'] });
    assert.deepEqual(
      seen.map((processed) => processed.path),
      FILES,
    );
    const rules = (path: string) => seen.find((processed) => processed.path === path)!.findings.map((finding) => finding.ruleId);
    assert.ok(rules('/ws/a.md').includes('fm-missing'));
    assert.ok(!rules('/ws/b.md').includes('fm-missing') && rules('/ws/b.md').includes('fm-required'));
  });

  it('takes stored results where the store has them and stores the others', async () => {
    const stored: Finding[] = [];
    const storedPaths: string[] = [];
    let saved = 0;
    const cache: ResultStore = {
      lookup: (path) => (path === '/ws/b.md' ? { findings: stored } : undefined),
      store: (processed) => storedPaths.push(processed.path),
      save: () => saved++,
    };
    const seen = await run({ cache });
    assert.deepEqual(seen.find((processed) => processed.path === '/ws/b.md')!.findings, []);
    assert.deepEqual(storedPaths, ['/ws/a.md', '/ws/c.md']);
    assert.equal(saved, 1);
  });

  it('starts no further file once cancelled', async () => {
    let cancel = false;
    const counted: string[] = [];
    await run({
      order: 'completion',
      cancelled: () => cancel,
      onFile: (processed) => {
        counted.push(processed.path);
        cancel = true;
      },
    });
    assert.deepEqual(counted, ['/ws/a.md']);
  });
});
