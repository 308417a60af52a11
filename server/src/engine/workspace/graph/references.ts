// Every link, image and include of a document resolved and checked once; the link-*, img-* and
// include-* rules each report their share of the problems found here. Resolution goes through the
// workspace index when the linter has one, else through a fresh lazily filled index over the file
// system (the same answers, read on demand).
import type { ResolvedConfig } from '../../config/config.js';
import type { DocumentModel, LinkInfo } from '../../parse/document.js';
import { closestMatch } from '../../closest-match.js';
import type { Range, TextEdit } from '../../types.js';
import type { LintEnvironment } from '../environment.js';
import { basename, dirname, isInside, joinPath, relativePath } from '../../fs/file-system.js';
import { documentAnchors, isMarkdownPath, WorkspaceIndex, type Lookup } from '../index.js';
import { isPartialCheckout } from './checkout.js';
import { pageCandidates, type ResolvedRedirect } from './redirects.js';
import { likelySameNameAs } from './same-file.js';
import { includedFile, type Target } from './site.js';
import { classifyDestination, replaceRanges, schemeLessHost, type Destination } from './urls.js';

export type ReferenceSource = 'link' | 'image' | 'include';

export type Problem =
  | { kind: 'malformed' }
  | {
      kind: 'file-missing';
      reason: 'missing' | 'folder' | 'outside-docset' | 'outside-workspace';
      suggestion: TextEdit | undefined;
      suggestedPath: string | undefined;
    }
  /** The target's folder is not in this partial checkout: it cannot be verified here. */
  | { kind: 'not-checked-out' }
  | { kind: 'case-mismatch'; actual: string; edit: TextEdit }
  | { kind: 'md-extension'; edit: TextEdit }
  | { kind: 'anchor-missing'; anchor: string; file: string | undefined; range: [number, number]; suggestion: string | undefined }
  | { kind: 'outside-docset'; sitePath: string; verified: 'missing' | 'unknown' }
  | { kind: 'outside-workspace'; path: string }
  | { kind: 'site-missing'; sitePath: string }
  /** The target is gone, and a redirection file sends its readers elsewhere. */
  | { kind: 'redirected'; redirect: ResolvedRedirect }
  /** `aka.ms/x` without `https://`: a relative path for the build, a web address for the writer. */
  | { kind: 'scheme-less'; host: string; edit: TextEdit }
  /** `b.md/`: a file name followed by a slash names a folder, which does not exist. */
  | { kind: 'trailing-slash'; edit: TextEdit };

export interface ReferenceCheck {
  source: ReferenceSource;
  /** The destination as written. */
  written: string;
  /** Offsets of the written destination. */
  at: [number, number];
  range: Range;
  destination: Destination;
  target: Target;
  /** The file the target resolved to, with its case on disk. */
  resolved: Lookup | undefined;
  problems: Problem[];
}

const GENERIC_NAME = /^(image|img|screenshot|picture|figure|media|icon|index|overview|readme|toc)[-_ ]?\d*\.\w+$/i;
const lazyIndexes = new WeakMap<DocumentModel, WorkspaceIndex>();
const checksByDocument = new WeakMap<DocumentModel, ReferenceCheck[]>();

/** The environment's index, or one made for this lint of this document. */
export function indexFor(document: DocumentModel, environment: LintEnvironment): WorkspaceIndex {
  if (environment.index) return environment.index;
  let index = lazyIndexes.get(document);
  if (!index) {
    index = new WorkspaceIndex({ fs: environment.fs, workspaceFolders: environment.workspaceFolders, docfx: environment.docfx });
    lazyIndexes.set(document, index);
  }
  return index;
}

export function checkReferences(document: DocumentModel, environment: LintEnvironment, config: ResolvedConfig): ReferenceCheck[] {
  const cached = checksByDocument.get(document);
  if (cached) return cached;
  const checker = new ReferenceChecker(document, indexFor(document, environment), config);
  const checks = checker.run();
  checksByDocument.set(document, checks);
  return checks;
}

