// The workspace's files as a tree: which files and folders exist, with their exact letter case.
// Directory listings are read once and kept; symlinks count only while their real path stays inside
// a workspace folder, and each real folder is walked once (symlink loops). Nothing outside the
// workspace folders is read.
import { PUBLISH_CONFIG } from '../config/docfx.js';
import { basename, dirname, isInside, joinPath, type FileSystem } from '../fs/file-system.js';
import type { Lookup } from './lookup.js';

export interface ListingEntry {
  name: string;
  type: 'file' | 'directory';
}

/** A folder's entries by lower-case name; null when the folder cannot be listed. */
type Listing = Map<string, ListingEntry[]> | null;

interface Walked {
  /** Every file by lower-case name. */
  byName: Map<string, string[]>;
  markdown: Set<string>;
  /** Folders holding a docfx.json or a publishing config. */
  docsetFolders: Set<string>;
}

/** What a tree has read, as plain data (structured clone): another tree over the same workspace starts from it. */
export interface FileTreeSnapshot {
  listings: Map<string, Listing>;
  walked: Walked | undefined;
}

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.guidancelint-cache']);
/** A Markdown file's name: the files the link graph summarises. */
export const MARKDOWN = /\.(md|markdown)$/i;
/** The files that decide docsets: a change to one changes how every path resolves. */
export const DOCSET_FILES = new Set(['docfx.json', PUBLISH_CONFIG]);

export function isMarkdownPath(path: string): boolean {
  return MARKDOWN.test(path);
}

export class FileTree {
  private readonly listings: Map<string, Listing>;
  private walked: Walked | undefined;
  private realFolders: string[] | undefined;
  private readonly changedSinceWalk = new Set<string>();

  constructor(
    private readonly fs: FileSystem,
    readonly workspaceFolders: string[],
    snapshot?: FileTreeSnapshot,
  ) {
    this.listings = snapshot?.listings ?? new Map();
    this.walked = snapshot?.walked;
  }

  /** The listings read and the walk, shared (not copied): clone or serialise before changing either side. */
  snapshot(): FileTreeSnapshot {
    this.walk();
    return { listings: this.listings, walked: this.walked };
  }

  /**
   * Whether the walk found this Markdown file and it has not changed since: its real path is inside
   * the workspace (no need to ask the disk again).
   */
  isWalkedMarkdown(path: string): boolean {
    return this.walked?.markdown.has(path) === true && !this.changedSinceWalk.has(path);
  }

  /** A file changed on disk: it may now be a symlink, so where it really is is asked again. */
  fileChanged(path: string): void {
    this.changedSinceWalk.add(path);
  }

  workspaceFolderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.workspaceFolders) if (isInside(path, folder) && (!best || folder.length > best.length)) best = folder;
    return best;
  }

  lookup(path: string): Lookup | undefined {
    const folder = this.workspaceFolderOf(path);
    if (!folder) return undefined;
    let current = folder;
    let exactCase = true;
    let type: ListingEntry['type'] = 'directory';
    for (const segment of path.slice(folder.length).split('/')) {
      if (segment === '') continue;
      if (type !== 'directory') return undefined;
      const candidates = this.listing(current)?.get(segment.toLowerCase());
      if (!candidates) return undefined;
      const match = candidates.find((candidate) => candidate.name === segment) ?? candidates[0]!;
      if (match.name !== segment) exactCase = false;
      current = joinPath(current, match.name);
      type = match.type;
    }
    return { kind: type, path: current, exactCase };
  }

  /** Entries of a folder (resolved symlinks that stay inside the workspace). */
  entriesOf(folder: string): ListingEntry[] {
    return [...(this.listing(folder)?.values() ?? [])].flat();
  }

  /** Every Markdown file in the workspace, in walk order. */
  markdown(): ReadonlySet<string> {
    return this.walk().markdown;
  }

  /** Every file in the workspace (any kind), sorted. */
  allFiles(): string[] {
    return [...this.walk().byName.values()].flat().sort();
  }

  docsetFolders(): string[] {
    return [...this.walk().docsetFolders];
  }

  /** Files anywhere in the workspace with this name, ignoring case. */
  filesNamed(name: string): string[] {
    return this.walk().byName.get(name.toLowerCase()) ?? [];
  }

  /** Files anywhere in the workspace whose name matches `pattern`, sorted. */
  filesMatching(pattern: RegExp): string[] {
    const files: string[] = [];
    for (const paths of this.walk().byName.values()) for (const path of paths) if (pattern.test(basename(path))) files.push(path);
    return files.sort();
  }

  /** Whether a real path (symlinks resolved) lies inside a workspace folder. */
  insideWorkspace(realPath: string): boolean {
    this.realFolders ??= this.workspaceFolders.map((folder) => this.fs.realPath(folder) ?? folder);
    return this.realFolders.some((folder) => isInside(realPath, folder));
  }

  /** A file appeared (or changed) at `path`: it joins the walked tree when it is new. */
  fileAdded(path: string): void {
    if (!this.walked) return;
    addToList(this.walked.byName, basename(path).toLowerCase(), path);
    // As in a walk, a file whose real path leaves the workspace is no Markdown file of it.
    const real = MARKDOWN.test(path) ? this.fs.realPath(path) : undefined;
    if (real && this.insideWorkspace(real)) this.walked.markdown.add(path);
    if (DOCSET_FILES.has(basename(path))) this.walked.docsetFolders.add(dirname(path));
  }

  /** A folder appeared: walk the tree again on next use. */
  folderAdded(): void {
    this.walked = undefined;
    this.changedSinceWalk.clear();
  }

  /** A file or folder was deleted. */
  removed(path: string): void {
    this.forgetListingsFor(path);
    if (!this.walked) return;
    for (const [name, paths] of this.walked.byName) {
      const kept = paths.filter((file) => file !== path && !isInside(file, path));
      if (kept.length !== paths.length) this.walked.byName.set(name, kept);
    }
    for (const file of [...this.walked.markdown]) if (file === path || isInside(file, path)) this.walked.markdown.delete(file);
  }

  /** Forget every listing (settings changed: read the tree again). */
  reset(): void {
    this.listings.clear();
    this.walked = undefined;
    this.changedSinceWalk.clear();
  }

  private listing(folder: string): Map<string, ListingEntry[]> | undefined {
    const cached = this.listings.get(folder);
    if (cached !== undefined) return cached ?? undefined;
    let listing: Listing = null;
    const real = this.fs.realPath(folder);
    if (real && this.insideWorkspace(real) && this.fs.stat(folder)?.type === 'directory') {
      listing = new Map();
      for (const entry of this.fs.readDirectory(folder)) {
        let type: ListingEntry['type'] | undefined = entry.type === 'symlink' ? undefined : entry.type;
        if (entry.type === 'symlink') {
          const target = this.fs.realPath(joinPath(folder, entry.name));
          if (target && this.insideWorkspace(target)) type = this.fs.stat(target)?.type;
        }
        if (!type) continue;
        const key = entry.name.toLowerCase();
        const list = listing.get(key);
        if (list) list.push({ name: entry.name, type });
        else listing.set(key, [{ name: entry.name, type }]);
      }
    }
    this.listings.set(folder, listing);
    return listing ?? undefined;
  }

  private walk(): Walked {
    if (this.walked) return this.walked;
    const walked: Walked = { byName: new Map(), markdown: new Set(), docsetFolders: new Set() };
    const visitedReal = new Set<string>();
    const pending = [...this.workspaceFolders];
    while (pending.length > 0) {
      const folder = pending.pop()!;
      const real = this.fs.realPath(folder);
      // A symlink loop or two links to one folder: walk each real folder once.
      if (!real || visitedReal.has(real)) continue;
      visitedReal.add(real);
      for (const entry of this.entriesOf(folder)) {
        const path = joinPath(folder, entry.name);
        if (entry.type === 'directory') {
          if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(path);
          continue;
        }
        addToList(walked.byName, entry.name.toLowerCase(), path);
        if (MARKDOWN.test(entry.name)) walked.markdown.add(path);
        if (DOCSET_FILES.has(entry.name)) walked.docsetFolders.add(folder);
      }
    }
    this.walked = walked;
    return walked;
  }

  /** Listings that a new or deleted `path` may change are read again. */
  forgetListingsFor(path: string): void {
    for (const folder of [...this.listings.keys()]) if (folder === path || isInside(folder, path)) this.listings.delete(folder);
    // New folders may sit between the file and a folder already listed: re-list every ancestor.
    for (let folder = dirname(path); this.workspaceFolderOf(folder); folder = dirname(folder)) {
      this.listings.delete(folder);
      if (dirname(folder) === folder) break;
    }
  }
}

function addToList(map: Map<string, string[]>, key: string, value: string): void {
  const existing = map.get(key);
  if (!existing) map.set(key, [value]);
  else if (!existing.includes(value)) existing.push(value);
}
