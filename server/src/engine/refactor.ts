// The repository as the move planner (workspace/moves.ts) needs it, from a run's Linter: its index,
// its configuration and its build scope. One adapter for the CLI's `mv` and the editor's file moves.
import type { FileSystem } from './fs/file-system.js';
import { isInside } from './fs/file-system.js';
import type { Linter } from './lint.js';
import { DEFAULT_MAX_FILE_SIZE, textWithinLimits } from './limits.js';
import { parseDocument, type DocumentModel } from './parse/document.js';
import { isIncludeFile } from './parse/file-kind.js';
import { decodeText } from './parse/text.js';
import type { WorkspaceIndex } from './workspace/index.js';
import type { MoveSources } from './workspace/moves.js';

export interface RefactorContext {
  linter: Linter;
  index: WorkspaceIndex;
  /** Files as the refactoring sees them (the editor's open buffers first). */
  fs: FileSystem;
  workspaceFolders: string[];
  /** The parsed current text of a file, when the caller has it already (an open document). */
  openModel?(path: string): DocumentModel | undefined;
}

export function moveSourcesFor(context: RefactorContext): MoveSources {
  const { linter, index, fs } = context;
  const readText = (path: string): string | undefined => {
    const bytes = fs.readFile(path);
    if (!bytes) return undefined;
    const decoded = decodeText(bytes);
    return decoded.kind === 'text' ? decoded.value.text : undefined;
  };
  const readModel = (path: string): DocumentModel | undefined => {
    const open = context.openModel?.(path);
    if (open) return open;
    const text = readText(path);
    // Within the linter's limits: a refactoring must not hang on a generated or damaged file.
    return text === undefined
      ? undefined
      : parseDocument(path, textWithinLimits(text, linter.config.resolve(path).maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
  };
  return {
    index,
    readModel,
    readText,
    docsetsOf: (path) => linter.config.resolve(path).docsets,
    repositoryRootOf: (path) => context.workspaceFolders.filter((folder) => isInside(path, folder)).sort((a, b) => b.length - a.length)[0],
    isPublishedArticle: (path) => {
      if (!/\.md$/i.test(path) || !linter.isLearnArticle(path)) return false;
      const model = readModel(path);
      return model !== undefined && !isIncludeFile(model);
    },
    sitePathOf: (path) => index.site.sitePathOf(path, linter.config.resolve(path).docsets),
    docsetRootOf: (path) => index.site.docsetRootOf(path),
  };
}