export interface WrittenUrl {
  url: string;
  start: number;
  end: number;
  /** The link the URL belongs to. */
  link: LinkInfo;
}

/** Links with a destination of their own: not references, and not the `[title](path)` inside `[!INCLUDE …]`. */
export function linksOf(document: DocumentModel): LinkInfo[] {
  const includes = document.includes.map((include) => [include.range.start.offset, include.range.end.offset] as const);
  return document.links.filter((link) => {
    if (link.kind === 'reference') return false;
    const start = link.range.start.offset;
    return !includes.some(([includeStart, includeEnd]) => start >= includeStart && start < includeEnd);
  });
}

/** Link destinations exactly as written (autolinks from their source text, not the URL GFM completes). */
export function writtenLinkUrls(document: DocumentModel): WrittenUrl[] {
  const urls: WrittenUrl[] = [];
  for (const link of linksOf(document)) {
    const start = link.urlRange.start.offset;
    const end = link.urlRange.end.offset;
    if (link.kind !== 'autolink') {
      urls.push({ url: link.url, start, end, link });
      continue;
    }
    const source = document.text.slice(start, end);
    const bracketed = source.startsWith('<') && source.endsWith('>');
    urls.push(bracketed ? { url: source.slice(1, -1), start: start + 1, end: end - 1, link } : { url: source, start, end, link });
  }
  return urls;
}

/** File names under a folder named `includes` are include files. */
export function isUnderIncludes(path: string): boolean {
  return /(^|\/)includes\//i.test(path);
}

/**
 * The shortest include chain from `start` through `firstStep` back to `start`, found through the
 * index. Breadth first, each file once: linear in the include graph, however long the cycle (a
 * depth-first search that forgets a file when it backs out is exponential on a ladder of includes).
 */
export function includeCycleFrom(index: WorkspaceIndex, start: string, firstStep: string): string[] | undefined {
  const first = index.lookup(firstStep);
  if (first?.kind !== 'file') return undefined;
  const startKey = start.toLowerCase();
  const cameFrom = new Map<string, string | undefined>([[first.path, undefined]]);
  const queue = [first.path];
  for (let head = 0; head < queue.length; head++) {
    const file = queue[head]!;
    if (file.toLowerCase() === startKey) {
      const chain: string[] = [];
      for (let step: string | undefined = file; step !== undefined; step = cameFrom.get(step)) chain.push(step);
      return [start, ...chain.reverse()];
    }
    for (const next of index.summary(file)?.includes ?? []) {
      const actual = index.lookup(next);
      if (actual?.kind !== 'file' || cameFrom.has(actual.path)) continue;
      cameFrom.set(actual.path, file);
      queue.push(actual.path);
    }
  }
  return undefined;
}

class ReferenceChecker {
  private ownAnchors: Set<string> | undefined;

  constructor(
    private readonly document: DocumentModel,
    private readonly index: WorkspaceIndex,
    private readonly config: ResolvedConfig,
  ) {}

  run(): ReferenceCheck[] {
    const { document } = this;
    const checks: ReferenceCheck[] = [];
    for (const link of linksOf(document)) {
      // GFM links `www.example.com` in text to http://www.example.com: a web address, never a file.
      if (link.kind === 'autolink' && /^www\./i.test(link.url)) continue;
      checks.push(this.check('link', link.url, link.urlRange));
    }
    for (const image of document.images) checks.push(this.check('image', image.source, image.sourceRange));
    for (const include of document.includes) {
      if (include.wellFormed) checks.push(this.check('include', include.path, include.pathRange));
    }
    return checks;
  }

