// Tables of contents in the repository graph: which files each TOC points at, which TOCs point at a
// file (so a renamed or deleted article re-checks them), and which articles of a docset some TOC
// reaches. Facts from the build (docfx v3 TocLoader): an href ending in `/` names a folder whose
// toc.md, toc.json or toc.yml (probed in that order) is included; an href whose file name is
// toc.md, toc.json or toc.yml includes that TOC; an http(s) URL or `/site/path` is used as written;
// anything else is an article. Every TOC file of a docset is built, referenced or not.
import { parseTocDocument, tocEntries, tocFormatOf, tocOf, tocReferences, type TocEntry, type TocValue } from '../../parse/toc.js';
import { isInside } from '../../fs/file-system.js';
import type { Target } from './site.js';
import { classifyDestination } from './urls.js';

export type TocHrefKind = 'absolute' | 'folder' | 'toc' | 'article' | 'none';

/** The TOC file names a folder href is probed for, in the build's order. */
export const TOC_FILE_NAMES = ['toc.md', 'toc.json', 'toc.yml'] as const;

const TOC_FILE = /^toc\.(md|yml|json)$/i;
/**
 * A Markdown TOC line's link destination, after its first `](` (link text may hold brackets:
 * `[Error 460 [1 of 2]](…)`). Lines of seven or more `#` count too: the writer sees the entry there.
 */
const MARKDOWN_TOC_HEADING = /^#+[ \t]/;

/** What an href of a TOC names, the build's way (docfx `GetHrefType`). */
export function tocHrefKind(written: string): TocHrefKind {
  const destination = classifyDestination(written);
  if (destination.kind === 'external' || destination.kind === 'site' || destination.kind === 'other-scheme') return 'absolute';
  if (destination.kind !== 'relative' && destination.kind !== 'docset-root') return 'none';
  const path = destination.rawPath;
  if (path.endsWith('/') || path.endsWith('\\')) return 'folder';
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return TOC_FILE.test(name) ? 'toc' : 'article';
}

export interface TocGraphHost {
  /** Files anywhere in the workspace whose name matches, sorted. */
  filesMatching(pattern: RegExp): string[];
  readText(path: string): string | undefined;
  resolve(source: string, written: string): Target;
  /** The file at `path` (any letter case), as it is written on disk; undefined when there is none. */
  fileAt(path: string): string | undefined;
  docsetRootOf(path: string): string | undefined;
}

/** What a TOC graph has read and worked out, as plain data (structured clone): another graph starts from it. */
export interface TocGraphSnapshot {
  targets: Map<string, Set<string>>;
  reached: Map<string, Set<string> | null>;
}

export class TocGraph {
  /** Lower-case paths each TOC file points at (articles, TOCs, folders), as resolved. */
  private readonly targets: Map<string, Set<string>>;
  private referrers: Map<string, Set<string>> | undefined;
  /** The TOC files each TOC nests, and its inverse (lower-case child to parents). */
  private readonly nested = new Map<string, string[]>();
  private nesters: Map<string, Set<string>> | undefined;
  private readonly reached: Map<string, Set<string> | null>;

  constructor(
    private readonly host: TocGraphHost,
    snapshot?: TocGraphSnapshot,
  ) {
    this.targets = snapshot?.targets ?? new Map();
    this.reached = snapshot?.reached ?? new Map();
  }

  /** What has been read and worked out so far, shared (not copied): serialise it before changing either side. */
  snapshot(): TocGraphSnapshot {
    return { targets: this.targets, reached: this.reached };
  }

  /** Every TOC file of the workspace. */
  tocFiles(): string[] {
    return this.host.filesMatching(TOC_FILE);
  }

  /** TOC files that point at `path` (an article, a TOC or a folder), by their resolved hrefs. */
  referrersOf(path: string): string[] {
    if (!this.referrers) {
      const referrers = new Map<string, Set<string>>();
      for (const toc of this.tocFiles()) {
        for (const target of this.targetsOf(toc)) {
          const existing = referrers.get(target);
          if (existing) existing.add(toc);
          else referrers.set(target, new Set([toc]));
        }
      }
      this.referrers = referrers;
    }
    return [...(this.referrers.get(path.toLowerCase()) ?? [])];
  }

