// Redirected articles, as the Learn build (docfx v3) reads them: every `*.openpublishing.redirection*.json`
// in the repository, plus the files `.openpublishing.publish.config.json` lists under
// `redirection_files`. An entry names a removed article by `source_path` (relative to the
// redirection file's folder) or `source_path_from_root` (`/`-rooted at the repository root) and
// sends its readers to `redirect_url`: a site path, a Learn URL, another site's URL, or a URL relative
// to the removed article. A link to a removed article still works on the site (the build links to the
// old URL, which redirects), so such a link is "moved", not "missing".
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { readRedirectionEntries } from './redirection-entries.js';
import { MAX_REDIRECTION_FILE_SIZE } from '../../limits.js';
import { PUBLISH_CONFIG } from '../../config/docfx.js';
import { basename, dirname, isInside, joinPath, relativePath, resolvePath, type FileSystem } from '../../fs/file-system.js';
import type { Lookup } from '../lookup.js';
import type { SiteModel } from './site.js';
import { isTableOfContents } from '../../parse/file-kind.js';
import { decodePart, isLearnHost, localeSegment } from './urls.js';

/** docfx v3 probes the repository for this pattern (`*.openpublishing.redirection*.json`). */
const REDIRECTION_FILE_NAME = /^[^/]*\.openpublishing\.redirection[^/]*\.json$/i;
/** The publishing config, found in any folder by its name in any letter case. */
const PUBLISH_CONFIG_NAME = new RegExp(`^${PUBLISH_CONFIG.replace(/\./g, '\\.')}$`, 'i');
/** Only content pages can be redirected; a table of contents or an image cannot. */
const PAGE = /\.(md|markdown|yml)$/i;

export function isRedirectionFileName(name: string): boolean {
  return REDIRECTION_FILE_NAME.test(name);
}

export interface Redirect {
  /** The removed article (absolute path in the workspace). */
  source: string;
  /** `redirect_url` as written, trimmed. */
  url: string;
  /** The redirection file that says so. */
  file: string;
  /** The removed article's document id moves to the target (`redirect_document_id`, `renames`). */
  documentId: boolean;
  /** The entry's monikers, sorted and joined ('' for none). */
  monikers: string;
  /** Offsets in the redirection file of the source path and of the URL as written. */
  sourceAt: [number, number];
  urlAt: [number, number];
}

export type RedirectTarget =
  /** A page in this repository. */
  | { kind: 'file'; path: string; anchor: string | undefined }
  /** A site path this repository does not build (or not as a file): `/office/vba/api/overview`. */
  | { kind: 'site'; sitePath: string; query: string; anchor: string | undefined }
  /** Another site: kept as written. */
  | { kind: 'url'; url: string; anchor: string | undefined }
  /** Relative to the removed article, in a docset whose site path is unknown: a repository path that is no file. */
  | { kind: 'path'; path: string; query: string; anchor: string | undefined }
  /** The chain comes back to an article it already passed. */
  | { kind: 'circular' };

export interface ResolvedRedirect {
  /** Every hop followed, first to last. */
  chain: Redirect[];
  target: RedirectTarget;
}

/** What the redirect map needs from the workspace index. */
export interface RedirectHost {
  fs: FileSystem;
  site: SiteModel;
  lookup(path: string): Lookup | undefined;
  /** Workspace files whose name matches `pattern` (any folder). */
  filesMatching(pattern: RegExp): string[];
}

/** Where a page URL can live: the path itself, `.md`, a folder's `index`, or a YAML page. */
export function pageCandidates(path: string): string[] {
  const bare = path.replace(/\/+$/, '');
  return [bare, bare + '.md', joinPath(bare, 'index.md'), bare + '.yml', joinPath(bare, 'index.yml')];
}

export class RedirectMap {
  private bySource: Map<string, Redirect> | undefined;
  private all: Redirect[] = [];
  private readFiles = new Set<string>();

  constructor(private readonly host: RedirectHost) {}

  /** Forget what was read (a redirection file or a publishing config changed). */
  invalidate(): void {
    this.bySource = undefined;
    this.all = [];
    this.readFiles.clear();
  }

  /** A file whose change changes the redirects: one of the pattern, or one a publishing config lists. */
  isRedirectionFile(path: string): boolean {
    // Redirection files are JSON: other changes (every keystroke in an article) need not read them.
    if (!/\.json$/i.test(path)) return false;
    this.load();
    return isRedirectionFileName(basename(path)) || this.readFiles.has(path);
  }

  /** The redirection files in use, sorted. */
  files(): string[] {
    this.load();
    return [...this.readFiles].sort();
  }

  /** Every usable entry of every redirection file, in file order, the same source twice included. */
  allRedirects(): readonly Redirect[] {
    this.load();
    return this.all;
  }

