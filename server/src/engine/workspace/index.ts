// The workspace index: which files exist (with their exact letter case), and for every Markdown file
// a small summary (anchors, includes, link targets) with reverse edges (who links to a file, who
// includes it). Directory listings are read once and kept; summaries come from a cheap scan, not a
// full parse. Built eagerly (CLI, language server) or filled lazily as rules ask (single-file lint):
// either way it answers the same. Nothing outside the workspace folders is read.
import { DocfxProjects, PUBLISH_CONFIG } from '../config/docfx.js';
import { DEFAULT_MAX_FILE_SIZE, exceededLimit, MAX_UID_FILE_SIZE } from '../limits.js';
import { parseDocument, type DocumentModel } from '../parse/document.js';
import { decodeText } from '../parse/text.js';
import { basename, dirname, isInside, joinPath, type FileSystem } from '../fs/file-system.js';
import { RedirectMap } from './graph/redirects.js';
import { scanMarkdown, type ScannedMetadata } from './graph/scan.js';
import { TocGraph } from './graph/tocs.js';
import { includedFile, SiteModel, type Target } from './graph/site.js';
import { UidTable, YAML_FILE } from './graph/uids.js';
import { classifyDestination } from './graph/urls.js';
import type { Lookup } from './lookup.js';

export type { Lookup } from './lookup.js';

export interface FileSummary {
  path: string;
  title: string | undefined;
  /** The first H1's text. */
  h1: string | undefined;
  /** Front matter values the docset-wide checks read. */
  metadata: ScannedMetadata;
  /** Lower-case anchors of the file itself (heading ids, `tab/…`, explicit anchors). */
  anchors: Set<string>;
  /** Absolute paths the file includes, as resolved. */
  includes: string[];
  /** Absolute paths the file's links and images point to, as resolved. */
  links: string[];
  /** Section heading levels and includes (resolved paths) in document order: headings as the build checks them. */
  outline: OutlineEntry[];
  /** Front matter `uid`, and whether a `monikerRange` versions it. */
  uid: string | undefined;
  versioned: boolean;
}

export type OutlineEntry = { depth: number } | { include: string };

export interface WorkspaceIndexOptions {
  fs: FileSystem;
  workspaceFolders: string[];
  /** Share the linter's docfx cache; one is made when omitted. */
  docfx?: DocfxProjects;
  /**
   * Keep "who links to this file" edges (default true). The language server needs them to re-check
   * linkers after an edit; a one-shot CLI run does not, and skipping them saves resolving every
   * destination of every scanned file and the memory of the edges.
   */
  trackLinkers?: boolean;
}

interface ListingEntry {
  name: string;
  type: 'file' | 'directory';
}

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.guidancelint-cache']);
const MARKDOWN = /\.(md|markdown)$/i;
const DOCSET_FILES = new Set(['docfx.json', PUBLISH_CONFIG]);

export function isMarkdownPath(path: string): boolean {
  return MARKDOWN.test(path);
}

/** The anchors a parsed document defines, lower case: numbered heading ids, tab ids, explicit anchors. */
export function documentAnchors(model: DocumentModel): Set<string> {
  const anchors = new Set<string>();
  for (const heading of model.headings) {
    if (!heading.isTab) anchors.add(heading.id.toLowerCase());
    else {
      const link = heading.node.children[0];
      if (link?.type === 'link') anchors.add(link.url.slice(1).toLowerCase());
    }
  }
  for (const anchor of model.anchors) anchors.add(anchor.id.toLowerCase());
  return anchors;
}

export class WorkspaceIndex {
  readonly fs: FileSystem;
  readonly site: SiteModel;
  /** Redirected articles from the repository's redirection files, read on first use. */
  readonly redirects: RedirectMap;
  /** What the tables of contents point at, read on first use. */
  readonly tocs: TocGraph;
  /** The uids the repository defines (front matter, YAML files), combined on first use. */
  readonly uids: UidTable;
  private readonly listings = new Map<string, Map<string, ListingEntry[]> | null>();
  private readonly summaries = new Map<string, FileSummary | null>();
  private readonly preciseAnchors = new Map<string, Set<string>>();
  private readonly linkers = new Map<string, Set<string>>();
  private readonly includers = new Map<string, Set<string>>();
  private realFolders: string[] | undefined;
  /** Filled by the first full walk. */
  private walked: { byName: Map<string, string[]>; markdown: Set<string>; docsetFolders: Set<string> } | undefined;
  private complete = false;
  private readonly readListeners = new Set<(path: string) => void>();
  private changeCount = 0;

