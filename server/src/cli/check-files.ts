// Checks the files of a run: from the cache where nothing they depend on changed, the rest in
// worker threads (or in-process for a memory file system), handing results on in path order so
// output is the same however the work was split.
import type { Linter } from '../engine/lint.js';
import type { FileSystem } from '../engine/fs/file-system.js';
import { LintPool } from '../parallel/pool.js';
import { processFile, type ProcessedFile } from '../parallel/process-file.js';
import type { LintSetup } from '../parallel/protocol.js';
import { ResultCache } from './cache.js';

export interface CheckFilesOptions {
  fs: FileSystem;
  /** The main thread's linter, used in-process and for the cache's view of the workspace. */
  linter: Linter;
  setup: LintSetup;
  /** Sorted paths. */
  files: string[];
  fix: boolean;
  timeBudgetMs: number;
  workers?: { script: URL | string; count: number };
  cache?: { location: string; toolVersion: string };
  onFile: (processed: ProcessedFile) => void;
}

export async function checkFiles(options: CheckFilesOptions): Promise<void> {
  const { files, onFile } = options;
  const emitter = new OrderedEmitter(files, onFile);
  // Fixing writes files, so cached results (of the unfixed text) cannot stand in for a fix run.
  const cache =
    options.cache && !options.fix
      ? ResultCache.open(options.fs, options.cache.location, options.cache.toolVersion, options.setup, options.linter)
      : undefined;
  const toCheck: string[] = [];
  for (const path of files) {
    const cached = cache?.lookup(path);
    if (cached) emitter.add({ path, ...cached, fixed: [] });
    else toCheck.push(path);
  }
  const record = (processed: ProcessedFile) => {
    cache?.store(processed);
    emitter.add(processed);
  };
  if (options.workers && toCheck.length > 0) {
    const pool = new LintPool({
      setup: { ...options.setup, trackDependencies: cache !== undefined },
      size: Math.max(1, Math.min(options.workers.count, Math.ceil(toCheck.length / MIN_FILES_PER_WORKER))),
      workerScript: options.workers.script,
      timeBudgetMs: options.timeBudgetMs,
      fix: options.fix,
      severityFor: (ruleId, path) => options.linter.severityFor(ruleId, path),
    });
    try {
      await pool.lint(toCheck, record);
    } finally {
      await pool.close();
    }
  } else {
    for (const path of toCheck) record(processFile(options.linter, options.fs, path, options.fix, cache !== undefined));
  }
  cache?.save();
}

/** A worker costs a start-up; below this many files per worker, fewer workers finish sooner. */
const MIN_FILES_PER_WORKER = 32;

/** Results arrive in any order; they are passed on in the order of `files`. */
class OrderedEmitter {
  private readonly position = new Map<string, number>();
  private readonly waiting = new Map<number, ProcessedFile>();
  private next = 0;

  constructor(
    files: string[],
    private readonly emit: (processed: ProcessedFile) => void,
  ) {
    for (const [index, path] of files.entries()) this.position.set(path, index);
  }

  add(processed: ProcessedFile): void {
    this.waiting.set(this.position.get(processed.path)!, processed);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.emit(ready);
    }
  }
}
