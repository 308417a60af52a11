// The engine reads the disk only through this interface, so tests run over memory and the
// editor can serve unsaved buffers. Paths are absolute and use forward slashes.
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { writeFileSafely, WriteRefusedError, type WriteOptions } from './write-file.js';

export type EntryType = 'file' | 'directory' | 'symlink';

export interface DirectoryEntry {
  name: string;
  type: EntryType;
}

export interface FileStat {
  type: 'file' | 'directory';
  size: number;
}

export interface FileSystem {
  /** Bytes of a file, or undefined when it does not exist or is not a file. */
  readFile(path: string): Uint8Array | undefined;
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
}

export function toPosixPath(path: string): string {
  return path.replace(/\\/g, '/');
}

export function dirname(path: string): string {
  return nodePath.posix.dirname(path);
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

export class NodeFileSystem implements FileSystem {
  readFile(path: string): Uint8Array | undefined {
    try {
      return nodeFs.readFileSync(path);
    } catch {
      return undefined;
    }
  }

  stat(path: string): FileStat | undefined {
    try {
      const stat = nodeFs.statSync(path);
      if (stat.isFile()) return { type: 'file', size: stat.size };
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
}

/** An in-memory tree for tests: `new MemoryFileSystem({ '/ws/a.md': '# A' })`. Symlinks map a path to a target path. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
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
    this.addFolders(dirname(path));
  }

  deleteFile(path: string): void {
    this.files.delete(path);
  }

  symlink(path: string, target: string): void {
    this.links.set(path, target);
    this.addFolders(dirname(path));
  }

  mkdir(path: string): void {
    this.addFolders(path);
  }

  readFile(path: string): Uint8Array | undefined {
    const real = this.realPath(path);
    return real === undefined ? undefined : this.files.get(real);
  }

  stat(path: string): FileStat | undefined {
    const real = this.realPath(path);
    if (real === undefined) return undefined;
    const file = this.files.get(real);
    if (file) return { type: 'file', size: file.byteLength };
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
      if (!this.files.has(next) && !this.folders.has(next)) return undefined;
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
