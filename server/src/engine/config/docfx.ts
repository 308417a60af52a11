// docfx.json: the docset a file belongs to (its root folder is what `~/` means), and the metadata
// the build adds to every file (`globalMetadata`, `fileMetadata` by glob).
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { MAX_SETTINGS_FILE_BYTES } from '../limits.js';
import { compileGlob } from './glob.js';
import { dirname, isInside, joinPath, relativePath, type FileSystem } from '../workspace/file-system.js';

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
}

/** docfx writes `api/**.md` for "any .md below api/"; the matcher needs `api/**\/*.md`. */
function fromDocfxGlob(glob: string): string {
  return glob.replace(/\*\*(?!\/)/g, '**/*');
}

export class DocfxProjects {
  private readonly byFolder = new Map<string, DocfxProject | null>();

  constructor(
    private readonly fs: FileSystem,
    /** The search for docfx.json stops at these folders. */
    private readonly boundaries: string[],
  ) {}

  invalidate(): void {
    this.byFolder.clear();
  }

  /** The nearest docfx.json at or above the file's folder, within the workspace. */
  projectFor(filePath: string): DocfxProject | undefined {
    return this.projectIn(dirname(filePath)) ?? undefined;
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
    if (this.fs.stat(path)?.type === 'file') project = this.load(path);
    else if (!this.isBoundary(folder)) project = this.projectIn(dirname(folder));
    this.byFolder.set(folder, project);
    return project;
  }

  private isBoundary(folder: string): boolean {
    return dirname(folder) === folder || this.boundaries.includes(folder) || !this.boundaries.some((boundary) => isInside(folder, boundary));
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
          // A glob the matcher refuses matches nothing: docfx.json is the build's file, reported by the build.
          Object.entries(patterns).map(([glob, value]) => ({ matches: globOrNothing(fromDocfxGlob(glob)), value })),
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
    };
  }
}

function globOrNothing(glob: string): (relativePath: string) => boolean {
  try {
    return compileGlob(glob, { nocase: true });
  } catch {
    return () => false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
