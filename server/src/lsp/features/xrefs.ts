// Editor help for cross references: completion of the uids the repository defines after `xref:`
// (`<xref:`, `](xref:`, `]: xref:`), answered from the workspace index's uid table.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { indexFor } from '../../engine/workspace/graph/references.js';
import type { FeatureContext, LanguageFeature } from './feature.js';

/** `xref:` opened as an autolink, a link destination or a reference definition, and the uid typed so far. */
const XREF_TYPED = /(?:<|\]\(\s*|\]:[ \t]*)xref:([^\s<>()?#"']*)$/i;

export const xrefsFeature: LanguageFeature = {
  triggerCharacters: [':'],

  completion(context, position) {
    const before = context.document.getText({ start: { line: position.line, character: 0 }, end: position });
    const typed = XREF_TYPED.exec(before)?.[1];
    if (typed === undefined) return undefined;
    return completeUid(context, typed, position);
  },
};

function completeUid(context: FeatureContext, typed: string, position: { line: number; character: number }): CompletionItem[] {
  const index = context.linter.environment.index ?? indexFor(context.model, context.linter.environment);
  const start = { line: position.line, character: position.character - typed.length };
  const lower = typed.toLowerCase();
  const items: CompletionItem[] = [];
  for (const uid of index.uids.all()) {
    if (!uid.toLowerCase().startsWith(lower)) continue;
    const definition = index.uids.definitionsOf(uid)[0]!;
    const folder = index.site.workspaceFolderOf(definition.file);
    items.push({
      label: uid,
      kind: CompletionItemKind.Reference,
      detail: folder ? definition.file.slice(folder.length + 1) : definition.file,
      textEdit: { range: { start, end: position }, newText: uid },
    });
  }
  return items;
}
