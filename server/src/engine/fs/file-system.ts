// The engine reads the disk only through this interface, so tests run over memory and the
// editor can serve unsaved buffers. Paths are absolute and use forward slashes.
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { moveFileSafely, writeFileSafely, WriteRefusedError, type WriteOptions } from './write-file.js';

export type EntryType = 'file' | 'directory' | 'symlink';

export interface DirectoryEntry {
  name: string;
  type: EntryType;
}

export interface FileStat {
  type: 'file' | 'directory';
  size: number;
  /**
   * When the file's content was last written (ms), where the file system knows: with the size, it
   * lets a cache trust a file unchanged without reading it. Undefined for an editor's unsaved text.
   */
  modifiedMs?: number;
}

/** What reading an input file gave: its bytes, nothing there, or a refusal that says why. */
export type BoundedRead = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'missing' } | { kind: 'refused'; reason: string };

export interface FileSystem {
  /** Bytes of a regular file (read as readBoundedFile does, up to MAX_READ_BYTES), or undefined when there is none or it was refused. */
  readFile(path: string): Uint8Array | undefined;
  /**
   * Bytes of a regular file of at most `maxBytes`. Anything else is refused without blocking or
   * reading on: a FIFO (which would block the read for ever), a device such as /dev/zero (which
   * never ends), a folder, or a file over the limit, even one that grows while it is read.
   */
  readBoundedFile(path: string, maxBytes: number): BoundedRead;
  /** Follows symlinks; undefined when nothing is there. */
  stat(path: string): FileStat | undefined;
  /** Entries of a folder (symlinks reported as such), or [] when it is not a folder. */
  readDirectory(path: string): DirectoryEntry[];
  /** The path with every symlink resolved, or undefined when it does not resolve. */
  realPath(path: string): string | undefined;
  /**
   * Replaces a file's content all at once (--fix, the cache): readers see the old content or the
   * new, never a mix, and a failed write leaves the old content. Never writes through a symlink.
   * Throws when the write fails, WriteRefusedError when it is refused (see WriteOptions).
   */
  writeFile?(path: string, content: Uint8Array, options?: WriteOptions): void;
  /** Moves a regular file to a path where nothing is; refuses symlinks and never replaces anything. */
  moveFile?(from: string, to: string): void;
}

export function toPosixPath(path: string): string {
  return path.replace(/\\/g, '/');
}

export function dirname(path: string): string {
  return nodePath.posix.dirname(path);
}

/** The last segment of a path: the file or folder name. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(...parts: string[]): string {
  return nodePath.posix.join(...parts);
}

export function resolvePath(...parts: string[]): string {
  return nodePath.posix.resolve(...parts);
}

export function relativePath(from: string, to: string): string {
  return nodePath.posix.relative(from, to);
}

/** True when `path` is `folder` or lies below it. */
export function isInside(path: string, folder: string): boolean {
  if (path === folder) return true;
  const prefix = folder.endsWith('/') ? folder : folder + '/';
  return path.startsWith(prefix);
}

/** Any file the engine reads: Markdown files far over maxFileSize are refused rather than held in memory. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`
    : `${bytes.toLocaleString('en-US')} bytes`;
}

/** The refusal of a file over `maxBytes`. */
export function overLimit(maxBytes: number): BoundedRead {
  return { kind: 'refused', reason: `it is larger than the limit of ${formatBytes(maxBytes)}` };
}

function bytesOf(read: BoundedRead): Uint8Array | undefined {
  return read.kind === 'bytes' ? read.bytes : undefined;
}