  /**
   * Lower-case paths of the files the TOCs of this docset point at; undefined when the docset has no
   * TOC (then no article can be said to be missing from one).
   */
  reachedIn(docsetRoot: string): Set<string> | undefined {
    const cached = this.reached.get(docsetRoot);
    if (cached !== undefined) return cached ?? undefined;
    const tocs = this.tocFiles().filter((toc) => isInside(toc, docsetRoot) && this.host.docsetRootOf(toc) === docsetRoot);
    let reached: Set<string> | null = null;
    if (tocs.length > 0) {
      reached = new Set();
      for (const toc of tocs) for (const target of this.targetsOf(toc)) reached.add(target);
    }
    this.reached.set(docsetRoot, reached);
    return reached ?? undefined;
  }

  /**
   * The TOC file an href nests, the build's way: a TOC file by name, or the first of toc.md, toc.json
   * and toc.yml in a folder; undefined for an article, a URL or a TOC that is not there.
   */
  nestedTocFile(toc: string, written: string): string | undefined {
    const kind = tocHrefKind(written);
    if (kind !== 'toc' && kind !== 'folder') return undefined;
    const target = this.host.resolve(toc, written);
    if (target.kind !== 'path') return undefined;
    if (kind === 'toc') return this.host.fileAt(target.path);
    const folder = target.path.replace(/\/+$/, '');
    for (const name of TOC_FILE_NAMES) {
      const file = this.host.fileAt(`${folder}/${name}`);
      if (file) return file;
    }
    return undefined;
  }

  /**
   * A chain of nesting from the TOC file `from` back to `to` (both included), when there is one:
   * the build loads nested TOCs into their parent and stops with circular-reference on such a chain.
   */
  nestingChain(from: string, to: string): string[] | undefined {
    const visited = new Set<string>();
    const pending: string[][] = [[from]];
    while (pending.length > 0) {
      const chain = pending.shift()!;
      const last = chain[chain.length - 1]!;
      if (last === to) return chain;
      if (visited.has(last)) continue;
      visited.add(last);
      for (const nested of this.nestedTocsOf(last)) pending.push([...chain, nested]);
    }
    return undefined;
  }

  /** TOC files that nest `toc`, directly or through other TOCs: a change to it may close a loop in them. */
  nestingTocsOf(toc: string): string[] {
    if (!this.nesters) {
      const nesters = new Map<string, Set<string>>();
      for (const parent of this.tocFiles()) {
        for (const child of this.nestedTocsOf(parent)) {
          const key = child.toLowerCase();
          const existing = nesters.get(key);
          if (existing) existing.add(parent);
          else nesters.set(key, new Set([parent]));
        }
      }
      this.nesters = nesters;
    }
    const found = new Set<string>();
    const pending = [toc];
    while (pending.length > 0) {
      for (const parent of this.nesters.get(pending.pop()!.toLowerCase()) ?? []) {
        if (found.has(parent)) continue;
        found.add(parent);
        pending.push(parent);
      }
    }
    found.delete(toc);
    return [...found];
  }

  /** Works out what the TOCs of every docset reach, ahead of the first check that asks. */
  warmUp(): void {
    for (const toc of this.tocFiles()) {
      const root = this.host.docsetRootOf(toc);
      if (root) this.reachedIn(root);
    }
  }

  /** A file changed, appeared or went away: when it is a TOC, what TOCs point at is read again. */
  changed(path: string): void {
    if (tocFormatOf(path) === undefined) return;
    this.targets.delete(path);
    this.invalidateSummaries();
    this.nested.clear();
  }

  invalidate(): void {
    this.targets.clear();
    this.nested.clear();
    this.invalidateSummaries();
  }

  private invalidateSummaries(): void {
    this.referrers = undefined;
    this.nesters = undefined;
    this.reached.clear();
  }

