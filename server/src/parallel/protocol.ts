// Messages between the main thread and lint workers. Everything crosses by structured clone, so
// only plain data: findings, paths, and errors flattened to their message.
import type { SeveritySetting } from '../engine/types.js';
import type { ProcessedFile } from './process-file.js';

/** What a worker needs to build the same Linter the main thread would. */
export interface LintSetup {
  workspaceFolders: string[];
  configFile?: string;
  ruleOverrides: Record<string, SeveritySetting>;
  mode: 'file' | 'repository';
  /** ISO date the rules treat as today (one clock for the whole run). */
  today: string;
  /** Repository plug-ins may run (the CLI, trusted workspaces). */
  allowPlugins: boolean;
  /** Report which other files each file's checks read (for --cache). */
  trackDependencies?: boolean;
  /** The editor's unsaved documents shadow the disk (`overlay` messages), as they do on the language server's main thread. */
  unsavedDocuments?: boolean;
  /**
   * Summarise the whole workspace before saying ready: a long-lived editor worker pays for its index
   * once, outside any file's time budget, instead of inside the first check that needs it.
   */
  buildIndexFirst?: boolean;
  /**
   * An editor worker answering open documents while the workspace is still being indexed: rules that
   * need the whole index are deferred (before-index.ts), and a check that needs it as a whole is not made.
   */
  checkBeforeIndex?: boolean;
}

/** A run's workspace index, built once and serialised into memory every worker shares (`shared-index.ts`). */
export type SharedIndex = SharedArrayBuffer;

/** What a worker thread starts with (its `workerData`). */
export interface WorkerStart {
  setup: LintSetup;
  /** The run's index; without it the worker's index builds itself. */
  index?: SharedIndex;
  /** Only build the run's index, answer with it (`index`) and end. */
  buildIndex?: boolean;
}

/** A file to check: from disk, or (an open document) from the text given. */
export interface LintJob {
  path: string;
  text?: string;
  /**
   * The file's content as this run already read it from disk, not read again. Handed over: the pool
   * transfers its buffer to the worker, after which it is empty here.
   */
  bytes?: Uint8Array;
}

export type ToWorker =
  /** With `text`, an open document: its text reached the worker in an `overlay` message first, so other files' checks see it too. */
  | { type: 'lint'; id: number; path: string; text?: string; bytes?: Uint8Array; fix: boolean }
  /** An open document's unsaved text, or `text: null` when it was closed and the disk applies again. */
  | { type: 'overlay'; path: string; text: string | null }
  /** Files changed on disk (watched-file events): configuration and index entries are read again. */
  | { type: 'files-changed'; changes: Array<{ path: string; deleted: boolean }> };

/** What a worker started with `buildIndex` answers: the index, and the content of each file the build read (their buffers transferred). */
export interface IndexBuilt {
  index: SharedIndex;
  reads: Map<string, Uint8Array>;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; outcome: ProcessedFile }
  | { type: 'config-error'; id: number; message: string }
  | { type: 'crash'; id: number; path: string; message: string }
  /** Something the engine says that is not a finding (plug-ins skipped in an untrusted workspace). */
  | { type: 'notice'; message: string };
