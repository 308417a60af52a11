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
}

export type ToWorker = { type: 'lint'; id: number; path: string; fix: boolean };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; outcome: ProcessedFile }
  | { type: 'config-error'; id: number; message: string }
  | { type: 'crash'; id: number; path: string; message: string };