  /** The redirect whose source is this path, or the page this URL path names (`x` for `x.md`). */
  redirectOf(path: string): Redirect | undefined {
    const bySource = this.load();
    const candidates = PAGE.test(path) ? [path] : pageCandidates(path);
    for (const candidate of candidates) {
      const redirect = bySource.get(candidate.toLowerCase());
      if (redirect) return redirect;
    }
    return undefined;
  }

  /**
   * Follows the redirect of `path` to where a reader lands, hop by hop (A → B → C lands on C). The
   * anchor a reader keeps is the last one a redirect URL sets, else the link's own (as browsers do).
   */
  resolve(path: string, anchor: string | undefined, configured?: Record<string, string>): ResolvedRedirect | undefined {
    const first = this.redirectOf(path);
    return first ? this.follow(first, anchor, configured) : undefined;
  }

  /** Follows one entry to where a reader lands (see `resolve`). */
  follow(first: Redirect, anchor: string | undefined, configured?: Record<string, string>): ResolvedRedirect {
    let redirect = first;
    const chain: Redirect[] = [];
    // By source: the entry being checked may come from an editor buffer, its later hops from the map.
    const visited = new Set<string>();
    let currentAnchor = anchor;
    for (;;) {
      // Each entry is visited once, so a chain ends: at a page, at a URL, or back where it has been.
      const source = redirect.source.toLowerCase();
      if (visited.has(source)) return { chain, target: { kind: 'circular' } };
      visited.add(source);
      chain.push(redirect);
      const destination = this.destinationOf(redirect, configured);
      currentAnchor = destination.anchor ?? currentAnchor;
      if (destination.kind === 'url') return { chain, target: { kind: 'url', url: destination.url, anchor: currentAnchor } };
      const repositoryPath =
        destination.kind === 'path' ? destination.path : this.host.site.mapSitePath(redirect.source, destination.sitePath, configured);
      if (repositoryPath !== undefined) {
        const page = this.pageAt(repositoryPath);
        if (page) return { chain, target: { kind: 'file', path: page, anchor: currentAnchor } };
        const next = this.redirectOf(repositoryPath);
        if (next) {
          redirect = next;
          continue;
        }
      }
      if (destination.kind === 'site')
        return { chain, target: { kind: 'site', sitePath: destination.sitePath, query: destination.query, anchor: currentAnchor } };
      return { chain, target: { kind: 'path', path: destination.path, query: destination.query, anchor: currentAnchor } };
    }
  }

  /** The existing file a page URL path names (an exact file first, then `.md`, `index.md`…). */
  private pageAt(path: string): string | undefined {
    for (const candidate of pageCandidates(path)) {
      const found = this.host.lookup(candidate);
      if (found?.kind === 'file') return found.path;
    }
    return undefined;
  }

