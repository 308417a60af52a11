// The workspace index: the file tree (which files exist, with their exact letter case) and the
// link graph (for every Markdown file a small summary with reverse edges: who links to a file, who
// includes it), with the site model and redirects that resolve destinations between them. Built
// eagerly (CLI, language server), filled lazily as rules ask (single-file lint), or taken from a
// snapshot another thread built (lint workers): either way it answers the same. Nothing outside the
// workspace folders is read.
import { DocfxProjects } from '../config/docfx.js';
import { basename, isInside, type FileSystem } from '../fs/file-system.js';
import { MAX_UID_FILE_SIZE } from '../limits.js';
import { decodeText } from '../parse/text.js';
import { tocFormatOf } from '../parse/toc.js';
import { DOCSET_FILES, FileTree, type FileTreeSnapshot, type ListingEntry } from './file-tree.js';
import { RedirectMap } from './graph/redirects.js';
import { SiteModel, type Target } from './graph/site.js';
import { TocGraph, type TocGraphSnapshot } from './graph/tocs.js';
import { UidTable, YAML_FILE, type UidTableSnapshot } from './graph/uids.js';
import { classifyDestination } from './graph/urls.js';
import { LinkGraph, type FileSummary, type LinkGraphSnapshot } from './link-graph.js';
import type { Lookup } from './lookup.js';

export { isMarkdownPath, type ListingEntry } from './file-tree.js';
export { documentAnchors, type FileSummary, type OutlineEntry } from './link-graph.js';
export type { Lookup } from './lookup.js';

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
  /**
   * What another index of the same workspace read and worked out (`snapshot()`): nothing is walked
   * or scanned again. Its `trackLinkers` wins over the option.
   */
  snapshot?: WorkspaceIndexSnapshot;
}

/** A complete index as plain data, for `structuredClone` or `v8.serialize`: one build shared with worker threads. */
export interface WorkspaceIndexSnapshot {
  tree: FileTreeSnapshot;
  graph: LinkGraphSnapshot;
  tocs: TocGraphSnapshot;
  uids: UidTableSnapshot;
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
  private readonly tree: FileTree;
  private readonly graph: LinkGraph;
  private readonly readListeners = new Set<(path: string) => void>();
  private changeCount = 0;

  constructor(private readonly options: WorkspaceIndexOptions) {
    this.fs = options.fs;
    const docfx = options.docfx ?? new DocfxProjects(options.fs, options.workspaceFolders);
    const { snapshot } = options;
    this.tree = new FileTree(options.fs, options.workspaceFolders, snapshot?.tree);
    this.site = new SiteModel(options.fs, options.workspaceFolders, docfx, () => this.tree.docsetFolders());
    this.redirects = new RedirectMap({
      fs: options.fs,
      site: this.site,
      lookup: (path) => this.lookup(path),
      filesMatching: (pattern) => this.filesMatching(pattern),
    });
    this.graph = new LinkGraph(
      {
        fs: options.fs,
        tree: this.tree,
        resolve: (source, written) => this.resolve(source, written),
        trackLinkers: snapshot?.graph.trackLinkers ?? options.trackLinkers !== false,
        noteRead: (path) => this.noteRead(path),
      },
      snapshot?.graph,
    );
    this.tocs = new TocGraph(
      {
        filesMatching: (pattern) => this.filesMatching(pattern),
        readText: (path) => this.graph.readText(path),
        resolve: (source, written) => this.resolve(source, written),
        fileAt: (path) => {
          const found = this.lookup(path);
          return found?.kind === 'file' ? found.path : undefined;
        },
        docsetRootOf: (path) => this.site.docsetRootOf(path),
      },
      snapshot?.tocs,
    );
    this.uids = new UidTable(
      {
        markdownSummaries: () => {
          this.graph.ensureComplete();
          return [...this.tree.markdown()].flatMap((path) => this.graph.summaryUntracked(path) ?? []);
        },
        yamlFiles: () => this.filesMatching(YAML_FILE),
        readText: (path) => {
          const read = this.fs.readBoundedFile(path, MAX_UID_FILE_SIZE);
          if (read.kind !== 'bytes') return undefined;
          const decoded = decodeText(read.bytes);
          return decoded.kind === 'text' ? decoded.value.text : undefined;
        },
      },
      snapshot?.uids,
    );
  }

  get workspaceFolders(): string[] {
    return this.options.workspaceFolders;
  }

  /** Walks the workspace and summarises every Markdown file. */
  build(): void {
    for (const _ of this.buildSteps());
  }

  /** `build` in steps, so a server can yield to its event loop and report progress. */
  buildSteps(stepSize = 200): Generator<{ done: number; total: number }> {
    return this.graph.buildSteps(stepSize);
  }

  /**
   * The complete index (walked and summarised first), with what its TOC graph and uid table have
   * read so far, as plain data another thread rebuilds it from. Shared, not copied: serialise it
   * (`v8.serialize`, `structuredClone`) before this index changes.
   */
  snapshot(): WorkspaceIndexSnapshot {
    const graph = this.graph.snapshot();
    return { tree: this.tree.snapshot(), graph, tocs: this.tocs.snapshot(), uids: this.uids.snapshot() };
  }

  /** Grows with every change (update, remove, reset): facts derived from many summaries are cached against it. */
  get changes(): number {
    return this.changeCount;
  }

