// Moving or renaming files in the editor (workspace/willRenameFiles, also for folders): the
// WorkspaceEdit VS Code applies before the move. Links, images and includes follow the moved
// files; a published article gets a redirection entry, as the `guidanceLint.redirectOnMove`
// setting says: always, never, or ask (the entry is marked for confirmation, so VS Code shows the
// refactoring preview and the writer can leave it out).
import type {
  ChangeAnnotation,
  CreateFile,
  FileRename,
  TextDocumentEdit,
  WorkspaceEdit,
  AnnotatedTextEdit,
  TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { FileSystem } from '../engine/fs/file-system.js';
import type { Linter } from '../engine/lint.js';
import { decodeText, LineIndex } from '../engine/parse/text.js';
import { moveSourcesFor } from '../engine/refactor.js';
import type { WorkspaceIndex } from '../engine/workspace/index.js';
import { expandMove, planMoves, type FileMove } from '../engine/workspace/moves.js';
import { pathToUri, toLspEdit, uriToPath } from './convert.js';

export type RedirectOnMove = 'always' | 'ask' | 'never';

export interface FileMovesContext {
  linter: Linter;
  index: WorkspaceIndex;
  fs: FileSystem;
  workspaceFolders: string[];
  redirectOnMove: RedirectOnMove;
}

const REDIRECTION_ANNOTATION = 'guidanceLint.redirection';

export function fileMovesEdit(files: FileRename[], context: FileMovesContext): WorkspaceEdit | null {
  const moves: FileMove[] = files.flatMap((file) => {
    const from = uriToPath(file.oldUri);
    const to = uriToPath(file.newUri);
    return from && to ? expandMove(context.index, from, to) : [];
  });
  if (moves.length === 0) return null;
  const plan = planMoves(moveSourcesFor(context), moves, { redirect: context.redirectOnMove !== 'never' });
  const documentChanges: Array<TextDocumentEdit | CreateFile> = [];
  for (const [path, edits] of plan.edits) {
    const lines = linesOf(context.fs, path);
    if (!lines) continue;
    documentChanges.push(
      documentEdit(
        path,
        edits.map((edit) => toLspEdit(edit, lines)),
      ),
    );
  }
  const changeAnnotations: Record<string, ChangeAnnotation> = {};
  if (plan.redirection) {
    const { path, created, text, entries } = plan.redirection;
    changeAnnotations[REDIRECTION_ANNOTATION] = {
      label: `Add ${entries.length === 1 ? 'a redirection entry' : `${entries.length} redirection entries`} (keeps the old URL working)`,
      needsConfirmation: context.redirectOnMove === 'ask',
      description: entries.map((entry) => `${entry.source_path_from_root} → ${entry.redirect_url}`).join(', '),
    };
    const annotated = (edit: LspTextEdit): AnnotatedTextEdit => ({ ...edit, annotationId: REDIRECTION_ANNOTATION });
    if (created) {
      documentChanges.push({
        kind: 'create',
        uri: pathToUri(path),
        options: { ignoreIfExists: true },
        annotationId: REDIRECTION_ANNOTATION,
      });
      documentChanges.push(
        documentEdit(path, [annotated({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text })]),
      );
    } else {
      const lines = linesOf(context.fs, path);
      // The whole file: jsonc-parser wrote the new text keeping its comments and layout.
      if (lines)
        documentChanges.push(documentEdit(path, [annotated(toLspEdit({ start: 0, end: lines.text.length, newText: text }, lines))]));
    }
  }
  if (documentChanges.length === 0) return null;
  return Object.keys(changeAnnotations).length > 0 ? { documentChanges, changeAnnotations } : { documentChanges };
}

function documentEdit(path: string, edits: Array<LspTextEdit | AnnotatedTextEdit>): TextDocumentEdit {
  return { textDocument: { uri: pathToUri(path), version: null }, edits };
}

function linesOf(fs: FileSystem, path: string): LineIndex | undefined {
  const bytes = fs.readFile(path);
  const decoded = bytes ? decodeText(bytes) : undefined;
  return decoded?.kind === 'text' ? new LineIndex(decoded.value.text) : undefined;
}
