// A lint worker thread: builds the run's Linter once, then checks (and under --fix, fixes) the
// files it is sent, one at a time, answering each with its findings. For the language server it
// also keeps the editor's unsaved documents and watched-file changes, so its view of the workspace
// is the main thread's as of the last message sent before each check. Started with `buildIndex`, it
// only builds the run's shared index, hands it over with the bytes it read, and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../engine/config/config.js';
import { NodeFileSystem } from '../engine/fs/file-system.js';
import { OverlayFileSystem } from '../engine/fs/overlay-file-system.js';
import { BeforeIndexChecks } from './before-index.js';
import { createRunLinter } from './linter-setup.js';
import { processFile } from './process-file.js';
import type { FromWorker, IndexBuilt, ToWorker, WorkerStart } from './protocol.js';
import { buildSharedIndex } from './shared-index.js';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
const start = workerData as WorkerStart;
if (start.buildIndex) buildIndex(start);
else checkFiles(start);

/** The index is built here so that everything the build held goes when this thread ends, not when the main thread collects it. */
function buildIndex({ setup }: WorkerStart): void {
  const built: IndexBuilt = buildSharedIndex(new NodeFileSystem(), setup);
  port.postMessage(
    built,
    [...built.reads.values()].map((bytes) => bytes.buffer as ArrayBuffer),
  );
}

function checkFiles({ setup, index: sharedIndex }: WorkerStart): void {
  const disk = new NodeFileSystem();
  const overlays = setup.unsavedDocuments ? new OverlayFileSystem(disk) : undefined;
  const fs = overlays ?? disk;
  const linter = createRunLinter(fs, setup, (message) => send({ type: 'notice', message }), sharedIndex);
  const index = linter.environment.index!;
  // An editor worker answering before the index is built (before-index.ts); it is replaced, not told, when files change on disk.
  const beforeIndex = setup.checkBeforeIndex ? new BeforeIndexChecks(linter) : undefined;

  port.on('message', async (message: ToWorker) => {
    if (message.type === 'overlay') {
      if (message.text === null) overlays?.deleteOverlay(message.path);
      else overlays?.setOverlay(message.path, message.text);
      if (beforeIndex) beforeIndex.applyChange(() => index.update(message.path));
      else index.update(message.path);
      return;
    }
    if (message.type === 'files-changed') {
      linter.config.invalidate();
      for (const change of message.changes) {
        if (change.deleted) index.remove(change.path);
        else index.update(change.path);
      }
      return;
    }
    try {
      await linter.loadPlugins([message.path]);
      if (message.text === undefined) {
        send({
          type: 'result',
          id: message.id,
          outcome: processFile(linter, fs, message.path, message.fix, setup.trackDependencies, message.bytes),
        });
      } else if (beforeIndex) {
        const findings = beforeIndex.check(message.path, message.text);
        send({ type: 'result', id: message.id, outcome: { path: message.path, findings: findings ?? [], fixed: [], deferred: !findings } });
      } else {
        send({
          type: 'result',
          id: message.id,
          outcome: { path: message.path, findings: linter.lintText(message.path, message.text).findings, fixed: [] },
        });
      }
    } catch (error) {
      if (error instanceof ConfigError) send({ type: 'config-error', id: message.id, message: error.message });
      else send({ type: 'crash', id: message.id, path: message.path, message: error instanceof Error ? error.message : String(error) });
    }
  });
  // Both are done already when the index came from the main thread.
  if (setup.buildIndexFirst) index.build();
  // toc-unreachable reads what every TOC of the docset reaches (a TOC.md can list 35,000 articles):
  // worked out before the worker is ready, so no file's time budget pays for it.
  if (setup.mode === 'repository') index.tocs.warmUp();
  send({ type: 'ready' });
}
