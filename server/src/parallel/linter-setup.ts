// One way to build the Linter for a run, used in-process and in every worker, so a parallel run
// and a single-threaded one cannot disagree.
import { Linter } from '../engine/lint.js';
import type { FileSystem } from '../engine/fs/file-system.js';
import { WorkspaceIndex } from '../engine/workspace/index.js';
import type { LintSetup } from './protocol.js';

export function createRunLinter(fs: FileSystem, setup: LintSetup, onNotice?: (message: string) => void): Linter {
  // One index per linter: each file is scanned once, however many files link to it.
  const index = new WorkspaceIndex({ fs, workspaceFolders: setup.workspaceFolders, trackLinkers: false });
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
