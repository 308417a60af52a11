// One workspace index for a whole run: built once, serialised once into memory every worker shares,
// and rebuilt by each worker from those bytes instead of walking and scanning the workspace again
// (each file scanned once per run, not once per worker). With the summaries go the facts every
// worker would otherwise work out again from the whole index: what the TOCs reach and the docset's
// articles grouped by title, H1 and URL. A build made for the run keeps the bytes it read, handed to
// the worker that checks each file, so a file is read from disk once per run; it runs in a worker
// of its own, so everything it held goes when that worker ends.
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { BoundedRead, FileSystem } from '../engine/fs/file-system.js';
import {
  docsetArticles,
  docsetArticlesSnapshot,
  restoreDocsetArticles,
  type DocsetArticlesSnapshot,
} from '../engine/workspace/graph/docset-articles.js';
import { WorkspaceIndex, type WorkspaceIndexSnapshot } from '../engine/workspace/index.js';
import type { IndexBuilt, LintJob, LintSetup, SharedIndex, WorkerStart } from './protocol.js';

interface SharedSnapshot {
  index: WorkspaceIndexSnapshot;
  docsetArticles: DocsetArticlesSnapshot | undefined;
}

/** An index as it is now (the editor's), with what it has worked out so far, in shared memory. */
export function shareIndex(index: WorkspaceIndex): SharedIndex {
  const snapshot: SharedSnapshot = { index: index.snapshot(), docsetArticles: docsetArticlesSnapshot(index) };
  const bytes = serialize(snapshot);
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/**
 * Builds a run's index as its workers' linters would, with everything a repository run works out
 * from the whole of it, and shares it. The caller keeps nothing of the index but its bytes.
 */
export function buildSharedIndex(fs: FileSystem, setup: LintSetup): IndexBuilt {
  const keeping = new KeepingFileSystem(fs);
  const index = runIndex(keeping, setup);
  index.build();
  if (setup.mode === 'repository') {
    index.tocs.warmUp();
    docsetArticles(index);
  }
  return { index: shareIndex(index), reads: keeping.reads };
}

/** A worker's old-space limit (MiB) for a run with this shared index; see `workerHeapLimitMb`. */
const MIN_WORKER_HEAP_MB = 1536;
/** A worker's copy of the index takes about 2.5 times its serialised size (VBA-Docs: 129 MiB from 53 MiB). */
const HEAP_PER_SHARED_MB = 8;

/**
 * The old-space limit of a worker that holds a copy of this index. V8 sizes the room it lets a heap
 * grow into before collecting by its limit: under the default (from the machine's memory: 4 GiB on
 * a 24 GiB machine) a worker's heap grew to three times what it kept, and two workers' garbage was
 * most of a run's peak memory; under 1.5 GiB it collects sooner (VBA-Docs' Outlook files, 4,500 of
 * 38,000, in two workers: peak RSS 1,014 MiB, 714 MiB with the limit, the same findings). The
 * limit grows with the index, so that what a worker keeps stays far below it.
 */
export function workerHeapLimitMb(index: SharedIndex): number {
  return Math.max(MIN_WORKER_HEAP_MB, Math.ceil((index.byteLength / 1048576) * HEAP_PER_SHARED_MB));
}

/**
 * `buildSharedIndex` over the disk in a worker started from `workerScript` (the lint worker), which
 * then ends; undefined when it fails (each lint worker then builds its own index).
 */
export function buildSharedIndexInWorker(workerScript: URL | string, setup: LintSetup): Promise<IndexBuilt | undefined> {
  return new Promise((resolve) => {
    const start: WorkerStart = { setup, buildIndex: true };
    const worker = new Worker(workerScript, { workerData: start });
    worker.once('message', (built: IndexBuilt) => {
      resolve(built.index instanceof SharedArrayBuffer ? built : undefined);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

/** The index of a run's linter: from the run's shared index when there is one, else empty, filled as checks ask. */
export function runIndex(fs: FileSystem, setup: LintSetup, shared?: SharedIndex): WorkspaceIndex {
  // One-shot runs need no "who links here" edges; a shared index says what it holds itself.
  const options = { fs, workspaceFolders: setup.workspaceFolders, trackLinkers: false };
  if (!shared) return new WorkspaceIndex(options);
  const snapshot = deserialize(new Uint8Array(shared)) as SharedSnapshot;
  const index = new WorkspaceIndex({ ...options, snapshot: snapshot.index });
  if (snapshot.docsetArticles) restoreDocsetArticles(index, snapshot.docsetArticles);
  return index;
}

/**
 * The files to check, each with the bytes the index build read (taken out of `reads`; the rest is
 * dropped): the pool hands each to the worker that checks the file and keeps no copy.
 */
export function jobsWithBytes(jobs: LintJob[], reads: Map<string, Uint8Array> | undefined): LintJob[] {
  if (!reads) return jobs;
  const withBytes = jobs.map((job): LintJob => {
    const bytes = job.text === undefined ? reads.get(job.path) : undefined;
    return bytes ? { ...job, bytes } : job;
  });
  reads.clear();
  return withBytes;
}

/** Reads through `fs` and keeps a copy of what `readFile` returned, in a buffer of its own (it is transferred to a worker). */
class KeepingFileSystem implements FileSystem {
  readonly reads = new Map<string, Uint8Array>();

  constructor(private readonly fs: FileSystem) {}

  readFile(path: string): Uint8Array | undefined {
    const read = this.fs.readFile(path);
    if (!read) return undefined;
    // A Node Buffer may be a view of a pool shared with other buffers: copied out, it can be transferred.
    const bytes = new Uint8Array(read);
    this.reads.set(path, bytes);
    return bytes;
  }

  readBoundedFile(path: string, maxBytes: number): BoundedRead {
    return this.fs.readBoundedFile(path, maxBytes);
  }

  stat(path: string) {
    return this.fs.stat(path);
  }

  readDirectory(path: string) {
    return this.fs.readDirectory(path);
  }

  realPath(path: string) {
    return this.fs.realPath(path);
  }
}
