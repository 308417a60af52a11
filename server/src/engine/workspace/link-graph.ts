// The workspace's Markdown files as a graph: for every file a small summary (title, anchors,
// includes, link targets, heading outline) from a cheap scan, not a full parse, with reverse edges
// (who includes a file, who links to it). Filled lazily as rules ask, or all at once; either way it
// answers the same. It reads file text only; which files exist comes from the `FileTree`.
import { DEFAULT_MAX_FILE_SIZE, exceededLimit } from '../limits.js';
import { parseDocument, type DocumentModel } from '../parse/document.js';
import { decodeText } from '../parse/text.js';
import type { FileSystem } from '../fs/file-system.js';
import { isMarkdownPath, MARKDOWN, type FileTree } from './file-tree.js';
import { scanMarkdown, type ScannedMetadata } from './graph/scan.js';
import { includedFile, type Target } from './graph/site.js';
import { xrefUid } from './graph/xrefs.js';

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
  /** Lower-case uids the file's `xref:` links name. */
  xrefs: string[];
  /** Section heading levels and includes (resolved paths) in document order: headings as the build checks them. */
  outline: OutlineEntry[];
  /** Front matter `uid`, and whether a `monikerRange` versions it. */
  uid: string | undefined;
  versioned: boolean;
}

export type OutlineEntry = { depth: number } | { include: string };

/** Every summary of a complete graph, as plain data (structured clone): another graph starts from it. */
export interface LinkGraphSnapshot {
  /** Null for a Markdown file that could not be read. */
  summaries: Map<string, FileSummary | null>;
  /** Whether the summaries hold their links (`LinkGraphOptions.trackLinkers`). */
  trackLinkers: boolean;
}

export interface LinkGraphOptions {
  fs: FileSystem;
  tree: FileTree;
  /** Resolves a destination written in a file, as the rules do. */
  resolve: (source: string, written: string) => Target;
  /** Keep "who links to this file" edges (see `WorkspaceIndexOptions.trackLinkers`). */
  trackLinkers: boolean;
  /** Tells the index's read observers that a check read a file's content. */
  noteRead: (path: string) => void;
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

export class LinkGraph {
  private readonly summaries: Map<string, FileSummary | null>;
  private readonly preciseAnchors = new Map<string, Set<string>>();
  private readonly linkers = new Map<string, Set<string>>();
  /** Lower-case uid → the files whose `xref:` links name it. */
  private readonly xrefLinkers = new Map<string, Set<string>>();
  private readonly includers = new Map<string, Set<string>>();
  private complete = false;

  constructor(
    private readonly options: LinkGraphOptions,
    snapshot?: LinkGraphSnapshot,
  ) {
    this.summaries = snapshot?.summaries ?? new Map();
    if (!snapshot) return;
    for (const summary of this.summaries.values()) if (summary) this.addEdges(summary);
    this.complete = true;
  }

  /** The complete graph (every Markdown file summarised first), shared (not copied): serialise it before changing either side. */
  snapshot(): LinkGraphSnapshot {
    this.ensureCompleteUntracked();
    return { summaries: this.summaries, trackLinkers: this.options.trackLinkers };
  }

  /** Summarises every Markdown file, in steps of `stepSize` files. */
  *buildSteps(stepSize: number): Generator<{ done: number; total: number }> {
    const files = [...this.options.tree.markdown()];
    for (let index = 0; index < files.length; index++) {
      this.summaryUntracked(files[index]!);
      if (index % stepSize === stepSize - 1) yield { done: index + 1, total: files.length };
    }
    this.complete = true;
    yield { done: files.length, total: files.length };
  }

  /** The summary of a Markdown file, scanned on first use; undefined when it cannot be read. */
  summary(path: string): FileSummary | undefined {
    this.options.noteRead(path);
    return this.summaryUntracked(path);
  }

