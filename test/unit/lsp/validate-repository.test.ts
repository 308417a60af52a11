// Validate Repository (lsp/validate-repository.ts), in-process over a memory file system: the count
// of files shows from the start ("0 of N files" before any result) and moves to "N of N files", and
// a document edited while the run goes on keeps the findings of its own, newer checks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import type { Finding } from '../../../server/src/engine/types.js';
import type { DiagnosticsPublisher, PublishedResult } from '../../../server/src/lsp/diagnostics-publisher.js';
import { type UnsavedDocument, validateRepository } from '../../../server/src/lsp/validate-repository.js';
import { ServerWorkspaceIndex } from '../../../server/src/lsp/workspace-index.js';

const FILES: Record<string, string> = {
  '/ws/.guidancelint.json': JSON.stringify({ root: true }),
  '/ws/a.md': '# A\n',
  '/ws/b.md': '# B\n',
  '/ws/c.md': '# C\n',
};

function run(unsavedDocuments: () => Map<string, UnsavedDocument>) {
  const fs = new MemoryFileSystem(FILES);
  const connection = {
    console: { log: () => undefined, info: () => undefined },
    window: { createWorkDoneProgress: () => Promise.reject(new Error('the test gives its own progress')) },
  } as unknown as Connection;
  const events: string[] = [];
  const progress = {
    begin: () => events.push('begin'),
    report: (_percentage: number, message: string) => events.push(message),
    done: () => events.push('done'),
  } as unknown as WorkDoneProgressReporter;
  const publisher = {
    markValidated: () => undefined,
    publish: (uri: string, result: PublishedResult) => {
      events.push(`publish ${uri.replace('file:///ws/', '')} v${result.version ?? '-'}`);
      return { reported: result.findings, baselined: [] };
    },
    baselineSplit: (_path: string, findings: Finding[]) => ({ reported: findings, baselined: [] }),
  } as unknown as DiagnosticsPublisher;
  const summary = validateRepository(
    {
      connection,
      fs,
      workspaceFolders: () => ['/ws'],
      ruleOverrides: () => ({}),
      graph: new ServerWorkspaceIndex(connection, fs, { wait: false, applied: () => undefined }),
      publisher,
      workerScript: undefined,
      lintSetup: (mode) => ({ workspaceFolders: ['/ws'], ruleOverrides: {}, mode, today: '2026-11-01T00:00:00Z', allowPlugins: false }),
      severityFor: () => 'warning',
      supportsServerProgress: false,
      unsavedDocuments,
      reportError: (error) => {
        throw error;
      },
    },
    { isCancellationRequested: false } as CancellationToken,
    progress,
  );
  return { summary, events };
}

describe('validateRepository', () => {
  it('reports "0 of N files" before the first result and "N of N files" at the end', async () => {
    const { summary, events } = run(() => new Map());
    assert.equal((await summary).files, 3);
    const firstPublish = events.findIndex((event) => event.startsWith('publish'));
    assert.ok(events.indexOf('0 of 3 files') !== -1 && events.indexOf('0 of 3 files') < firstPublish, events.join(', '));
    assert.equal(events.at(-2), '3 of 3 files');
    assert.equal(events.at(-1), 'done');
  });

  it('does not publish the findings of an open document edited since the run started', async () => {
    let calls = 0;
    // The run takes the open documents once at its start; every later look sees version 2.
    const { summary, events } = run(() => new Map([['/ws/b.md', { text: '# B\n', version: calls++ === 0 ? 1 : 2 }]]));
    await summary;
    assert.deepEqual(
      events.filter((event) => event.startsWith('publish')),
      ['publish a.md v-', 'publish c.md v-'],
    );
  });
});
