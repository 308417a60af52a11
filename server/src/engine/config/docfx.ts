// docfx.json: the docset a file belongs to (its root folder is what `~/` means), the files the build
// turns into pages (`build.content`), and the metadata it adds to every file (`globalMetadata`,
// `fileMetadata` by glob). When an `.openpublishing.publish.config.json` names the docsets
// (`docsets_to_publish[].build_source_folder`), a file inside one belongs to that docset, not to a
// docfx.json nested below it that nothing publishes.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { MAX_SETTINGS_FILE_BYTES } from '../limits.js';
import { compileGlob } from './glob.js';
import { dirname, isInside, joinPath, relativePath, resolvePath, type FileSystem } from '../fs/file-system.js';

export interface DocfxProject {
  /** Folder of the docfx.json: the docset root. */
  root: string;
  path: string;
  globalMetadata: Record<string, unknown>;
  /** key → [matcher, value] in file order; later matches win, as in docfx. */
  fileMetadata: Map<string, Array<{ matches: (relativePath: string) => boolean; value: unknown }>>;
  /** `breadcrumb_path` from globalMetadata, e.g. "/power-platform/breadcrumb/toc.json". */
  breadcrumbPath: string | undefined;
  /** The JSON did not parse: the project is known to exist, its metadata is not. */
  invalid: boolean;
  /** `build.content` groups; undefined when the docfx.json names none (or did not parse). */
  content: ContentGroup[] | undefined;
  /** `monikerDefinition` as written (top level or in `build`): a file path or the definition itself. */
  monikerDefinition: unknown;
}

/** One `build.content` entry: globs relative to `base` (the docfx.json folder joined with `src`). */
export interface ContentGroup {
  base: string;
  /** `dest`: the folder, relative to the docset's site root, the group publishes into ('' for the root). */
  dest: string;
  /** True when a path relative to `base` matches a `files` glob and no `exclude` glob. */
  matches: (relativePath: string) => boolean;
}

/** The Learn publishing config at a repository's root: which docsets it publishes, its redirection files. */
export const PUBLISH_CONFIG = '.openpublishing.publish.config.json';

/** docfx writes `api/**.md` for "any .md below api/"; the matcher needs `api/**\/*.md`. */
function fromDocfxGlob(glob: string): string {
  return glob.replace(/\*\*(?!\/)/g, '**/*');
}

/**
 * A docfx glob as the build reads it: case-insensitive (the build runs on Windows), `**.md` as
 * `**\/*.md`. A glob the matcher refuses matches nothing: docfx.json is the build's file, and the
 * build reports it.
 */
function docfxGlob(glob: string): (relativePath: string) => boolean {
  try {
    return compileGlob(fromDocfxGlob(glob.replace(/\\/g, '/')), { nocase: true });
  } catch {
    return () => false;
  }
}

export class DocfxProjects {
  private readonly byFolder = new Map<string, DocfxProject | null>();
  private readonly atFolder = new Map<string, DocfxProject | null>();
  private readonly publishConfigIn = new Map<string, { folder: string; docsets: string[] } | null>();

  constructor(
    private readonly fs: FileSystem,
    /** The search for docfx.json stops at these folders. */
    private readonly boundaries: string[],
  ) {}

  invalidate(): void {
    this.byFolder.clear();
    this.atFolder.clear();
    this.publishConfigIn.clear();
  }

  /**
   * The docfx.json the build uses for this file: the one at the root of the published docset holding
   * it, else the nearest docfx.json at or above the file's folder, within the workspace.
   */
  projectFor(filePath: string): DocfxProject | undefined {
    const published = this.publishedDocsetOf(filePath);
    return (published !== undefined ? this.projectAt(published) : undefined) ?? this.projectIn(dirname(filePath)) ?? undefined;
  }

  /**
   * The governing publish config's docset folders, when one is found at or above the file's folder
   * (within the workspace); undefined when there is none, or it names no docset (a config that does
   * not parse must not take every file out of the build).
   */
  publishedDocsets(filePath: string): string[] | undefined {
    const docsets = this.publishConfigFor(dirname(filePath))?.docsets;
    return docsets?.length ? docsets : undefined;
  }

