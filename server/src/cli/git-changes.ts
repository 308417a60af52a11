// --changed-since <ref>: what git says changed between a commit and the working tree (committed,
// staged, unstaged and untracked), with renames as a delete and an add, and the text each changed
// Markdown file had at the commit. Git runs through execFile with arguments, never a shell, and -z
// output, so no file name is ever interpreted.
import { execFile } from 'node:child_process';
import { isInside, joinPath, resolvePath, toPosixPath } from '../engine/fs/file-system.js';
import type { FileChanges } from '../engine/workspace/affected.js';
import { isMarkdownPath } from '../engine/workspace/index.js';

/** Not a repository, or a ref git does not know: a usage error. */
export class GitChangesError extends Error {}

/** Diff output of a large pull request fits; a runaway one is an error, not an out-of-memory crash. */
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;

export async function changesSince(ref: string, folder: string): Promise<FileChanges & { root: string }> {
  // A ref starting with `-` would be read as an option.
  if (ref === '' || ref.startsWith('-')) throw new GitChangesError(`"${ref}" is not a git ref`);
  const up = await git(['rev-parse', '--show-cdup'], folder).catch(() => {
    throw new GitChangesError(`${folder} is not in a git repository (--changed-since needs one)`);
  });
  // The repository root spelled from the folder we were given (not git's real path), so paths match the index's.
  const root = resolvePath(folder, toPosixPath(up.toString('utf8').trim()) || '.');
  const commit = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root).catch(() => {
    throw new GitChangesError(`git does not know the ref "${ref}" (in a shallow clone, fetch it first, e.g. fetch-depth: 0)`);
  });
  const sha = commit.toString('utf8').trim();
  const [diff, untracked] = await Promise.all([
    git(['-c', 'core.quotePath=false', 'diff', '--name-status', '-M', '-z', '--no-ext-diff', sha, '--'], root),
    git(['ls-files', '--others', '--exclude-standard', '-z'], root),
  ]);
  const changed = new Set<string>();
  const deleted = new Set<string>();
  const fields = diff.toString('utf8').split('\0');
  for (let position = 0; position < fields.length - 1; ) {
    const status = fields[position++]!;
    const first = fields[position++]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      const second = fields[position++]!;
      if (status.startsWith('R')) deleted.add(first);
      changed.add(second);
    } else if (status === 'D') deleted.add(first);
    else changed.add(first);
  }
  for (const path of untracked.toString('utf8').split('\0')) if (path !== '') changed.add(path);

  const absolute = (paths: Set<string>) => [...paths].map((path) => joinPath(root, path)).filter((path) => isInside(path, root));
  const previous = await previousTexts(
    root,
    sha,
    [...changed, ...deleted].filter((path) => isMarkdownPath(path)),
  );
  return {
    root,
    changed: absolute(changed),
    deleted: absolute(deleted),
    previousText: (path) => previous.get(path),
  };
}

/**
 * The Markdown files in the working tree (tracked, or untracked and not ignored) that may link to
 * or include any of these paths: a superset of their linkers and includers, found by git in a
 * fraction of the time it takes to summarise every file. A link writes the name (with or without
 * `.md`) as it is, in any letter case, or with escapes the build decodes (`my\_guide.md`,
 * `my%5Fguide.md`, `my&#95;guide.md`, even `%6Dy_guide.md`): so the files that mention a name,
 * ignoring case, and those with a link destination holding an escape (ENCODED_DESTINATION). Names
 * git cannot be asked for literally (spaces, `%`, non-ASCII) give `'all'`.
 */
export async function filesMentioning(root: string, paths: string[]): Promise<string[] | 'all'> {
  const names = new Set<string>();
  for (const path of paths) {
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    if (!SEARCHABLE_NAME.test(name)) return 'all';
    names.add(name);
  }
  if (names.size === 0) return [];
  if (names.size > MAX_SEARCHED_NAMES) return 'all';
  const search = (pattern: string[]) =>
    git(['grep', '--untracked', '-l', '-z', ...pattern, '--', ...MARKDOWN_PATHSPECS], root, undefined, [1]);
  // A git without Perl-compatible regular expressions fails here: the caller then summarises every file.
  const found = await Promise.all([
    search(['-i', '-F', ...[...names].flatMap((name) => ['-e', name])]),
    search(['-P', '-e', ENCODED_DESTINATION]),
  ]);
  const files = new Set(found.flatMap((output) => output.toString('utf8').split('\0')));
  files.delete('');
  return [...files].map((path) => joinPath(root, path));
}

const MARKDOWN_PATHSPECS = [':(glob,icase)**/*.md', ':(glob,icase)**/*.markdown'];

/**
 * A line with a link destination, as the index's scanner reads one (after `](`, or the value of an
 * `href`, `src` or `source` attribute), that is not a URL with a scheme and holds what the build
 * decodes into another character: `%XX`, `&#…;`, `\\` before punctuation. Or the Kelvin sign, which
 * JavaScript (and so the index's case-insensitive match) lower-cases to `k`. Such a destination may
 * name any file, whatever literal name git is asked for. Perl-compatible, for the look-ahead; no
 * `-i`, which would fold the Kelvin sign into every `k`.
 */
const ENCODED_DESTINATION = (() => {
  const notAUrl = '(?![a-zA-Z][a-zA-Z0-9+.-]*:)';
  // The Kelvin sign itself, not `\x{212A}`: the same character whether git reads the pattern as UTF-8 or as bytes.
  const kelvin = '\u212A';
  const decoded = String.raw`(?:%|&#|\\|${kelvin})`;
  const link = String.raw`\]\(\s*<?${notAUrl}[^)\s>]*${decoded}`;
  const attribute = String.raw`\b(?i:href|src|source)\s*=\s*["']${notAUrl}[^"']*${decoded}`;
  return `${link}|${attribute}`;
})();

/** Names a link writes as they are; `-` first would read as an option, so it is not allowed first. */
const SEARCHABLE_NAME = /^[A-Za-z0-9_.~][A-Za-z0-9_.~-]*$/;
/** Past this, one walk of every summary is as quick as git's search, and the command line stays short. */
const MAX_SEARCHED_NAMES = 2000;

/** The text each path had at the commit (absent for files added since), read in one `git cat-file --batch`. */
async function previousTexts(root: string, sha: string, paths: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (paths.length === 0) return texts;
  // --batch reads one object name a line: a path with a newline cannot be asked for (git quotes nothing here).
  const asked = paths.filter((path) => !path.includes('\n'));
  const output = await git(['cat-file', '--batch'], root, asked.map((path) => `${sha}:${path}\n`).join(''));
  let offset = 0;
  for (const path of asked) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) break;
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    const match = / blob (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[1]);
    texts.set(joinPath(root, path), output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return texts;
}

/** Runs git; `quietStatuses` are exit codes that mean an empty answer (git grep's 1: nothing found). */
function git(args: string[], cwd: string, input?: string, quietStatuses: number[] = []): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: MAX_GIT_OUTPUT, windowsHide: true },
      (error, stdout, stderr) => {
        if (error && !(typeof error.code === 'number' && quietStatuses.includes(error.code) && stderr.length === 0))
          reject(new Error(`git ${args[0]}: ${stderr.toString('utf8').trim() || error.message}`));
        else resolve(stdout);
      },
    );
    // A git that exits without reading its input closes the pipe: its exit status says what happened.
    child.stdin?.on('error', () => {});
    if (input === undefined) child.stdin?.end();
    else child.stdin?.end(input);
  });
}
