// Writing a file without trusting what a repository put on disk: the CLI writes fixed files and its
// cache inside checkouts that anyone may have prepared. A symlink is never followed (it could point
// at ~/.bashrc), temporary files are created exclusively beside the target and renamed over it, and
// a fixed file is replaced only while it still holds what was read: same bytes, writable, one link.
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as nodePath from 'node:path';

export interface WriteOptions {
  /**
   * Replace only an existing regular file that still holds exactly these bytes, keeping its mode;
   * never create one. Without it, the file is created or replaced.
   */
  replacing?: Uint8Array;
}

/** A write that was refused on purpose; the message says why, for the person running the tool. */
export class WriteRefusedError extends Error {}

export function writeFileSafely(path: string, content: Uint8Array, options: WriteOptions = {}): void {
  const before = lstat(path);
  if (before?.isSymbolicLink()) throw new WriteRefusedError('it is a symbolic link, and links are never written through');
  if (before && !before.isFile()) throw new WriteRefusedError('it is not a regular file');
  if (options.replacing) {
    if (!before) throw new WriteRefusedError('it was deleted after it was read, and is not recreated');
    checkReplaceable(path, before, options.replacing);
  } else if (!before) {
    nodeFs.mkdirSync(nodePath.dirname(path), { recursive: true });
  }
  const temporary = nodePath.join(
    nodePath.dirname(path),
    `.${nodePath.basename(path)}.${randomBytes(6).toString('hex')}.guidance-lint.tmp`,
  );
  // 'wx' is O_CREAT|O_EXCL: it fails on anything already there, a planted symlink included.
  // A new file gets the usual 0o666 less the umask; a replaced one keeps its mode exactly, set
  // explicitly because the mode given to open is narrowed by the umask.
  const fd = nodeFs.openSync(temporary, 'wx', before ? 0o600 : 0o666);
  try {
    try {
      nodeFs.writeFileSync(fd, content);
      if (before) {
        keepOwner(fd, before);
        // After chown, which clears set-id bits.
        nodeFs.fchmodSync(fd, before.mode & 0o7777);
      }
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
    const now = lstat(path);
    if (options.replacing && (!now || !sameFile(before!, now)))
      throw new WriteRefusedError(now ? 'it changed on disk after it was read' : 'it was deleted after it was read, and is not recreated');
    if (now?.isSymbolicLink()) throw new WriteRefusedError('it is a symbolic link, and links are never written through');
    nodeFs.renameSync(temporary, path);
  } catch (error) {
    nodeFs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** A fixed file is replaced only when nothing but the fixes would change. */
function checkReplaceable(path: string, before: nodeFs.Stats, expected: Uint8Array): void {
  if ((before.mode & 0o200) === 0 || !isWritable(path)) throw new WriteRefusedError('it is read-only');
  // Renaming a new file over one with other hard links would split them; writing in place could
  // leave a half-written file if the run is killed. Neither is acceptable, so such files are left.
  if (before.nlink > 1) throw new WriteRefusedError(`it has ${before.nlink} hard links, and replacing it would separate them`);
  const fd = nodeFs.openSync(path, nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NOFOLLOW ?? 0) | (nodeFs.constants.O_NONBLOCK ?? 0));
  try {
    const opened = nodeFs.fstatSync(fd);
    if (!opened.isFile() || !sameFile(before, opened)) throw new WriteRefusedError('it changed on disk after it was read');
    const current = nodeFs.readFileSync(fd);
    if (!Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength).equals(current))
      throw new WriteRefusedError('it changed on disk after it was read');
  } finally {
    nodeFs.closeSync(fd);
  }
}

/** The replaced file's owner and group, where this process may set them (root, or a group it is in). */
function keepOwner(fd: number, before: nodeFs.Stats): void {
  try {
    nodeFs.fchownSync(fd, before.uid, before.gid);
  } catch {
    // Not permitted: the new file keeps this process's owner, as any editor's save would.
  }
}

function sameFile(a: nodeFs.Stats, b: nodeFs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.isFile() === b.isFile();
}

function isWritable(path: string): boolean {
  try {
    nodeFs.accessSync(path, nodeFs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function lstat(path: string): nodeFs.Stats | undefined {
  try {
    return nodeFs.lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Moves a regular file to a path where nothing is yet, creating its folder. A hard link then an
 * unlink never replaces what is at `to` (even a symlink planted there meanwhile); where hard links
 * are not possible (another device), a rename after the same checks.
 */
export function moveFileSafely(from: string, to: string): void {
  const before = lstat(from);
  if (!before) throw new WriteRefusedError('it does not exist');
  if (before.isSymbolicLink()) throw new WriteRefusedError('it is a symbolic link, and links are never moved');
  if (!before.isFile()) throw new WriteRefusedError('it is not a regular file');
  if (lstat(to)) throw new WriteRefusedError(`${to} already exists`);
  nodeFs.mkdirSync(nodePath.dirname(to), { recursive: true });
  try {
    nodeFs.linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteRefusedError(`${to} already exists`);
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    nodeFs.renameSync(from, to);
    return;
  }
  nodeFs.unlinkSync(from);
}
