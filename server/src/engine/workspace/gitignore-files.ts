// The .gitignore files of a workspace, each read once (bounded): which files the repository holds,
// as git (and so the build's clone) sees it. Discovery and the docset's article groups ask it.
import ignore, { type Ignore } from 'ignore';
import { MAX_SETTINGS_FILE_BYTES } from '../limits.js';
import { dirname, joinPath, type FileSystem } from '../fs/file-system.js';

/** Ignore rules and the folder their patterns are relative to. */
export interface IgnoreScope {
  folder: string;
  matcher: Ignore;
}

export class GitignoreFiles {
  private readonly scopes = new Map<string, IgnoreScope | null>();

  constructor(
    private readonly fs: FileSystem,
    /** A .gitignore that could not be read (too large, not a file): its rules are not applied. */
    private readonly refused: (path: string, reason: string) => void = () => undefined,
  ) {}

  /** The .gitignore files from `folder` up to the first folder `isTop` accepts (or the file system's root), nearest first. */
  scopesFor(folder: string, isTop: (folder: string) => boolean): IgnoreScope[] {
    const scopes: IgnoreScope[] = [];
    for (let current = folder; ; current = dirname(current)) {
      const scope = this.scopeIn(current);
      if (scope) scopes.push(scope);
      if (isTop(current) || dirname(current) === current) return scopes;
    }
  }

  private scopeIn(folder: string): IgnoreScope | null {
    let scope = this.scopes.get(folder);
    if (scope === undefined) {
      const path = joinPath(folder, '.gitignore');
      const read = this.fs.readBoundedFile(path, MAX_SETTINGS_FILE_BYTES);
      if (read.kind === 'refused') this.refused(path, read.reason);
      scope = read.kind === 'bytes' ? { folder, matcher: ignore().add(new TextDecoder().decode(read.bytes)) } : null;
      this.scopes.set(folder, scope);
    }
    return scope;
  }
}
