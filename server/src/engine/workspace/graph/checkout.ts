// Whether this checkout may lack folders of its repository. Git sparse-checkout leaves folders out on
// purpose, and a folder that no git working tree holds is a copy (a download, a slice) whose
// completeness nobody can tell: a link into a folder that is not here then cannot be verified. In a
// full git checkout it is simply broken (a typo in a folder name, a deleted folder).
import type { ResolvedConfig } from '../../config/config.js';
import { dirname, joinPath, type FileSystem } from '../../fs/file-system.js';

const sparseByFolder = new WeakMap<FileSystem, Map<string, boolean>>();

/** The config's `partialCheckout` when set; else true when no git working tree holds the workspace folder, or git sparse-checkout is on in it. */
export function isPartialCheckout(fs: FileSystem, workspaceFolder: string | undefined, config: ResolvedConfig): boolean {
  if (config.partialCheckout !== undefined) return config.partialCheckout;
  if (workspaceFolder === undefined) return false;
  let cache = sparseByFolder.get(fs);
  if (!cache) {
    cache = new Map();
    sparseByFolder.set(fs, cache);
  }
  let sparse = cache.get(workspaceFolder);
  if (sparse === undefined) {
    const repository = gitWorkingTreeOf(fs, workspaceFolder);
    sparse = repository === undefined || isGitSparseCheckout(fs, repository);
    cache.set(workspaceFolder, sparse);
  }
  return sparse;
}

/** The nearest folder at or above `folder` with a `.git` (a folder, or the file of a worktree or submodule). */
function gitWorkingTreeOf(fs: FileSystem, folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (fs.stat(joinPath(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** `core.sparseCheckout = true` in `.git/config` and a `.git/info/sparse-checkout` file: what `git sparse-checkout` sets. */
function isGitSparseCheckout(fs: FileSystem, folder: string): boolean {
  const gitFolder = joinPath(folder, '.git');
  if (fs.stat(joinPath(gitFolder, 'info/sparse-checkout'))?.type !== 'file') return false;
  const bytes = fs.readFile(joinPath(gitFolder, 'config'));
  if (!bytes) return false;
  let section = '';
  for (const rawLine of new TextDecoder().decode(bytes).split(/\r?\n/)) {
    const line = rawLine.replace(/[#;].*$/, '').trim();
    const header = /^\[\s*([^\]\s"]+)/.exec(line);
    if (header) {
      section = header[1]!.toLowerCase();
      continue;
    }
    const setting = /^sparsecheckout\s*=\s*(\S+)$/i.exec(line);
    if (section === 'core' && setting) return /^(true|yes|on|1)$/i.test(setting[1]!);
  }
  return false;
}