  constructor(private readonly options: WorkspaceIndexOptions) {
    this.fs = options.fs;
    const docfx = options.docfx ?? new DocfxProjects(options.fs, options.workspaceFolders);
    this.site = new SiteModel(options.fs, options.workspaceFolders, docfx, () => [...this.walk().docsetFolders]);
    this.redirects = new RedirectMap({
      fs: options.fs,
      site: this.site,
      lookup: (path) => this.lookup(path),
      filesMatching: (pattern) => this.filesMatching(pattern),
    });
    this.tocs = new TocGraph({
      filesMatching: (pattern) => this.filesMatching(pattern),
      readText: (path) => this.readText(path),
      resolve: (source, written) => this.resolve(source, written),
      docsetRootOf: (path) => this.site.docsetRootOf(path),
    });
    this.uids = new UidTable({
      markdownSummaries: () => {
        this.ensureComplete();
        return [...this.walk().markdown].flatMap((path) => this.summaryUntracked(path) ?? []);
      },
      yamlFiles: () => this.filesMatching(YAML_FILE),
      readText: (path) => {
        const read = this.fs.readBoundedFile(path, MAX_UID_FILE_SIZE);
        if (read.kind !== 'bytes') return undefined;
        const decoded = decodeText(read.bytes);
        return decoded.kind === 'text' ? decoded.value.text : undefined;
      },
    });
  }

  get workspaceFolders(): string[] {
    return this.options.workspaceFolders;
  }

  /** Grows with every change (update, remove, reset): facts derived from many summaries are cached against it. */
  get changes(): number {
    return this.changeCount;
  }

  /** Walks the workspace and summarises every Markdown file. */
  build(): void {
    for (const _ of this.buildSteps());
  }

  /** `build` in steps, so a server can yield to its event loop and report progress. */
  *buildSteps(stepSize = 200): Generator<{ done: number; total: number }> {
    const files = [...this.walk().markdown];
    for (let index = 0; index < files.length; index++) {
      this.summaryUntracked(files[index]!);
      if (index % stepSize === stepSize - 1) yield { done: index + 1, total: files.length };
    }
    this.complete = true;
    yield { done: files.length, total: files.length };
  }

  /** Every Markdown file in the workspace, sorted. */
  markdownFiles(): string[] {
    return [...this.walk().markdown].sort();
  }

  /** Every file in the workspace (any kind), sorted: the tree a run's results depend on. */
  allFiles(): string[] {
    return [...this.walk().byName.values()].flat().sort();
  }

  /**
   * Calls `listener` with each Markdown file whose content a check reads (`*` when a check needs
   * all of them), so a cache knows what a file's findings depend on. Returns the unsubscribe.
   */
  observeReads(listener: (path: string) => void): () => void {
    this.readListeners.add(listener);
    return () => this.readListeners.delete(listener);
  }

  private noteRead(path: string): void {
    for (const listener of this.readListeners) listener(path);
  }

  // ---- Files and their letter case -------------------------------------------------------