  /** `summary` for the graph's own walks, which are not a check reading the file. */
  summaryUntracked(path: string): FileSummary | undefined {
    const cached = this.summaries.get(path);
    if (cached !== undefined) return cached ?? undefined;
    const summary = this.scan(path);
    this.summaries.set(path, summary ?? null);
    if (summary) this.addEdges(summary);
    return summary;
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

  /** Forgets a file's summary and edges; returns the summary it had. */
  forget(path: string): FileSummary | undefined {
    const before = this.summaries.get(path) ?? undefined;
    if (before) this.removeEdges(before);
    this.summaries.delete(path);
    this.preciseAnchors.delete(path);
    return before;
  }

  /** Summarised files at or under `path`. */
  summarisedUnder(path: string, isUnder: (file: string) => boolean): string[] {
    return [...this.summaries.keys()].filter((file) => file === path || isUnder(file));
  }

  /** Forget everything. */
  reset(): void {
    this.summaries.clear();
    this.preciseAnchors.clear();
    this.linkers.clear();
    this.includers.clear();
    this.complete = false;
  }

  /**
   * The other files whose findings may change when `path` changed from `before` to `after`: linkers
   * when anchors or existence changed, includers and included files, and the files whose `xref:`
   * links name its uid when that changed.
   */
  dependents(path: string, before: FileSummary | undefined, after: FileSummary | undefined, existenceChanged: boolean): Set<string> {
    const { tree } = this.options;
    const dependents = new Set<string>();
    const includesChanged = !sameItems(before?.includes ?? [], after?.includes ?? []);
    const anchorsChanged = includesChanged || !sameItems([...(before?.anchors ?? [])], [...(after?.anchors ?? [])]);
    if (existenceChanged || anchorsChanged) {
      // The anchors of a file include those of the files it includes, so linkers of includers care too.
      for (const file of [path, ...transitive(path, (file) => this.includersOf(file))]) {
        for (const linker of this.linkersOf(file)) dependents.add(linker);
      }
    }
    if (existenceChanged) for (const includer of this.includersOf(path)) dependents.add(includer);
    if (before?.uid !== after?.uid) {
      for (const uid of [before?.uid, after?.uid]) {
        if (uid !== undefined) for (const linker of this.xrefLinkers.get(uid.toLowerCase()) ?? []) dependents.add(linker);
      }
    }
    if (includesChanged) {
      for (const include of [...(before?.includes ?? []), ...(after?.includes ?? [])]) {
        const actual = tree.lookup(include);
        if (actual?.kind === 'file') dependents.add(actual.path);
      }
      for (const includer of transitive(path, (file) => this.includersOf(file))) dependents.add(includer);
    }
    if (anchorsChanged) {
      // Same-page links in included files are checked against the anchors of the pages including them.
      for (const include of transitive(path, (file) => this.summary(file)?.includes ?? [])) {
        const actual = tree.lookup(include);
        if (actual?.kind === 'file') dependents.add(actual.path);
      }
    }
    dependents.delete(path);
    return dependents;
  }

  private collectAnchors(path: string, own: (file: string) => Set<string> | undefined, visiting: Set<string>): Set<string> {
    const anchors = own(path) ?? new Set<string>();
    const includes = this.summary(path)?.includes ?? [];
    if (includes.length === 0) return anchors;
    visiting.add(path);
    const all = new Set(anchors);
    for (const include of includes) {
      const actual = this.options.tree.lookup(include);
      if (actual?.kind !== 'file' || visiting.has(actual.path)) continue;
      for (const anchor of this.collectAnchors(actual.path, own, visiting)) all.add(anchor);
    }
    return all;
  }

  private parsedAnchors(path: string): Set<string> | undefined {
    this.options.noteRead(path);
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
    this.options.noteRead('*');
    this.ensureCompleteUntracked();
  }

  private ensureCompleteUntracked(): void {
    if (this.complete) return;
    for (const path of this.options.tree.markdown()) this.summaryUntracked(path);
    this.complete = true;
  }

  /** A file's text, decoded; undefined when it cannot be read as text. */
  readText(path: string): string | undefined {
    const bytes = this.options.fs.readFile(path);
    if (!bytes) return undefined;
    const decoded = decodeText(bytes);
    return decoded.kind === 'text' ? decoded.value.text : undefined;
  }

  private scan(path: string): FileSummary | undefined {
    const { tree, resolve } = this.options;
    if (!isMarkdownPath(path) || !tree.workspaceFolderOf(path)) return undefined;
    if (!tree.isWalkedMarkdown(path)) {
      const real = this.options.fs.realPath(path);
      if (!real || !tree.insideWorkspace(real)) return undefined;
    }
    const text = this.readText(path);
    if (text === undefined) return undefined;
    const scanned = scanMarkdown(text);
    const targetPath = (written: string): string | undefined => {
      const target = resolve(path, written);
      return target.kind === 'path' || ((target.kind === 'site' || target.kind === 'outside-docset') && target.path)
        ? target.path
        : undefined;
    };
    const includeFile = (written: string): string | undefined => includedFile(resolve(path, written));
    const includes = scanned.includes.map(includeFile).filter((target): target is string => target !== undefined);
    const outline = scanned.outline.flatMap((entry): OutlineEntry[] => {
      if ('depth' in entry) return [entry];
      const file = includeFile(entry.include);
      return file === undefined ? [] : [{ include: file }];
    });
    // The `[title](path)` inside an include reads as a link destination too; it is an include edge only.
    const includeSet = new Set(includes);
    const xrefs = this.options.trackLinkers ? scanned.destinations.flatMap((written) => xrefUid(written)?.toLowerCase() ?? []) : [];
    return {
      path,
      title: scanned.title,
      h1: scanned.h1,
      metadata: scanned.metadata,
      uid: scanned.uid,
      versioned: scanned.versioned,
      anchors: new Set(scanned.anchors.map((anchor) => anchor.toLowerCase())),
      includes,
      outline,
      links: !this.options.trackLinkers
        ? []
        : [
            ...new Set(
              scanned.destinations.map(targetPath).filter((target): target is string => target !== undefined && !includeSet.has(target)),
            ),
          ],
      xrefs: [...new Set(xrefs)],
    };
  }

  private addEdges(summary: FileSummary): void {
    for (const target of summary.includes) addToSet(this.includers, target.toLowerCase(), summary.path);
    for (const target of summary.links) addToSet(this.linkers, target.toLowerCase(), summary.path);
    for (const uid of summary.xrefs) addToSet(this.xrefLinkers, uid, summary.path);
  }

  private removeEdges(summary: FileSummary): void {
    for (const target of summary.includes) this.includers.get(target.toLowerCase())?.delete(summary.path);
    for (const target of summary.links) this.linkers.get(target.toLowerCase())?.delete(summary.path);
    for (const uid of summary.xrefs) this.xrefLinkers.get(uid)?.delete(summary.path);
  }
}

/** Every file reachable from `start` by `next` (includers of includers, includes of includes…), `start` left out. */
export function transitive(start: string, next: (file: string) => string[]): string[] {
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

function addToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const existing = map.get(key);
  if (existing) existing.add(value);
  else map.set(key, new Set([value]));
}

function sameItems(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((item) => set.has(item));
}