function describeSpecial(stat: nodeFs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

export class NodeFileSystem implements FileSystem {
  readFile(path: string): Uint8Array | undefined {
    return bytesOf(this.readBoundedFile(path, MAX_READ_BYTES));
  }

  readBoundedFile(path: string, maxBytes: number): BoundedRead {
    let descriptor: number;
    try {
      // Non-blocking: opening a FIFO for reading otherwise waits for a writer, for ever.
      descriptor = nodeFs.openSync(path, nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG') return { kind: 'missing' };
      return { kind: 'refused', reason: `it cannot be read (${code ?? String(error)})` };
    }
    try {
      const stat = nodeFs.fstatSync(descriptor);
      if (!stat.isFile()) return { kind: 'refused', reason: `it is ${describeSpecial(stat)}, not a regular file` };
      if (stat.size > maxBytes) return overLimit(maxBytes);
      // Read to the end, but never more than one byte past the limit: the file may grow after fstat.
      let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          if (length > maxBytes) return overLimit(maxBytes);
          const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
          buffer.copy(grown, 0, 0, length);
          buffer = grown;
        }
        const read = nodeFs.readSync(descriptor, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      return { kind: 'bytes', bytes: buffer.subarray(0, length) };
    } catch (error) {
      return { kind: 'refused', reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    } finally {
      nodeFs.closeSync(descriptor);
    }
  }

  stat(path: string): FileStat | undefined {
    try {
      const stat = nodeFs.statSync(path);
      if (stat.isFile()) return { type: 'file', size: stat.size, modifiedMs: stat.mtimeMs };
      if (stat.isDirectory()) return { type: 'directory', size: 0 };
      return undefined;
    } catch {
      return undefined;
    }
  }

  readDirectory(path: string): DirectoryEntry[] {
    try {
      const entries: DirectoryEntry[] = [];
      for (const entry of nodeFs.readdirSync(path, { withFileTypes: true })) {
        if (entry.isSymbolicLink()) entries.push({ name: entry.name, type: 'symlink' });
        else if (entry.isDirectory()) entries.push({ name: entry.name, type: 'directory' });
        else if (entry.isFile()) entries.push({ name: entry.name, type: 'file' });
      }
      return entries;
    } catch {
      return [];
    }
  }

  realPath(path: string): string | undefined {
    try {
      return toPosixPath(nodeFs.realpathSync.native(path));
    } catch {
      return undefined;
    }
  }

  /** Writes a temporary file beside the target, then renames it over the target (creating its folder if needed). */
  writeFile(path: string, content: Uint8Array, options?: WriteOptions): void {
    writeFileSafely(path, content, options);
  }
  moveFile(from: string, to: string): void {
    moveFileSafely(from, to);
  }
}

/** An in-memory tree for tests: `new MemoryFileSystem({ '/ws/a.md': '# A' })`. Symlinks map a path to a target path. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
  /** A write counter per file, standing in for a modification time. */
  private readonly written = new Map<string, number>();
  private writes = 0;
  /** FIFOs and devices: `stat` and listings skip them as Node's do, and reads refuse them. */
  private readonly specials = new Map<string, 'a named pipe (FIFO)' | 'a device'>();
  private readonly links = new Map<string, string>();
  private readonly folders = new Set<string>(['/']);

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.writeFile(path, content);
  }

  writeFile(path: string, content: string | Uint8Array, options?: WriteOptions): void {
    if (this.links.has(path)) throw new WriteRefusedError('it is a symbolic link, and links are never written through');
    if (options?.replacing) {
      const current = this.files.get(path);
      if (!current) throw new WriteRefusedError('it was deleted after it was read, and is not recreated');
      if (!sameBytes(current, options.replacing)) throw new WriteRefusedError('it changed on disk after it was read');
    }
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    this.written.set(path, ++this.writes);
    this.addFolders(dirname(path));
  }

  deleteFile(path: string): void {
    this.files.delete(path);
  }

  moveFile(from: string, to: string): void {
    const content = this.files.get(from);
    if (this.links.has(from)) throw new WriteRefusedError('it is a symbolic link, and links are never moved');
    if (!content) throw new WriteRefusedError('it is not a regular file');
    if (this.files.has(to) || this.links.has(to) || this.folders.has(to)) throw new WriteRefusedError(`${to} already exists`);
    this.files.delete(from);
    this.writeFile(to, content);
  }

  symlink(path: string, target: string): void {
    this.links.set(path, target);
    this.addFolders(dirname(path));
  }

  mkdir(path: string): void {
    this.addFolders(path);
  }

  /** A FIFO or a device such as /dev/zero at `path`. */
  special(path: string, kind: 'fifo' | 'device'): void {
    this.specials.set(path, kind === 'fifo' ? 'a named pipe (FIFO)' : 'a device');
    this.addFolders(dirname(path));
  }

  readFile(path: string): Uint8Array | undefined {
    return bytesOf(this.readBoundedFile(path, MAX_READ_BYTES));
  }

  readBoundedFile(path: string, maxBytes: number): BoundedRead {
    const real = this.realPath(path);
    if (real === undefined) return { kind: 'missing' };
    const special = this.specials.get(real) ?? (this.folders.has(real) ? 'a folder' : undefined);
    if (special) return { kind: 'refused', reason: `it is ${special}, not a regular file` };
    const bytes = this.files.get(real);
    if (!bytes) return { kind: 'missing' };
    return bytes.byteLength > maxBytes ? overLimit(maxBytes) : { kind: 'bytes', bytes };
  }

  stat(path: string): FileStat | undefined {
    const real = this.realPath(path);
    if (real === undefined) return undefined;
    const file = this.files.get(real);
    if (file) return { type: 'file', size: file.byteLength, modifiedMs: this.written.get(real)! };
    return this.folders.has(real) ? { type: 'directory', size: 0 } : undefined;
  }

  readDirectory(path: string): DirectoryEntry[] {
    const real = this.realPath(path);
    if (real === undefined || !this.folders.has(real)) return [];
    const prefix = real === '/' ? '/' : real + '/';
    const entries = new Map<string, DirectoryEntry>();
    const add = (child: string, type: EntryType) => {
      if (!child.startsWith(prefix) || child === real) return;
      const name = child.slice(prefix.length).split('/')[0]!;
      const isDirect = !child.slice(prefix.length).includes('/');
      if (!entries.has(name)) entries.set(name, { name, type: isDirect ? type : 'directory' });
    };
    for (const file of this.files.keys()) add(file, 'file');
    for (const folder of this.folders) add(folder, 'directory');
    for (const link of this.links.keys()) add(link, 'symlink');
    return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  realPath(path: string): string | undefined {
    let current = '/';
    const parts = resolvePath(path).split('/').filter(Boolean);
    let hops = 0;
    while (parts.length > 0) {
      const next = joinPath(current, parts.shift()!);
      const target = this.links.get(next);
      if (target !== undefined) {
        if (++hops > 40) return undefined;
        parts.unshift(...resolvePath(dirname(next), target).split('/').filter(Boolean));
        current = '/';
        continue;
      }
      if (!this.files.has(next) && !this.folders.has(next) && !this.specials.has(next)) return undefined;
      current = next;
    }
    return current;
  }

  private addFolders(path: string): void {
    let folder = path;
    while (!this.folders.has(folder)) {
      this.folders.add(folder);
      folder = dirname(folder);
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}