  /** The deepest published docset folder holding the file. */
  publishedDocsetOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.publishedDocsets(filePath) ?? [])
      if (isInside(filePath, folder) && (!best || folder.length > best.length)) best = folder;
    return best;
  }

  /** The docfx.json in exactly this folder. */
  projectAt(folder: string): DocfxProject | undefined {
    let project = this.atFolder.get(folder);
    if (project === undefined) {
      const path = joinPath(folder, 'docfx.json');
      project = this.fs.stat(path)?.type === 'file' ? this.load(path) : null;
      this.atFolder.set(folder, project);
    }
    return project ?? undefined;
  }

  /** Metadata the build gives this file before its own front matter: global, then matching file metadata. */
  metadataFor(filePath: string): Record<string, unknown> {
    const project = this.projectFor(filePath);
    if (!project) return {};
    const metadata: Record<string, unknown> = { ...project.globalMetadata };
    const relative = relativePath(project.root, filePath);
    for (const [key, patterns] of project.fileMetadata) {
      for (const { matches, value } of patterns) if (matches(relative)) metadata[key] = value;
    }
    return metadata;
  }

  private projectIn(folder: string): DocfxProject | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    const path = joinPath(folder, 'docfx.json');
    let project: DocfxProject | null = null;
    if (this.fs.stat(path)?.type === 'file') project = this.projectAt(folder) ?? null;
    else if (!this.isBoundary(folder)) project = this.projectIn(dirname(folder));
    this.byFolder.set(folder, project);
    return project;
  }

  private publishConfigFor(folder: string): { folder: string; docsets: string[] } | null {
    const cached = this.publishConfigIn.get(folder);
    if (cached !== undefined) return cached;
    let config: { folder: string; docsets: string[] } | null = null;
    if (this.fs.stat(joinPath(folder, PUBLISH_CONFIG))?.type === 'file')
      config = { folder, docsets: readPublishedDocsets(this.fs, folder) };
    else if (!this.isBoundary(folder)) config = this.publishConfigFor(dirname(folder));
    this.publishConfigIn.set(folder, config);
    return config;
  }

  private isBoundary(folder: string): boolean {
    return (
      dirname(folder) === folder || this.boundaries.includes(folder) || !this.boundaries.some((boundary) => isInside(folder, boundary))
    );
  }

  private load(path: string): DocfxProject {
    const errors: ParseError[] = [];
    const read = this.fs.readBoundedFile(path, MAX_SETTINGS_FILE_BYTES);
    const bytes = read.kind === 'bytes' ? read.bytes : undefined;
    const json = bytes ? (parseJsonc(new TextDecoder().decode(bytes), errors, { allowTrailingComma: true }) as unknown) : undefined;
    const build = (isRecord(json) && isRecord(json.build) ? json.build : {}) as Record<string, unknown>;
    const globalMetadata = isRecord(build.globalMetadata) ? build.globalMetadata : {};
    const fileMetadata = new Map<string, Array<{ matches: (relativePath: string) => boolean; value: unknown }>>();
    if (isRecord(build.fileMetadata)) {
      for (const [key, patterns] of Object.entries(build.fileMetadata)) {
        if (!isRecord(patterns)) continue;
        fileMetadata.set(
          key,
          Object.entries(patterns).map(([glob, value]) => ({ matches: docfxGlob(glob), value })),
        );
      }
    }
    const breadcrumb = globalMetadata.breadcrumb_path;
    return {
      root: dirname(path),
      path,
      globalMetadata,
      fileMetadata,
      breadcrumbPath: typeof breadcrumb === 'string' ? breadcrumb : undefined,
      invalid: !bytes || errors.length > 0,
      content: contentGroups(dirname(path), build.content),
      monikerDefinition: build.monikerDefinition ?? (isRecord(json) ? json.monikerDefinition : undefined),
    };
  }
}

/**
 * `build.content`: a glob, a list of globs, or entries `{ files, exclude, src }` (docfx v3 also spells
 * `files` as `include`). Undefined when nothing usable is there: the caller then treats every file as built.
 */
function contentGroups(root: string, content: unknown): ContentGroup[] | undefined {
  const entries = Array.isArray(content) ? content : content === undefined ? [] : [content];
  const groups: ContentGroup[] = [];
  for (const entry of entries) {
    const files = typeof entry === 'string' ? [entry] : isRecord(entry) ? globList(entry.files ?? entry.include) : [];
    if (files.length === 0) continue;
    const exclude = isRecord(entry) ? globList(entry.exclude) : [];
    const src = isRecord(entry) && typeof entry.src === 'string' ? entry.src.replace(/\\/g, '/') : '.';
    const included = files.map(docfxGlob);
    const excluded = exclude.map(docfxGlob);
    const dest = isRecord(entry) && typeof entry.dest === 'string' ? entry.dest.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '') : '';
    groups.push({
      base: resolvePath(root, src),
      dest: dest === '.' ? '' : dest,
      // The build never takes a file or folder whose name starts with a dot (.github, .vscode).
      matches: (relative) =>
        !relative.split('/').some((segment) => segment.startsWith('.')) &&
        !excluded.some((matches) => matches(relative)) &&
        included.some((matches) => matches(relative)),
    });
  }
  return groups.length > 0 ? groups : undefined;
}

function globList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
}

/** `docsets_to_publish[].build_source_folder` of the publish config in `folder`, inside that folder. */
export function readPublishedDocsets(fs: FileSystem, folder: string): string[] {
  const read = fs.readBoundedFile(joinPath(folder, PUBLISH_CONFIG), MAX_SETTINGS_FILE_BYTES);
  if (read.kind !== 'bytes') return [];
  const json = parseJsonc(new TextDecoder().decode(read.bytes), [], { allowTrailingComma: true }) as unknown;
  const docsets = isRecord(json) && Array.isArray(json.docsets_to_publish) ? json.docsets_to_publish : [];
  return docsets
    .map((docset) => (isRecord(docset) ? docset.build_source_folder : undefined))
    .filter((source): source is string => typeof source === 'string')
    .map((source) => resolvePath(folder, source.replace(/\\/g, '/')))
    .filter((source) => isInside(source, folder));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
