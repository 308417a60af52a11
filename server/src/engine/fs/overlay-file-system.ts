// The disk as the editor sees it: open documents' unsaved text shadows the file on disk.
import { overLimit, type BoundedRead, type DirectoryEntry, type FileStat, type FileSystem } from './file-system.js';

export class OverlayFileSystem implements FileSystem {
  private readonly overlays = new Map<string, Uint8Array>();

  constructor(private readonly base: FileSystem) {}

  setOverlay(path: string, text: string): void {
    this.overlays.set(path, new TextEncoder().encode(text));
  }

  deleteOverlay(path: string): void {
    this.overlays.delete(path);
  }

  readFile(path: string): Uint8Array | undefined {
    return this.overlays.get(path) ?? this.base.readFile(path);
  }

  readBoundedFile(path: string, maxBytes: number): BoundedRead {
    const overlay = this.overlays.get(path);
    if (!overlay) return this.base.readBoundedFile(path, maxBytes);
    return overlay.byteLength > maxBytes ? overLimit(maxBytes) : { kind: 'bytes', bytes: overlay };
  }

  stat(path: string): FileStat | undefined {
    const overlay = this.overlays.get(path);
    return overlay ? { type: 'file', size: overlay.byteLength } : this.base.stat(path);
  }

  readDirectory(path: string): DirectoryEntry[] {
    return this.base.readDirectory(path);
  }

  realPath(path: string): string | undefined {
    return this.overlays.has(path) ? (this.base.realPath(path) ?? path) : this.base.realPath(path);
  }
}
