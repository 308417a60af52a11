// The published site as the build sees the repository: `~/` is the docset root (the published
// docset holding the file, else the folder of the nearest docfx.json, else the workspace folder); a
// relative path that climbs above its docset root drops the excess `../` and becomes a site path; a
// site path maps back into the repository through the docset map (config `docsets`, and each
// docfx.json's `breadcrumb_path`).
import { readPublishedDocsets, type DocfxProjects } from '../../config/docfx.js';
import { dirname, isInside, joinPath, relativePath, resolvePath, type FileSystem } from '../../fs/file-system.js';
import type { Destination } from './urls.js';

export type Target =
  /** A path in the workspace to look up. */
  | { kind: 'path'; path: string; anchor: string | undefined; via: 'relative' | 'docset-root' }
  | { kind: 'same-file'; anchor: string }
  /**
   * Climbed above the docset root: a site path; `path` is where the docset map puts it in this
   * repository, `file` the path the written one names in the file system (where an include is read from).
   */
  | { kind: 'outside-docset'; sitePath: string; path: string | undefined; file: string; anchor: string | undefined }
  /** `/docset/path`; `path` is where the docset map puts it in this repository. */
  | { kind: 'site'; sitePath: string; path: string | undefined; anchor: string | undefined }
  | { kind: 'outside-workspace'; path: string }
  | { kind: 'malformed' }
  /** External URLs, local paths, other schemes, empty destinations: nothing to look up. */
  | { kind: 'none' };

export interface DocsetMapping {
  /** Site path prefix with slashes at both ends, lower case: `/power-platform/`. */
  prefix: string;
  /** Repository folder it is built from. */
  folder: string;
}

export class SiteModel {
  private detected: DocsetMapping[] | undefined;

  constructor(
    private readonly fs: FileSystem,
    readonly workspaceFolders: string[],
    readonly docfx: DocfxProjects,
    /** Folders holding a docfx.json or an .openpublishing.publish.config.json (walks the workspace). */
    private readonly docsetFolders: () => string[],
  ) {}

  /** Forget the detected docset map (a docfx.json or publishing config changed). */
  invalidate(): void {
    this.detected = undefined;
    this.docfx.invalidate();
  }

  workspaceFolderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.workspaceFolders) if (isInside(path, folder) && (!best || folder.length > best.length)) best = folder;
    return best;
  }

  docsetRootOf(path: string): string | undefined {
    return this.docfx.projectFor(path)?.root ?? this.workspaceFolderOf(path);
  }

  /** The docset map for a file: configured entries (relative to the workspace folder) first, then detected ones. */
  docsetMap(path: string, configured: Record<string, string> = {}): DocsetMapping[] {
    const workspace = this.workspaceFolderOf(path);
    const mappings: DocsetMapping[] = [];
    if (workspace) {
      for (const [prefix, folder] of Object.entries(configured))
        mappings.push({ prefix: normalizePrefix(prefix), folder: resolvePath(workspace, folder) });
    }
    mappings.push(...this.detectedMappings());
    return mappings.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** The site path prefix a docset root is published under, when known. */
  siteBaseOf(root: string, mappings: DocsetMapping[]): string | undefined {
    return mappings.find((mapping) => mapping.folder === root)?.prefix;
  }

  resolve(source: string, destination: Destination, configured?: Record<string, string>): Target {
    switch (destination.kind) {
      case 'anchor':
        return destination.anchor ? { kind: 'same-file', anchor: destination.anchor } : { kind: 'none' };
      case 'relative':
      case 'docset-root':
        break;
      case 'site': {
        if (destination.path === undefined) return { kind: 'malformed' };
        const sitePath = normalizeSitePath(destination.path);
        return { kind: 'site', sitePath, path: this.mapSitePath(source, sitePath, configured), anchor: destination.anchor };
      }
      default:
        return { kind: 'none' };
    }
    if (destination.path === undefined) return { kind: 'malformed' };
    const root = this.docsetRootOf(source);
    if (!root) return { kind: 'none' };
    const fromFolder = destination.kind === 'docset-root' ? root : dirname(source);
    const written = destination.kind === 'docset-root' ? destination.path.replace(/^~\/?/, '') : destination.path;
    const resolved = resolvePath(fromFolder, written);
    if (isInside(resolved, root)) return { kind: 'path', path: resolved, anchor: destination.anchor, via: destination.kind };
    const hasDocfx = this.docfx.projectFor(source) !== undefined;
    if (!hasDocfx) return { kind: 'outside-workspace', path: resolved };
    const mappings = this.docsetMap(source, configured);
    const base = this.siteBaseOf(root, mappings) ?? '/';
    const relativeFolder = fromFolder.slice(root.length);
    // URL resolution clamps at the site root, which is what "drop the excess ../" means.
    const sitePath = normalizeSitePath(resolvePath(base + relativeFolder, written));
    return {
      kind: 'outside-docset',
      sitePath,
      path: this.mapSitePath(source, sitePath, configured),
      file: resolved,
      anchor: destination.anchor,
    };
  }

  /** The site path a repository file is published at (`/power-platform/guidance/plan`; `index.md` is its folder), when its docset's URL is known. */
  sitePathOf(path: string, configured?: Record<string, string>): string | undefined {
    const mapping = this.docsetMap(path, configured)
      .filter((candidate) => isInside(path, candidate.folder))
      .sort((a, b) => b.folder.length - a.folder.length)[0];
    if (!mapping) return undefined;
    const page = relativePath(mapping.folder, path)
      .replace(/\.md$/i, '')
      .replace(/(^|\/)index$/i, '');
    return mapping.prefix + page;
  }

  /** Where a site path lives in this repository, by the longest matching docset prefix. */
  mapSitePath(source: string, sitePath: string, configured?: Record<string, string>): string | undefined {
    const lower = sitePath.toLowerCase();
    for (const mapping of this.docsetMap(source, configured)) {
      if (lower.startsWith(mapping.prefix) || lower + '/' === mapping.prefix) {
        return joinPath(mapping.folder, sitePath.slice(mapping.prefix.length));
      }
    }
    return undefined;
  }

  private detectedMappings(): DocsetMapping[] {
    if (this.detected) return this.detected;
    const mappings: DocsetMapping[] = [];
    const roots = new Set<string>();
    for (const folder of this.docsetFolders()) {
      if (this.fs.stat(joinPath(folder, 'docfx.json'))?.type === 'file') roots.add(folder);
      for (const source of readPublishedDocsets(this.fs, folder)) roots.add(source);
    }
    for (const root of roots) {
      const project = this.docfx.projectFor(joinPath(root, 'index.md'));
      if (project?.root !== root || !project.breadcrumbPath) continue;
      mappings.push({ prefix: siteBaseFromBreadcrumb(project.breadcrumbPath), folder: root });
    }
    this.detected = mappings;
    return mappings;
  }
}

/** The file an include names: the build reads includes from anywhere in the repository, above the docset root too. */
export function includedFile(target: Target): string | undefined {
  if (target.kind === 'path') return target.path;
  if (target.kind === 'outside-docset') return target.file;
  return undefined;
}

/** `/power-platform/breadcrumb/toc.json` → `/power-platform/`: the part before the breadcrumb folder. */
export function siteBaseFromBreadcrumb(breadcrumbPath: string): string {
  const segments = breadcrumbPath.split('/').filter(Boolean);
  const breadcrumb = segments.findIndex((segment) => segment.toLowerCase() === 'breadcrumb');
  const kept = breadcrumb === -1 ? segments.slice(0, -1) : segments.slice(0, breadcrumb);
  return normalizePrefix('/' + kept.join('/'));
}

function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim().toLowerCase().replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return (trimmed.startsWith('/') ? trimmed : '/' + trimmed) + '/';
}

function normalizeSitePath(path: string): string {
  return resolvePath('/', path);
}