  lookup(path: string): Lookup | undefined {
    const folder = this.site.workspaceFolderOf(path);
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

  /** Entries of a folder (resolved symlinks that stay inside the workspace), by lower-case name. */
  entriesOf(folder: string): ListingEntry[] {
    return [...(this.listing(folder)?.values() ?? [])].flat();
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

  private listing(folder: string): Map<string, ListingEntry[]> | undefined {
    const cached = this.listings.get(folder);
    if (cached !== undefined) return cached ?? undefined;
    let listing: Map<string, ListingEntry[]> | null = null;
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

  private insideWorkspace(realPath: string): boolean {
    this.realFolders ??= this.options.workspaceFolders.map((folder) => this.fs.realPath(folder) ?? folder);
    return this.realFolders.some((folder) => isInside(realPath, folder));
  }

  private walk(): NonNullable<WorkspaceIndex['walked']> {
    if (this.walked) return this.walked;
    const walked = { byName: new Map<string, string[]>(), markdown: new Set<string>(), docsetFolders: new Set<string>() };
    const visitedReal = new Set<string>();
    const pending = [...this.options.workspaceFolders];
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

  // ---- Summaries -------------------------------------------------------------------------

  /** The summary of a Markdown file, scanned on first use; undefined when it cannot be read. */
  summary(path: string): FileSummary | undefined {
    this.noteRead(path);
    return this.summaryUntracked(path);
  }

  /** `summary` for the index's own walks, which are not a check reading the file. */
  private summaryUntracked(path: string): FileSummary | undefined {
    const cached = this.summaries.get(path);
    if (cached !== undefined) return cached ?? undefined;
    const summary = this.scan(path);
    this.summaries.set(path, summary ?? null);
    if (summary) this.addEdges(summary);
    return summary;
  }

  titleOf(path: string): string | undefined {
    return this.summary(path)?.title;
  }

  /** Lower-case anchors of a file including those of the files it includes (from the scan). */
  anchorsOf(path: string): Set<string> {
    return this.collectAnchors(path, (file) => this.summary(file)?.anchors, new Set());
  }

  /** The same from a full parse: used to confirm that an anchor is really missing. */
  preciseAnchorsOf(path: string): Set<string> {
    return this.collectAnchors(path, (file) => this.parsedAnchors(file), new Set());
  }

  /** Files that include `path` (the whole workspace is summarised first). */
  includersOf(path: string): string[] {
    this.ensureComplete();
    return [...(this.includers.get(path.toLowerCase()) ?? [])];
  }

  /** Files whose links or images point to `path` (also without its `.md`). */
  linkersOf(path: string): string[] {
    this.ensureComplete();
    const keys = [path.toLowerCase(), path.toLowerCase().replace(MARKDOWN, '')];
    return [...new Set(keys.flatMap((key) => [...(this.linkers.get(key) ?? [])]))];
  }

  /** Resolves a destination written in `source` the way the rules do. */
  resolve(source: string, written: string, configured?: Record<string, string>): Target {
    return this.site.resolve(source, classifyDestination(written), configured);
  }

  private collectAnchors(path: string, own: (file: string) => Set<string> | undefined, visiting: Set<string>): Set<string> {
    const anchors = own(path) ?? new Set<string>();
    const includes = this.summary(path)?.includes ?? [];
    if (includes.length === 0) return anchors;
    visiting.add(path);
    const all = new Set(anchors);
    for (const include of includes) {
      const actual = this.lookup(include);
      if (actual?.kind !== 'file' || visiting.has(actual.path)) continue;
      for (const anchor of this.collectAnchors(actual.path, own, visiting)) all.add(anchor);
    }
    return all;
  }

  private parsedAnchors(path: string): Set<string> | undefined {
    this.noteRead(path);
    const cached = this.preciseAnchors.get(path);
    if (cached) return cached;
    const text = this.readText(path);
    if (text === undefined) return undefined;
    // A target too big or too deep to parse keeps the scanner's anchors: the linter checks such a file cheaply too.
    const anchors = exceededLimit(text, DEFAULT_MAX_FILE_SIZE)
      ? (this.summaryUntracked(path)?.anchors ?? new Set<string>())
      : documentAnchors(parseDocument(path, text));
    this.preciseAnchors.set(path, anchors);
    return anchors;
  }

  /** Summarises every Markdown file (once) and notes that the check reading them depends on all of them. */
  ensureComplete(): void {
    this.noteRead('*');
    if (this.complete) return;
    for (const path of this.walk().markdown) this.summaryUntracked(path);
    this.complete = true;
  }

  private readText(path: string): string | undefined {
    const bytes = this.fs.readFile(path);
    if (!bytes) return undefined;
    const decoded = decodeText(bytes);
    return decoded.kind === 'text' ? decoded.value.text : undefined;
  }

  private scan(path: string): FileSummary | undefined {
    if (!MARKDOWN.test(path) || !this.site.workspaceFolderOf(path)) return undefined;
    const real = this.fs.realPath(path);
    if (!real || !this.insideWorkspace(real)) return undefined;
    const text = this.readText(path);
    if (text === undefined) return undefined;
    const scanned = scanMarkdown(text);
    const targetPath = (written: string): string | undefined => {
      const target = this.resolve(path, written);
      return target.kind === 'path' || ((target.kind === 'site' || target.kind === 'outside-docset') && target.path)
        ? target.path
        : undefined;
    };
    const includeFile = (written: string): string | undefined => includedFile(this.resolve(path, written));
    const includes = scanned.includes.map(includeFile).filter((target): target is string => target !== undefined);
    const outline = scanned.outline.flatMap((entry): OutlineEntry[] => {
      if ('depth' in entry) return [entry];
      const file = includeFile(entry.include);
      return file === undefined ? [] : [{ include: file }];
    });
    // The `[title](path)` inside an include reads as a link destination too; it is an include edge only.
    const includeSet = new Set(includes);
    return {
      path,
      title: scanned.title,
      h1: scanned.h1,
      metadata: scanned.metadata,
      anchors: new Set(scanned.anchors.map((anchor) => anchor.toLowerCase())),
      includes,
      outline,
      uid: scanned.uid,
      versioned: scanned.versioned,
      links:
        this.options.trackLinkers === false
          ? []
          : [
              ...new Set(
                scanned.destinations.map(targetPath).filter((target): target is string => target !== undefined && !includeSet.has(target)),
              ),
            ],
    };
  }

  private addEdges(summary: FileSummary): void {
    for (const target of summary.includes) addToSet(this.includers, target.toLowerCase(), summary.path);
    for (const target of summary.links) addToSet(this.linkers, target.toLowerCase(), summary.path);
  }

  private removeEdges(summary: FileSummary): void {
    for (const target of summary.includes) this.includers.get(target.toLowerCase())?.delete(summary.path);
    for (const target of summary.links) this.linkers.get(target.toLowerCase())?.delete(summary.path);
  }

  // ---- Changes ---------------------------------------------------------------------------

  /**
   * A file was created or changed (on disk or in an editor buffer). Returns the other files whose
   * findings may change: linkers when anchors or existence changed, includers and included files.
   */
  update(path: string): Set<string> {
    this.changeCount++;
    const isNew = this.lookup(path)?.path !== path;
    if (isNew) this.forgetListingsFor(path);
    if (this.fs.stat(path)?.type === 'directory') return this.folderAdded(path);
    if (isNew && this.walked) {
      addToList(this.walked.byName, basename(path).toLowerCase(), path);
      if (MARKDOWN.test(path)) this.walked.markdown.add(path);
      if (DOCSET_FILES.has(basename(path))) this.walked.docsetFolders.add(dirname(path));
    }
    if (DOCSET_FILES.has(basename(path))) return this.reset();
    if (this.redirects.isRedirectionFile(path)) return this.redirectsChanged();
    this.tocs.changed(path);
    this.uids.changed(path);
    const before = this.forgetSummary(path);
    const after = this.summary(path);
    return this.dependents(path, before, after, isNew);
  }

  /** A file or folder was deleted. Returns the files whose findings may change. */
  remove(path: string): Set<string> {
    this.changeCount++;
    const removed = [...this.summaries.keys()].filter((file) => file === path || isInside(file, path));
    this.forgetListingsFor(path);
    if (this.walked) {
      for (const [name, paths] of this.walked.byName) {
        const kept = paths.filter((file) => file !== path && !isInside(file, path));
        if (kept.length !== paths.length) this.walked.byName.set(name, kept);
      }
      for (const file of [...this.walked.markdown]) if (file === path || isInside(file, path)) this.walked.markdown.delete(file);
    }
    if (DOCSET_FILES.has(basename(path))) return this.reset();
    if (this.redirects.isRedirectionFile(path)) return this.redirectsChanged();
    this.tocs.changed(path);
    this.uids.reset();
    const dependents = new Set<string>();
    for (const file of removed.length > 0 ? removed : [path]) {
      for (const dependent of this.dependents(file, this.forgetSummary(file), undefined, true)) dependents.add(dependent);
    }
    for (const file of removed) dependents.delete(file);
    return dependents;
  }

  rename(from: string, to: string): Set<string> {
    const dependents = this.remove(from);
    for (const dependent of this.update(to)) dependents.add(dependent);
    dependents.delete(from);
    return dependents;
  }

  /** Forget everything (a docfx.json or publishing config changed: every resolution may differ). Returns every Markdown file. */
  reset(): Set<string> {
    this.changeCount++;
    this.listings.clear();
    this.summaries.clear();
    this.preciseAnchors.clear();
    this.linkers.clear();
    this.includers.clear();
    this.walked = undefined;
    this.complete = false;
    this.site.invalidate();
    this.redirects.invalidate();
    this.tocs.invalidate();
    this.uids.reset();
    return new Set(this.walk().markdown);
  }

  /** A redirection file changed: any link to a missing article may now be moved, or missing. Returns every Markdown file. */
  private redirectsChanged(): Set<string> {
    this.redirects.invalidate();
    return new Set(this.walk().markdown);
  }

  private folderAdded(folder: string): Set<string> {
    this.walked = undefined;
    const dependents = new Set<string>();
    for (const file of this.walk().markdown) {
      if (!isInside(file, folder)) continue;
      for (const dependent of this.update(file)) dependents.add(dependent);
      dependents.add(file);
    }
    return dependents;
  }

  private forgetSummary(path: string): FileSummary | undefined {
    const before = this.summaries.get(path) ?? undefined;
    if (before) this.removeEdges(before);
    this.summaries.delete(path);
    this.preciseAnchors.delete(path);
    return before;
  }

  private forgetListingsFor(path: string): void {
    for (const folder of [...this.listings.keys()]) if (folder === path || isInside(folder, path)) this.listings.delete(folder);
    // New folders may sit between the file and a folder already listed: re-list every ancestor.
    for (let folder = dirname(path); this.site.workspaceFolderOf(folder); folder = dirname(folder)) {
      this.listings.delete(folder);
      if (dirname(folder) === folder) break;
    }
  }

  private dependents(
    path: string,
    before: FileSummary | undefined,
    after: FileSummary | undefined,
    existenceChanged: boolean,
  ): Set<string> {
    const dependents = new Set<string>();
    const includesChanged = !sameItems(before?.includes ?? [], after?.includes ?? []);
    const anchorsChanged = includesChanged || !sameItems([...(before?.anchors ?? [])], [...(after?.anchors ?? [])]);
    if (existenceChanged || anchorsChanged) {
      // The anchors of a file include those of the files it includes, so linkers of includers care too.
      for (const file of [path, ...this.transitive(path, (file) => this.includersOf(file))]) {
        for (const linker of this.linkersOf(file)) dependents.add(linker);
      }
    }
    if (existenceChanged) {
      for (const includer of this.includersOf(path)) dependents.add(includer);
      for (const toc of this.tocs.referrersOf(path)) dependents.add(toc);
    }
    if (includesChanged) {
      for (const include of [...(before?.includes ?? []), ...(after?.includes ?? [])]) {
        const actual = this.lookup(include);
        if (actual?.kind === 'file') dependents.add(actual.path);
      }
      for (const includer of this.transitive(path, (file) => this.includersOf(file))) dependents.add(includer);
    }
    if (anchorsChanged) {
      // Same-page links in included files are checked against the anchors of the pages including them.
      for (const include of this.transitive(path, (file) => this.summary(file)?.includes ?? [])) {
        const actual = this.lookup(include);
        if (actual?.kind === 'file') dependents.add(actual.path);
      }
    }
    dependents.delete(path);
    return dependents;
  }

  private transitive(start: string, next: (file: string) => string[]): string[] {
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      for (const file of next(queue.shift()!)) {
        if (seen.has(file)) continue;
        seen.add(file);
        queue.push(file);
      }
    }
    seen.delete(start);
    return [...seen];
  }
}

function addToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const existing = map.get(key);
  if (existing) existing.add(value);
  else map.set(key, new Set([value]));
}

function addToList(map: Map<string, string[]>, key: string, value: string): void {
  const existing = map.get(key);
  if (!existing) map.set(key, [value]);
  else if (!existing.includes(value)) existing.push(value);
}

function sameItems(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((item) => set.has(item));
}