  /** The TOC files a TOC nests, in entry order (an entry's tocHref first, else its href). */
  private nestedTocsOf(toc: string): string[] {
    const cached = this.nested.get(toc);
    if (cached) return cached;
    const nested: string[] = [];
    for (const written of this.writtenHrefs(toc, 'nesting')) {
      const file = this.nestedTocFile(toc, written);
      if (file) nested.push(file);
    }
    this.nested.set(toc, nested);
    return nested;
  }

  private targetsOf(toc: string): Set<string> {
    const cached = this.targets.get(toc);
    if (cached) return cached;
    const targets = new Set<string>();
    for (const written of this.writtenHrefs(toc)) {
      const target = this.host.resolve(toc, written);
      const path = target.kind === 'path' || target.kind === 'site' || target.kind === 'outside-docset' ? target.path : undefined;
      if (path === undefined) continue;
      const key = path.replace(/\/+$/, '').toLowerCase();
      targets.add(key);
      // A site path names a page without its `.md`: the article, or the folder's index.
      if (!/\.[a-z0-9]+$/.test(key)) targets.add(key + '.md').add(key + '/index.md');
    }
    this.targets.set(toc, targets);
    return targets;
  }

  /** Every href, topicHref and tocHref of a TOC; with `nesting`, only the value each entry nests a TOC by. */
  private writtenHrefs(toc: string, which: 'all' | 'nesting' = 'all'): string[] {
    const text = this.host.readText(toc);
    if (text === undefined) return [];
    if (tocFormatOf(toc) === 'markdown') {
      // A line scan, not a Markdown parse: a docset's TOC.md can hold tens of thousands of entries.
      const hrefs: string[] = [];
      for (const line of text.split('\n')) {
        const opening = line.indexOf('](');
        if (opening === -1 || !MARKDOWN_TOC_HEADING.test(line)) continue;
        const destination = linkDestination(line, opening + 2);
        if (destination) hrefs.push(destination);
      }
      return hrefs;
    }
    const document = parseTocDocument(toc, text);
    const model = tocOf(document);
    if (!model) return [];
    const hrefs: string[] = [];
    for (const entry of tocEntries(model.entries)) {
      if (which === 'nesting') {
        const nesting = nestingHref(entry);
        if (nesting) hrefs.push(nesting.value);
      } else for (const [, reference] of tocReferences(entry)) hrefs.push(reference.value);
    }
    return hrefs;
  }
}

/**
 * The value an entry nests a TOC by (docfx v3 `GetTocHref`): its tocHref when that names a TOC file
 * or a folder, else its href when that does. A Markdown TOC has only hrefs.
 */
export function nestingHref(entry: TocEntry): TocValue | undefined {
  const { tocHref, href } = entry;
  if (tocHref && tocHref.value !== '') {
    const kind = tocHrefKind(tocHref.value);
    if (kind === 'toc' || kind === 'folder') return tocHref;
    // A URL in tocHref is the entry's TOC link; an article there is ignored (toc-href-kind) and href decides.
    if (kind === 'absolute') return undefined;
  }
  if (!href) return undefined;
  const kind = tocHrefKind(href.value);
  return kind === 'toc' || kind === 'folder' ? href : undefined;
}

/** A Markdown link destination from `start`: `<…>`, or up to white space or an unbalanced `)` (CommonMark). */
function linkDestination(line: string, start: number): string | undefined {
  let index = start;
  while (line[index] === ' ' || line[index] === '\t') index++;
  if (line[index] === '<') {
    const end = line.indexOf('>', index);
    return end === -1 ? undefined : line.slice(index + 1, end);
  }
  let depth = 0;
  const from = index;
  for (; index < line.length; index++) {
    const char = line[index]!;
    if (char === '\\') index++;
    else if (char === '(') depth++;
    else if (char === ')' && depth-- === 0) break;
    else if (char === ' ' || char === '\t') break;
  }
  return index > from ? line.slice(from, index) : undefined;
}
