// Which files a run checks (Markdown, the toc.yml and toc.json tables of contents, and redirection
// files): walks folders through the FileSystem, honouring .gitignore files and config `ignore` globs,
// following symlinks only while they stay inside the root.
import ignore from 'ignore';
import picomatch from 'picomatch';
import type { ConfigLoader } from '../config/config.js';
import { tocFormatOf } from '../parse/toc.js';
import { basename, dirname, isInside, joinPath, relativePath, resolvePath, type FileSystem } from '../fs/file-system.js';
import { type IgnoreScope, GitignoreFiles } from './gitignore-files.js';
import { isRedirectionFileName } from './graph/redirects.js';

export interface SkippedPath {
  path: string;
  reason: string;
}

export interface Discovery {
  /** Absolute paths, sorted. */
  files: string[];
  skipped: SkippedPath[];
}

export interface DiscoverOptions {
  fs: FileSystem;
  config: ConfigLoader;
  /** Absolute file or folder paths, or globs (`docs/**\/*.md`) resolved against `cwd`. */
  patterns: string[];
  cwd: string;
  /** Nothing outside these folders is read. */
  workspaceFolders: string[];
  /** File name endings that count as Markdown (default .md and .markdown). */
  extensions?: string[];
}

export const NOT_FOUND = 'no such file or folder';
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.guidancelint-cache']);
const DEFAULT_EXTENSIONS = ['.md', '.markdown'];

export function discoverFiles(options: DiscoverOptions): Discovery {
  const walker = new Walker(options);
  for (const pattern of options.patterns) walker.addPattern(pattern);
  return { files: [...walker.files].sort(), skipped: walker.skipped };
}

class Walker {
  readonly files = new Set<string>();
  readonly skipped: SkippedPath[] = [];
  private readonly visitedFolders = new Set<string>();
  /** The workspace folders with their links resolved, once. */
  private realWorkspaceFolders: string[] | undefined;
  private readonly gitignores: GitignoreFiles;
  private readonly configScopes = new Map<string, IgnoreScope>();
  private readonly extensions: string[];
  /** Folders named on the command line (or a glob's base): what the user asked for explicitly. */
  private readonly explicitRoots: string[] = [];

  constructor(private readonly options: DiscoverOptions) {
    this.extensions = options.extensions ?? DEFAULT_EXTENSIONS;
    this.gitignores = new GitignoreFiles(options.fs, (path, reason) =>
      this.skipped.push({ path, reason: `its ignore rules were not applied: ${reason}` }),
    );
  }

  addPattern(pattern: string): void {
    const { fs, cwd } = this.options;
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      const path = resolvePath(cwd, pattern);
      const stat = fs.stat(path);
      if (stat?.type === 'directory') {
        this.explicitRoots.push(path);
        this.walk(path, undefined);
      } else if (stat?.type === 'file') this.addFile(path, true);
      else this.skipped.push({ path, reason: NOT_FOUND });
      return;
    }
    const base = resolvePath(cwd, scan.base || '.');
    const matcher = picomatch(scan.glob, { dot: false });
    this.explicitRoots.push(base);
    this.walk(base, (path) => matcher(relativePath(base, path)));
  }

  private walk(folder: string, accept: ((path: string) => boolean) | undefined): void {
    const real = this.options.fs.realPath(folder);
    if (!real) return;
    if (!this.insideWorkspace(real)) {
      this.skipped.push({ path: folder, reason: 'it is a link to a folder outside the workspace' });
      return;
    }
    if (this.visitedFolders.has(real)) return;
    this.visitedFolders.add(real);
    for (const entry of this.options.fs.readDirectory(folder)) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const path = joinPath(folder, entry.name);
      let type = entry.type;
      if (type === 'symlink') {
        const stat = this.options.fs.stat(path);
        if (!stat) continue;
        type = stat.type;
      }
      if (this.isIgnored(path, type === 'directory')) continue;
      if (type === 'directory') this.walk(path, accept);
      // A plain file in a folder whose real path is inside the workspace is inside it too: only a link is resolved.
      else if (this.hasExtension(path) && (!accept || accept(path))) this.addFile(path, false, entry.type === 'symlink');
    }
  }

  private addFile(path: string, explicit: boolean, linked = true): void {
    if (!explicit && this.files.has(path)) return;
    const real = linked ? this.options.fs.realPath(path) : path;
    if (!real || (linked && !this.insideWorkspace(real))) {
      this.skipped.push({ path, reason: 'it is a link to a file outside the workspace' });
      return;
    }
    if (explicit && this.isIgnored(path, false)) {
      this.skipped.push({ path, reason: 'it is ignored by configuration' });
      return;
    }
    this.files.add(path);
  }

  /** Markdown by its extension, and the TOC files the build reads (toc.yml, toc.json). */
  private hasExtension(path: string): boolean {
    // Redirection files are checked too (the redirect-* rules read them).
    if (isRedirectionFileName(basename(path))) return true;
    const lower = path.toLowerCase();
    return this.extensions.some((extension) => lower.endsWith(extension)) || tocFormatOf(path) !== undefined;
  }

  private insideWorkspace(realPath: string): boolean {
    this.realWorkspaceFolders ??= this.options.workspaceFolders.map((folder) => this.options.fs.realPath(folder) ?? folder);
    return this.realWorkspaceFolders.some((folder) => isInside(realPath, folder));
  }

  private isIgnored(path: string, isFolder: boolean): boolean {
    const folder = dirname(path);
    const root = this.explicitRootOf(path);
    // A folder the user named is checked even when a .gitignore above it ignores it (a build output
    // or scratch folder checked on purpose); the .gitignore files inside it still apply.
    const gitignores = this.gitignores
      .scopesFor(folder, (current) => this.options.workspaceFolders.includes(current))
      .filter(
        (scope) =>
          !root || !isInside(root, scope.folder) || root === scope.folder || !scope.matcher.ignores(relativePath(scope.folder, root) + '/'),
      );
    const scopes = [...gitignores, ...this.configScopesFor(folder)];
    return scopes.some((scope) => {
      if (!isInside(path, scope.folder) || path === scope.folder) return false;
      const relative = relativePath(scope.folder, path) + (isFolder ? '/' : '');
      return scope.matcher.ignores(relative);
    });
  }

  private explicitRootOf(path: string): string | undefined {
    let deepest: string | undefined;
    for (const root of this.explicitRoots) if (isInside(path, root) && (!deepest || root.length > deepest.length)) deepest = root;
    return deepest;
  }

  private configScopesFor(folder: string): IgnoreScope[] {
    return this.options.config.ignoresFor(folder).map(({ folder: configFolder, patterns }) => {
      let scope = this.configScopes.get(configFolder);
      if (!scope) {
        scope = { folder: configFolder, matcher: ignore().add(patterns) };
        this.configScopes.set(configFolder, scope);
      }
      return scope;
    });
  }
}
