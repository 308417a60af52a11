// `guidance-lint mv <from> <to>`: moves a file or a folder the way the editor does, for people who
// move files in a terminal: every link, image and include that points to what moves is rewritten,
// the moved files' own relative links follow, and a published article gets a redirection entry
// that keeps its URL working. `--dry-run` prints the plan and changes nothing.
import { ConfigError } from '../engine/config/config.js';
import { applyEdits } from '../engine/fixes/apply.js';
import { dirname, joinPath, relativePath, resolvePath, toPosixPath, type FileSystem } from '../engine/fs/file-system.js';
import { WriteRefusedError } from '../engine/fs/write-file.js';
import { Linter } from '../engine/lint.js';
import { decodeText, encodeText } from '../engine/parse/text.js';
import { moveSourcesFor } from '../engine/refactor.js';
import { WorkspaceIndex } from '../engine/workspace/index.js';
import { expandMove, planMoves, type MovePlan } from '../engine/workspace/moves.js';
import { escapeControl } from './formatters/escape.js';

export const MOVE_HELP = `Usage: guidance-lint mv [options] <from> <to>

Moves a file or a folder and keeps the repository whole: links, images and
includes that point to what moves are rewritten (in the form they were
written), the moved files' own relative links follow, and each published
article gets an entry in .openpublishing.redirection.json so its URL keeps
working. <to> is the new path; an existing folder receives <from> inside it.

Options:
      --dry-run           print what would change, change nothing
      --no-redirect       do not add redirection entries
  -h, --help              show this help
`;

export interface MoveIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  fs: FileSystem;
  /** Finds the repository a path belongs to (nearest `.git`, else the publish config's folder). */
  workspaceFolderFor: (fs: FileSystem, path: string) => string;
}

class MoveError extends Error {}

export function runMove(argv: string[], io: MoveIo): number {
  const paths: string[] = [];
  let dryRun = false;
  let redirect = true;
  for (const argument of argv) {
    if (argument === '--dry-run') dryRun = true;
    else if (argument === '--no-redirect') redirect = false;
    else if (argument === '-h' || argument === '--help') {
      io.stdout(MOVE_HELP);
      return 0;
    } else if (argument.startsWith('-')) return usage(io, `unknown option for mv: ${argument}`);
    else paths.push(argument);
  }
  if (paths.length !== 2) return usage(io, 'mv takes two paths: <from> <to>');
  try {
    const plan = moveAndPlan(io, paths[0]!, paths[1]!, { dryRun, redirect });
    report(io, plan, dryRun);
    return 0;
  } catch (error) {
    if (error instanceof MoveError || error instanceof ConfigError || error instanceof WriteRefusedError) {
      io.stderr(`guidance-lint mv: ${escapeControl(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

function usage(io: MoveIo, message: string): number {
  io.stderr(`guidance-lint mv: ${message}\nRun guidance-lint mv --help for usage.\n`);
  return 2;
}

interface Applied extends MovePlan {
  moves: Array<{ from: string; to: string }>;
  root: string;
}

function moveAndPlan(io: MoveIo, fromArgument: string, toArgument: string, options: { dryRun: boolean; redirect: boolean }): Applied {
  const { fs } = io;
  const cwd = toPosixPath(io.cwd);
  const from = resolvePath(cwd, toPosixPath(fromArgument));
  let to = resolvePath(cwd, toPosixPath(toArgument));
  const fromStat = fs.stat(from);
  if (!fromStat) throw new MoveError(`${fromArgument} does not exist`);
  // A symbolic link is not moved: what it points to may be anywhere. (The folders above it may be links; that is the checkout's business.)
  const parent = fs.realPath(dirname(from));
  if (!parent || fs.realPath(from) !== joinPath(parent, from.slice(from.lastIndexOf('/') + 1)))
    throw new MoveError(`${fromArgument} is a symbolic link: links are never moved`);
  if (fs.stat(to)?.type === 'directory') to = joinPath(to, from.slice(from.lastIndexOf('/') + 1));
  if (fs.stat(to)) throw new MoveError(`${relativePath(cwd, to) || to} already exists: nothing is replaced`);
  const root = io.workspaceFolderFor(fs, from);
  if (relativePath(root, to).startsWith('..')) throw new MoveError(`${toArgument} is outside the repository of ${fromArgument} (${root})`);
  if (fromStat.type === 'directory' && (to === from || to.startsWith(from + '/'))) throw new MoveError('a folder cannot move into itself');

  const index = new WorkspaceIndex({ fs, workspaceFolders: [root] });
  const linter = new Linter({ fs, workspaceFolders: [root], index });
  const moves = expandMove(index, from, to);
  if (moves.length === 0) throw new MoveError(`${fromArgument} holds no file to move`);
  const plan = planMoves(moveSourcesFor({ linter, index, fs, workspaceFolders: [root] }), moves, { redirect: options.redirect });
  if (options.dryRun) return { ...plan, moves, root };
  if (!fs.writeFile || !fs.moveFile) throw new MoveError('this file system cannot write');

  // Edits first, at the paths the files have now; then the moves; the redirection file last.
  for (const [path, edits] of plan.edits) {
    const bytes = fs.readFile(path);
    const decoded = bytes ? decodeText(bytes) : undefined;
    if (!bytes || decoded?.kind !== 'text') throw new MoveError(`${path} cannot be read as text`);
    fs.writeFile(path, encodeText(applyEdits(decoded.value.text, edits), decoded.value), { replacing: bytes });
  }
  for (const move of moves) fs.moveFile(move.from, move.to);
  if (plan.redirection) {
    const current = fs.readFile(plan.redirection.path);
    fs.writeFile(plan.redirection.path, new TextEncoder().encode(plan.redirection.text), current ? { replacing: current } : {});
  }
  return { ...plan, moves, root };
}

function report(io: MoveIo, plan: Applied, dryRun: boolean): void {
  const shown = (path: string) => escapeControl(relativePath(plan.root, path));
  const lines: string[] = [];
  const verb = dryRun ? 'Would move' : 'Moved';
  for (const move of plan.moves) lines.push(`${verb} ${shown(move.from)} → ${shown(move.to)}`);
  const editCount = [...plan.edits.values()].reduce((sum, edits) => sum + edits.length, 0);
  lines.push(
    `${dryRun ? 'Would update' : 'Updated'} ${editCount} link${editCount === 1 ? '' : 's'} in ${plan.edits.size} file${plan.edits.size === 1 ? '' : 's'}${plan.edits.size > 0 ? ':' : '.'}`,
  );
  for (const [path, edits] of [...plan.edits].sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${shown(path)} (${edits.length})`);
  if (plan.redirection) {
    const { path, created, entries } = plan.redirection;
    lines.push(
      `${dryRun ? 'Would add' : 'Added'} ${entries.length} redirection entr${entries.length === 1 ? 'y' : 'ies'} to ${shown(path)}${created ? ' (new file)' : ''}:`,
    );
    for (const entry of entries) lines.push(`  ${escapeControl(entry.source_path_from_root)} → ${escapeControl(entry.redirect_url)}`);
  }
  for (const note of plan.notes) lines.push(`Note: ${escapeControl(note)}`);
  io.stdout(lines.join('\n') + '\n');
}