  private check(source: ReferenceSource, written: string, range: Range): ReferenceCheck {
    const destination = classifyDestination(written);
    const target = this.index.site.resolve(this.document.path, destination, this.config.docsets);
    const check: ReferenceCheck = {
      source,
      written,
      at: [range.start.offset, range.end.offset],
      range,
      destination,
      target,
      resolved: undefined,
      problems: [],
    };
    switch (target.kind) {
      case 'malformed':
        check.problems.push({ kind: 'malformed' });
        break;
      case 'same-file':
        if (source === 'link') this.checkAnchor(check, undefined, target.anchor);
        break;
      case 'path': {
        const host = schemeLessHost(destination);
        // A web address only when no file or folder of that name is here (`docs.microsoft.com/` could be a folder).
        if (host !== undefined && !this.index.lookup(joinPath(dirname(this.document.path), host))) {
          const start = check.at[0] + destination.pathStart;
          check.problems.push({ kind: 'scheme-less', host, edit: { start, end: start, newText: 'https://' } });
          break;
        }
        this.checkPath(check, target.path, target.anchor);
        break;
      }
      // Images and includes are files the build copies from the docset: outside it, there is nothing to copy.
      case 'outside-workspace':
        if (source !== 'link')
          check.problems.push({ kind: 'file-missing', reason: 'outside-workspace', suggestion: undefined, suggestedPath: undefined });
        else check.problems.push({ kind: 'outside-workspace', path: target.path });
        break;
      case 'outside-docset': {
        // The build reads an include from anywhere in the repository, above the docset root too.
        if (source === 'include' && this.isInWorkspace(target.file)) {
          this.checkPath(check, target.file, undefined);
          break;
        }
        if (source !== 'link') {
          check.problems.push({ kind: 'file-missing', reason: 'outside-docset', suggestion: undefined, suggestedPath: undefined });
          break;
        }
        const verified = target.path === undefined ? 'unknown' : this.sitePathExists(target.path);
        if (verified === 'found') this.checkSiteAnchor(check, target.path!, target.anchor);
        else if (!this.redirected(check, target.path, target.anchor))
          check.problems.push({ kind: 'outside-docset', sitePath: target.sitePath, verified });
        break;
      }
      case 'site': {
        const verified = target.path === undefined ? 'unknown' : this.sitePathExists(target.path);
        if (verified === 'found') this.checkSiteAnchor(check, target.path!, target.anchor);
        else if (!this.redirected(check, target.path, target.anchor) && verified === 'missing')
          check.problems.push({ kind: 'site-missing', sitePath: target.sitePath });
        break;
      }
      case 'none':
        break;
    }
    return check;
  }

  private checkPath(check: ReferenceCheck, path: string, anchor: string | undefined): void {
    let found = this.index.lookup(path);
    if (found?.kind === 'directory' && check.source !== 'link') {
      check.problems.push({ kind: 'file-missing', reason: 'folder', suggestion: undefined, suggestedPath: undefined });
      return;
    }
    // `other/` names a folder: the article `other.md` is not what it means, and `other/.md` is no file.
    if (!found && check.source === 'link' && !/\.[a-z0-9]+$/i.test(path) && !check.destination.rawPath.endsWith('/')) {
      const withExtension = this.index.lookup(path + '.md');
      if (withExtension?.kind === 'file') {
        const end = check.at[0] + check.destination.pathStart + check.destination.rawPath.length;
        check.problems.push({ kind: 'md-extension', edit: { start: end, end, newText: '.md' } });
        found = withExtension;
      }
    }
    if (!found) {
      if (this.redirected(check, path, anchor)) return;
      // In a partial checkout a folder that is not here may exist in the repository: say so, not "missing".
      if (!this.index.lookup(dirname(path)) && isPartialCheckout(this.index.fs, this.index.site.workspaceFolderOf(path), this.config)) {
        check.problems.push({ kind: 'not-checked-out' });
        return;
      }
      const suggestedPath = this.closestPath(path);
      check.problems.push({
        kind: 'file-missing',
        reason: 'missing',
        suggestedPath,
        suggestion: suggestedPath ? this.pathEdit(check, suggestedPath) : undefined,
      });
      return;
    }
    check.resolved = found;
    if (found.kind === 'file' && /\/+$/.test(check.destination.rawPath)) {
      const end = check.at[0] + check.destination.pathStart + check.destination.rawPath.length;
      const slashes = /\/+$/.exec(check.destination.rawPath)![0].length;
      check.problems.push({ kind: 'trailing-slash', edit: { start: end - slashes, end, newText: '' } });
    }
    if (!found.exactCase && !check.problems.some((problem) => problem.kind === 'md-extension')) {
      check.problems.push({ kind: 'case-mismatch', actual: found.path, edit: this.caseEdit(check, found.path) });
    }
    if (check.source === 'link' && anchor && found.kind === 'file' && isMarkdownPath(found.path))
      this.checkAnchor(check, found.path, anchor);
  }