  /** Summarises every Markdown file (once) and notes that the check reading them depends on all of them. */
  ensureComplete(): void {
    this.graph.ensureComplete();
  }

  /** Every Markdown file in the workspace, sorted. */
  markdownFiles(): string[] {
    return [...this.tree.markdown()].sort();
  }

  /** Every file in the workspace (any kind), sorted: the tree a run's results depend on. */
  allFiles(): string[] {
    return this.tree.allFiles();
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

  // ---- The file tree ---------------------------------------------------------------------

  lookup(path: string): Lookup | undefined {
    return this.tree.lookup(path);
  }

  /** Entries of a folder (resolved symlinks that stay inside the workspace). */
  entriesOf(folder: string): ListingEntry[] {
    return this.tree.entriesOf(folder);
  }

  /** Files anywhere in the workspace with this name, ignoring case. */
  filesNamed(name: string): string[] {
    return this.tree.filesNamed(name);
  }

  /** Files anywhere in the workspace whose name matches `pattern`, sorted. */
  filesMatching(pattern: RegExp): string[] {
    return this.tree.filesMatching(pattern);
  }

  // ---- The link graph --------------------------------------------------------------------

  /** The summary of a Markdown file, scanned on first use; undefined when it cannot be read. */
  summary(path: string): FileSummary | undefined {
    return this.graph.summary(path);
  }

  titleOf(path: string): string | undefined {
    return this.graph.summary(path)?.title;
  }

  /** Lower-case anchors of a file including those of the files it includes (from the scan). */
  anchorsOf(path: string): Set<string> {
    return this.graph.anchorsOf(path);
  }

  /** The same from a full parse: used to confirm that an anchor is really missing. */
  preciseAnchorsOf(path: string): Set<string> {
    return this.graph.preciseAnchorsOf(path);
  }

  /** Files that include `path` (the whole workspace is summarised first). */
  includersOf(path: string): string[] {
    return this.graph.includersOf(path);
  }

  /** Files whose links or images point to `path` (also without its `.md`). */
  linkersOf(path: string): string[] {
    return this.graph.linkersOf(path);
  }

  /** Resolves a destination written in `source` the way the rules do. */
  resolve(source: string, written: string, configured?: Record<string, string>): Target {
    return this.site.resolve(source, classifyDestination(written), configured);
  }

  // ---- Changes ---------------------------------------------------------------------------

  /**
   * A file was created or changed (on disk or in an editor buffer). Returns the other files whose
   * findings may change: linkers when anchors or existence changed, includers and included files.
   */
  update(path: string): Set<string> {
    this.changeCount++;
    const isNew = this.lookup(path)?.path !== path;
    if (isNew) this.tree.forgetListingsFor(path);
    if (this.fs.stat(path)?.type === 'directory') return this.folderAdded(path);
    if (isNew) this.tree.fileAdded(path);
    else this.tree.fileChanged(path);
    if (DOCSET_FILES.has(basename(path))) return this.reset();
    if (this.redirects.isRedirectionFile(path)) return this.redirectsChanged();
    this.tocs.changed(path);
    this.uids.changed(path);
    const before = this.graph.forget(path);
    const after = this.graph.summary(path);
    return this.withTocs(
      path,
      this.graph.dependents(path, before, after, isNew),
      isNew || (before === undefined) !== (after === undefined),
    );
  }

  /** A file or folder was deleted. Returns the files whose findings may change. */
  remove(path: string): Set<string> {
    this.changeCount++;
    const removed = this.graph.summarisedUnder(path, (file) => isInside(file, path));
    this.tree.removed(path);
    if (DOCSET_FILES.has(basename(path))) return this.reset();
    if (this.redirects.isRedirectionFile(path)) return this.redirectsChanged();
    this.tocs.changed(path);
    this.uids.reset();
    const dependents = new Set<string>();
    for (const file of removed.length > 0 ? removed : [path]) {
      for (const dependent of this.withTocs(file, this.graph.dependents(file, this.graph.forget(file), undefined, true), true))
        dependents.add(dependent);
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
    this.tree.reset();
    this.graph.reset();
    this.site.invalidate();
    this.redirects.invalidate();
    this.tocs.invalidate();
    this.uids.reset();
    return new Set(this.tree.markdown());
  }

  /** A file that appeared or went away also changes the findings of the TOCs that point at it. */
  private withTocs(path: string, dependents: Set<string>, existenceChanged: boolean): Set<string> {
    if (existenceChanged) for (const toc of this.tocs.referrersOf(path)) if (toc !== path) dependents.add(toc);
    // A TOC's nesting may have opened or closed a loop through the TOCs that nest it.
    if (tocFormatOf(path) !== undefined) for (const toc of this.tocs.nestingTocsOf(path)) dependents.add(toc);
    return dependents;
  }

  /** A redirection file changed: any link to a missing article may now be moved, or missing. Returns every Markdown file. */
  private redirectsChanged(): Set<string> {
    this.redirects.invalidate();
    return new Set(this.tree.markdown());
  }

  private folderAdded(folder: string): Set<string> {
    this.tree.folderAdded();
    const dependents = new Set<string>();
    for (const file of this.tree.markdown()) {
      if (!isInside(file, folder)) continue;
      for (const dependent of this.update(file)) dependents.add(dependent);
      dependents.add(file);
    }
    return dependents;
  }
}
