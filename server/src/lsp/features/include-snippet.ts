// The `include` completion: `[!INCLUDE [title](path)]` with the path of the includes folder nearest
// the article. A static snippet could only guess one depth (`../includes/`), wrong for most
// articles; the server knows where the article and the includes folders are.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { dirname, isInside, joinPath, relativePath } from '../../engine/fs/file-system.js';
import { indexFor } from '../../engine/workspace/graph/references.js';
import type { WorkspaceIndex } from '../../engine/workspace/index.js';
import type { FeatureContext, LanguageFeature } from './feature.js';

const KEYWORD = 'include';
/** A word at the start of a line, inside blockquote markers or list indentation at most. */
const WORD_AT_LINE_START = /^[ \t>]*([A-Za-z]*)$/;
const INCLUDES_FOLDER = 'includes';

export const includeSnippetFeature: LanguageFeature = {
  completion(context, position) {
    const before = context.document.getText({ start: { line: position.line, character: 0 }, end: position });
    const word = WORD_AT_LINE_START.exec(before)?.[1];
    if (word === undefined || !KEYWORD.startsWith(word.toLowerCase())) return undefined;
    const offset = context.document.offsetAt(position);
    const { model } = context;
    if (model.frontMatter && offset < model.frontMatter.bodyStart) return undefined;
    if (model.isInCode(offset)) return undefined;
    const index = context.linter.environment.index ?? indexFor(model, context.linter.environment);
    return [includeItem(includesFolderFor(context, index), position, word.length)];
  },
};

/**
 * The path, relative to the article, of the `includes` folder in its folder or the nearest one
 * above it inside the workspace; `includes/` beside the article when there is none yet.
 */
export function includesFolderFor(context: Pick<FeatureContext, 'path' | 'workspaceFolders'>, index: WorkspaceIndex): string {
  const articleFolder = dirname(context.path);
  const root = context.workspaceFolders.find((folder) => isInside(context.path, folder));
  for (let folder = articleFolder; root && isInside(folder, root); folder = dirname(folder)) {
    const found = index.lookup(joinPath(folder, INCLUDES_FOLDER));
    if (found?.kind === 'directory') return withSlash(relativePath(articleFolder, found.path));
    if (folder === root) break;
  }
  return INCLUDES_FOLDER + '/';
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : path + '/';
}

function includeItem(folder: string, position: Position, typedLength: number): CompletionItem {
  const escapedFolder = folder.replace(/[$}\\]/g, '\\$&').replace(/ /g, '%20');
  return {
    label: KEYWORD,
    kind: CompletionItemKind.Snippet,
    detail: `Include a file from ${folder}`,
    documentation: `[!INCLUDE [title](${folder}file.md)]: the content of the file, inserted where the include stands.`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: {
      range: { start: { line: position.line, character: position.character - typedLength }, end: position },
      newText: `[!INCLUDE [\${1:title}](${escapedFolder}\${2:file.md})]$0`,
    },
  };
}