  private isInWorkspace(path: string): boolean {
    return this.index.workspaceFolders.some((folder) => isInside(path, folder));
  }

  private checkAnchor(check: ReferenceCheck, file: string | undefined, anchor: string): void {
    const wanted = anchor.toLowerCase();
    if (wanted === '' || wanted === 'top') return;
    const isSameFile = file === undefined || file === this.document.path;
    const quick = isSameFile ? this.sameFileAnchors(false) : this.index.anchorsOf(file);
    if (quick.has(wanted)) return;
    const precise = isSameFile ? this.sameFileAnchors(true) : this.index.preciseAnchorsOf(file);
    if (precise.has(wanted)) return;
    // In an include file, a same-page link points into whichever article includes it.
    if (isSameFile && this.includersHaveAnchor(wanted)) return;
    const start = check.at[0] + check.destination.anchorStart;
    const end = check.at[0] + check.destination.anchorEnd;
    check.problems.push({
      kind: 'anchor-missing',
      anchor,
      file: isSameFile ? undefined : file,
      range: [start, end],
      suggestion: closest(wanted, precise),
    });
  }

  private sameFileAnchors(precise: boolean): Set<string> {
    this.ownAnchors ??= documentAnchors(this.document);
    const anchors = new Set(this.ownAnchors);
    for (const include of this.document.includes) {
      if (!include.wellFormed) continue;
      const file = includedFile(this.index.resolve(this.document.path, include.path, this.config.docsets));
      if (file === undefined) continue;
      const actual = this.index.lookup(file);
      if (actual?.kind !== 'file' || actual.path === this.document.path) continue;
      for (const anchor of precise ? this.index.preciseAnchorsOf(actual.path) : this.index.anchorsOf(actual.path)) anchors.add(anchor);
    }
    return anchors;
  }

  private includersHaveAnchor(anchor: string): boolean {
    const includers = this.index.includersOf(this.document.path);
    return includers.some((includer) => this.index.anchorsOf(includer).has(anchor) || this.index.preciseAnchorsOf(includer).has(anchor));
  }

  /** A link (not an image or include: only articles are redirected) to a removed article that a redirection file sends elsewhere. */
  private redirected(check: ReferenceCheck, path: string | undefined, anchor: string | undefined): boolean {
    if (check.source !== 'link' || path === undefined) return false;
    const redirect = this.index.redirects.resolve(path, anchor, this.config.docsets);
    if (redirect) check.problems.push({ kind: 'redirected', redirect });
    return redirect !== undefined;
  }

  /** A site path this repository has: its `#anchor` is checked in the page it publishes. */
  private checkSiteAnchor(check: ReferenceCheck, sitePath: string, anchor: string | undefined): void {
    if (check.source !== 'link' || !anchor) return;
    const page = this.sitePage(sitePath);
    if (page?.kind === 'file' && isMarkdownPath(page.path)) this.checkAnchor(check, page.path, anchor);
  }

  /** The file a site path is published from (`/a/b` from b.md, b/index.md, b.yml…), when this repository has it. */
  private sitePage(path: string): Lookup | undefined {
    for (const candidate of pageCandidates(path)) {
      const found = this.index.lookup(candidate);
      if (found) return found;
    }
    return undefined;
  }

