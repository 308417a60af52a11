// The many-files loop both front doors run (the CLI's check of a run, the language server's
// Validate Repository): results from a cache where nothing they depend on changed, the rest in
// worker threads that start from one shared index (or in-process when there is no worker script:
// unit tests, the server run from sources), handed on in path order or as each file is done.
import type { Linter } from '../engine/lint.js';
import type { FileSystem } from '../engine/fs/file-system.js';
import type { SeveritySetting } from '../engine/types.js';
import type { WorkspaceIndex } from '../engine/workspace/index.js';
import { LintPool } from './pool.js';
import { processFile, type ProcessedFile } from './process-file.js';
import type { IndexBuilt, LintJob, LintSetup, ToWorker } from './protocol.js';
import { buildSharedIndexInWorker, jobsWithBytes, shareIndex, workerHeapLimitMb } from './shared-index.js';

/** Stored results of an earlier run (the CLI's `--cache`): `lookup` answers only while nothing the file depends on changed. */
export interface ResultStore {
  lookup(path: string): Pick<ProcessedFile, 'findings' | 'article'> | undefined;
  store(processed: ProcessedFile): void;
  save(): void;
}

export interface CheckFilesOptions {
  fs: FileSystem;
  /** The main thread's linter, used in-process and for the severity of the pool's own findings. */
  linter: Linter;
  setup: LintSetup;
  /** Sorted paths; a job with `text` is an open document checked with its unsaved text. */
  files: ReadonlyArray<string | LintJob>;
  fix: boolean;
  timeBudgetMs: number;
  workers?: { script: URL | string; count: number };
  /**
   * The index the workers start from, made once: `build` builds the run's own from the disk, in a
   * worker of its own (this thread keeps only its bytes, and the bytes of each file it read, for the
   * worker that checks it), when more than one worker checks: a lone worker builds its index as
   * cheaply, without the copy. An index is shared as it stands (the editor's, built already).
   * Without either, each worker builds its own.
   */
  index?: 'build' | WorkspaceIndex;
  cache?: ResultStore;
  /** `paths`: in the order of `files` (output that does not depend on the split); `completion`: as soon as each is done. */
  order: 'paths' | 'completion';
  /** Checked between files: once true, no further file is started. */
  cancelled?: () => boolean;
  /** The configured severity of the pool's own findings; defaults to the linter's (which throws on a broken configuration). */
  severityFor?: (ruleId: string, path: string) => SeveritySetting;
  /** Messages each fresh worker gets first (the editor's unsaved documents). */
  initialMessages?: () => ToWorker[];
  onNotice?: (message: string) => void;
  onFile: (processed: ProcessedFile) => void;
}

/** A worker costs a start-up; below this many files per worker, fewer workers finish sooner. */
const MIN_FILES_PER_WORKER = 32;
/** In-process, files checked between two yields to the event loop (so a cancel request gets in). */
const FILES_PER_SLICE = 5;
const CANCEL_POLL_MS = 100;

export async function checkFiles(options: CheckFilesOptions): Promise<void> {
  const { files, cache, cancelled = () => false } = options;
  const jobs = files.map((file): LintJob => (typeof file === 'string' ? { path: file } : file));
  const emit = options.order === 'paths' ? new OrderedEmitter(jobs, options.onFile) : { add: options.onFile };
  const toCheck: LintJob[] = [];
  for (const job of jobs) {
    // Fixing writes files, so cached results (of the unfixed text) cannot stand in for a fix run.
    const cached = job.text === undefined && !options.fix ? cache?.lookup(job.path) : undefined;
    if (cached) emit.add({ path: job.path, ...cached, fixed: [] });
    else toCheck.push(job);
  }
  const record = (processed: ProcessedFile) => {
    cache?.store(processed);
    emit.add(processed);
  };
  if (options.workers && toCheck.length > 0) {
    const size = Math.max(1, Math.min(options.workers.count, Math.ceil(toCheck.length / MIN_FILES_PER_WORKER)));
    const shared = await sharedIndex(options, options.workers.script, size);
    const pool = new LintPool({
      setup: { ...options.setup, trackDependencies: cache !== undefined },
      ...(shared?.index ? { index: shared.index, heapLimitMb: workerHeapLimitMb(shared.index) } : {}),
      size,
      workerScript: options.workers.script,
      timeBudgetMs: options.timeBudgetMs,
      fix: options.fix,
      severityFor: options.severityFor ?? ((ruleId, path) => options.linter.severityFor(ruleId, path)),
      ...(options.initialMessages ? { initialMessages: options.initialMessages } : {}),
      ...(options.onNotice ? { onNotice: options.onNotice } : {}),
    });
    const watch = options.cancelled
      ? setInterval(() => {
          if (cancelled()) pool.cancel();
        }, CANCEL_POLL_MS)
      : undefined;
    try {
      await pool.lint(jobsWithBytes(toCheck, shared?.reads), record);
    } finally {
      clearInterval(watch);
      await pool.close();
    }
  } else {
    for (const [index, job] of toCheck.entries()) {
      if (options.cancelled) {
        if (index % FILES_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
        if (cancelled()) break;
      }
      record(
        job.text === undefined
          ? processFile(options.linter, options.fs, job.path, options.fix, cache !== undefined)
          : { path: job.path, findings: options.linter.lintText(job.path, job.text).findings, fixed: [] },
      );
    }
  }
  cache?.save();
}

async function sharedIndex(
  options: CheckFilesOptions,
  workerScript: URL | string,
  poolSize: number,
): Promise<Partial<IndexBuilt> | undefined> {
  if (options.index === 'build') return poolSize > 1 ? buildSharedIndexInWorker(workerScript, options.setup) : undefined;
  return options.index ? { index: shareIndex(options.index) } : undefined;
}

/** Results arrive in any order; they are passed on in the order of `files`. */
class OrderedEmitter {
  private readonly position = new Map<string, number>();
  private readonly waiting = new Map<number, ProcessedFile>();
  private next = 0;

  constructor(
    files: LintJob[],
    private readonly emit: (processed: ProcessedFile) => void,
  ) {
    for (const [index, { path }] of files.entries()) this.position.set(path, index);
  }

  add(processed: ProcessedFile): void {
    this.waiting.set(this.position.get(processed.path)!, processed);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.emit(ready);
    }
  }
}