  /** What one redirect URL means, before any file is looked at. */
  private destinationOf(
    redirect: Redirect,
    configured: Record<string, string> | undefined,
  ):
    | { kind: 'url'; url: string; anchor: string | undefined }
    | { kind: 'site'; sitePath: string; query: string; anchor: string | undefined }
    | { kind: 'path'; path: string; query: string; anchor: string | undefined } {
    const { url } = redirect;
    const parts = splitUrl(url);
    const external = /^(?:https?:)?\/\/([^/?#:]*)/i.exec(url);
    if (external) {
      // Learn's own URLs are site paths once the host and locale are gone, as the build reads them.
      if (!isLearnHost(external[1]!.toLowerCase())) return { kind: 'url', url, anchor: undefined };
      const locale = localeSegment(parts.path);
      const withoutLocale = locale ? parts.path.slice(0, locale[0]) + parts.path.slice(locale[1]) : parts.path;
      const sitePath = '/' + withoutLocale.slice(external[0].length).replace(/^\/+/, '');
      return { kind: 'site', sitePath: decodePart(sitePath) ?? sitePath, query: parts.query, anchor: parts.anchor };
    }
    const path = decodePart(parts.path) ?? parts.path;
    if (path.startsWith('/')) return { kind: 'site', sitePath: path, query: parts.query, anchor: parts.anchor };
    // Relative to the removed article's URL, whose folder is the article's folder on the site.
    const resolved = resolvePath(dirname(redirect.source), path);
    const root = this.host.site.docsetRootOf(redirect.source);
    const base = root ? this.host.site.siteBaseOf(root, this.host.site.docsetMap(redirect.source, configured)) : undefined;
    if (root && base && isInside(resolved, root)) {
      return { kind: 'site', sitePath: base + relativePath(root, resolved), query: parts.query, anchor: parts.anchor };
    }
    return { kind: 'path', path: resolved, query: parts.query, anchor: parts.anchor };
  }

  private load(): Map<string, Redirect> {
    if (this.bySource) return this.bySource;
    const bySource = new Map<string, Redirect>();
    const files = new Set(this.host.filesMatching(REDIRECTION_FILE_NAME));
    for (const config of this.host.filesMatching(PUBLISH_CONFIG_NAME)) {
      for (const listed of listedRedirectionFiles(this.readJson(config), dirname(config))) files.add(listed);
    }
    this.readFiles = new Set(files);
    this.all = [];
    for (const file of [...files].sort()) {
      for (const redirect of this.entriesOf(file)) {
        this.all.push(redirect);
        // The first entry for a source wins; docfx reports the others as conflicts.
        const key = redirect.source.toLowerCase();
        if (!bySource.has(key)) bySource.set(key, redirect);
      }
    }
    this.bySource = bySource;
    return bySource;
  }

  private entriesOf(file: string): Redirect[] {
    const found = this.host.lookup(file);
    if (found?.kind !== 'file' || !found.exactCase) return [];
    const read = this.host.fs.readBoundedFile(file, MAX_REDIRECTION_FILE_SIZE);
    return read.kind === 'bytes' ? this.entriesIn(file, new TextDecoder().decode(read.bytes)) : [];
  }

  /** The usable entries of a redirection file's text (an editor buffer, or the file as read). */
  entriesIn(file: string, text: string): Redirect[] {
    const repositoryRoot = this.repositoryRootOf(file);
    const redirects: Redirect[] = [];
    for (const entry of readRedirectionEntries(text) ?? []) {
      const url = entry.url?.trim() ?? '';
      const source = sourceOf(entry.sourcePath, entry.sourcePathFromRoot, dirname(file), repositoryRoot);
      if (url === '' || source === undefined || !PAGE.test(source) || isTableOfContents(source)) continue;
      if (!this.host.site.workspaceFolderOf(source)) continue;
      const { documentId, monikers, sourceAt, urlAt } = entry;
      redirects.push({ source, url, file, documentId, monikers, sourceAt, urlAt });
    }
    return redirects;
  }

  /** The folder of the publishing config at or above the file, else its workspace folder. */
  private repositoryRootOf(file: string): string {
    const workspace = this.host.site.workspaceFolderOf(file) ?? dirname(file);
    for (let folder = dirname(file); isInside(folder, workspace); folder = dirname(folder)) {
      if (this.host.lookup(joinPath(folder, PUBLISH_CONFIG))?.kind === 'file') return folder;
      if (folder === workspace || dirname(folder) === folder) break;
    }
    return workspace;
  }

  /** A publishing config within the size limit; undefined when it is missing, too big or not JSON. */
  private readJson(path: string): unknown {
    const found = this.host.lookup(path);
    if (found?.kind !== 'file' || !found.exactCase) return undefined;
    const read = this.host.fs.readBoundedFile(path, MAX_REDIRECTION_FILE_SIZE);
    if (read.kind !== 'bytes') return undefined;
    const errors: ParseError[] = [];
    const json = parseJsonc(new TextDecoder().decode(read.bytes), errors, { allowTrailingComma: true }) as unknown;
    // A damaged file is not used: guessing at half of it could call good links moved.
    return errors.length > 0 ? undefined : json;
  }
}

/** `redirection_files` of a publishing config: paths relative to its folder, kept inside it. */
function listedRedirectionFiles(config: unknown, folder: string): string[] {
  if (!isRecord(config) || !Array.isArray(config.redirection_files)) return [];
  return config.redirection_files
    .filter((path): path is string => typeof path === 'string' && path.trim() !== '')
    .map((path) => resolvePath(folder, path.trim().replace(/\\/g, '/')))
    .filter((path) => isInside(path, folder));
}

/** docfx: `source_path` must not start with `/`, `source_path_from_root` must; an entry with both or neither is not used. */
function sourceOf(
  sourcePath: string | undefined,
  fromRoot: string | undefined,
  fileFolder: string,
  repositoryRoot: string,
): string | undefined {
  const hasPath = sourcePath !== undefined && sourcePath.trim() !== '';
  const hasFromRoot = fromRoot !== undefined && fromRoot.trim() !== '';
  if (hasPath === hasFromRoot) return undefined;
  if (hasPath) {
    const path = sourcePath!.trim().replace(/\\/g, '/');
    return path.startsWith('/') ? undefined : resolvePath(fileFolder, path);
  }
  const path = fromRoot!.trim().replace(/\\/g, '/');
  return path.startsWith('/') ? resolvePath(repositoryRoot, path.slice(1)) : undefined;
}

function splitUrl(url: string): { path: string; query: string; anchor: string | undefined } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const anchorText = hash === -1 ? undefined : url.slice(hash + 1);
  return {
    path: question === -1 ? beforeHash : beforeHash.slice(0, question),
    query: question === -1 ? '' : beforeHash.slice(question),
    anchor: anchorText === undefined || anchorText === '' ? undefined : (decodePart(anchorText) ?? anchorText),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