  /** 'found', 'missing' (the folder exists and the page is not in it), or 'unknown' (the folder is not in this repository). */
  private sitePathExists(path: string): 'found' | 'missing' | 'unknown' {
    if (this.sitePage(path)) return 'found';
    const bare = path.replace(/\/+$/, '');
    // Several repositories publish under one prefix (/azure/…), and top-level pages are often landing
    // pages or redirects: judge only pages in a subfolder this repository has.
    const folder = this.index.lookup(dirname(bare));
    if (folder?.kind !== 'directory' || this.index.site.docsetRootOf(path) === folder.path) return 'unknown';
    return 'missing';
  }

  /** The existing file the writer very likely meant: the same name elsewhere (a moved file), else the one sibling with the same name but for a slip. */
  private closestPath(path: string): string | undefined {
    const name = basename(path);
    // A moved file: its name is found once elsewhere, and it is not a generic name such as image7.png.
    const sameName = this.index.filesNamed(name.trim());
    if (sameName.length === 1 && !GENERIC_NAME.test(name)) return sameName[0];
    const folder = this.index.lookup(dirname(path));
    if (folder?.kind !== 'directory') return undefined;
    const isLikely = likelySameNameAs(name);
    const likely = this.index.entriesOf(folder.path).filter((entry) => entry.type === 'file' && isLikely(entry.name));
    // Two candidates mean the slip could be either: offering one would be a guess.
    return likely.length === 1 ? joinPath(folder.path, likely[0]!.name) : undefined;
  }

  /** Rewrites the written path to point at `target`, in the same style (relative or `~/`). */
  private pathEdit(check: ReferenceCheck, target: string): TextEdit {
    const start = check.at[0] + check.destination.pathStart;
    const root = this.index.site.docsetRootOf(this.document.path);
    let newText: string;
    if (check.destination.kind === 'docset-root' && root && isInside(target, root)) newText = '~/' + relativePath(root, target);
    else newText = relativePath(dirname(this.document.path), target);
    return { start, end: start + check.destination.rawPath.length, newText: encodePath(newText, check.destination.rawPath) };
  }

  /** Changes only the segments whose letter case differs. */
  private caseEdit(check: ReferenceCheck, actual: string): TextEdit {
    const { destination } = check;
    const start = check.at[0] + destination.pathStart;
    const root = this.index.site.docsetRootOf(this.document.path) ?? '/';
    const base = destination.kind === 'docset-root' ? root : dirname(this.document.path);
    const depth = base.split('/').filter(Boolean);
    const actualSegments = actual.split('/').filter(Boolean);
    const written = replaceRanges(destination.rawPath, destination.backslashes, '/').split('/');
    const rewritten = written.map((segment, index) => {
      if (segment === '..') {
        depth.pop();
        return segment;
      }
      if (segment === '.' || segment === '' || (index === 0 && segment === '~' && destination.kind === 'docset-root')) return segment;
      depth.push(segment);
      const real = actualSegments[depth.length - 1];
      const decoded = decodeSegment(segment);
      if (!real || real === decoded || real.toLowerCase() !== decoded.toLowerCase()) return segment;
      return segment.includes('%') ? encodeURIComponent(real) : real;
    });
    return { start, end: start + destination.rawPath.length, newText: rewritten.join('/') };
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment.replace(/\\(.)/g, '$1'));
  } catch {
    return segment;
  }
}

/** Spaces must be escaped in a Markdown destination; keep `%20` style if the writer used escapes. */
function encodePath(path: string, written: string): string {
  return written.includes('%') || path.includes(' ') ? path.replace(/ /g, '%20') : path;
}

/**
 * The anchor meant by a slip: up to one edit per six characters (at least 2), tab anchors only for
 * tab anchors. A looser budget offered another section of a long heading id as "did you mean".
 */
function closest(anchor: string, anchors: Set<string>): string | undefined {
  const isTab = anchor.startsWith('tab/');
  const sameKind = [...anchors].filter((candidate) => candidate.startsWith('tab/') === isTab);
  return closestMatch(anchor, sameKind, { maxDistance: Math.max(2, Math.floor(anchor.length / 6)) });
}
