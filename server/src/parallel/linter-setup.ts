// One way to build the Linter for a run, used in-process and in every worker, so a parallel run
// and a single-threaded one cannot disagree.
import { Linter } from '../engine/lint.js';
import type { FileSystem } from '../engine/fs/file-system.js';
import type { LintSetup, SharedIndex } from './protocol.js';
import { runIndex } from './shared-index.js';

/** `sharedIndex`: the run's index built once (a worker's start), else the linter's index fills itself as checks ask. */
export function createRunLinter(fs: FileSystem, setup: LintSetup, onNotice?: (message: string) => void, sharedIndex?: SharedIndex): Linter {
  // One index per linter: each file is scanned once, however many files link to it.
  const index = runIndex(fs, setup, sharedIndex);
  return new Linter({
    fs,
    workspaceFolders: setup.workspaceFolders,
    index,
    ruleOverrides: setup.ruleOverrides,
    mode: setup.mode,
    today: new Date(setup.today),
    allowPlugins: setup.allowPlugins,
    ...(setup.configFile ? { configFile: setup.configFile } : {}),
    ...(onNotice ? { onNotice } : {}),
  });
}
