// "Fix all" for a file: the `source.fixAll.guidanceLint` code action, which VS Code runs from the
// Source Action menu and on save (`editor.codeActionsOnSave`). It applies the safe fixes only,
// like `--fix`; fixes that overlap one already taken wait for the next run.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { applySafeFixes } from '../engine/fixes/apply.js';
import type { LineIndex } from '../engine/parse/text.js';
import type { Finding } from '../engine/types.js';
import { toLspEdit } from './convert.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.guidanceLint`;

/** Whether a code action request (`context.only`) asks for kind: no filter, or a filter that is kind or a parent of it. */
export function requestsKind(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

export function fixAllAction(uri: string, text: string, findings: readonly Finding[], lines: LineIndex): CodeAction | undefined {
  const { applied } = applySafeFixes(text, findings);
  if (applied.length === 0) return undefined;
  return {
    title: `Fix all safely fixable Guidance Lint problems (${applied.length})`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: applied.flatMap((finding) => finding.fix!.edits.map((edit) => toLspEdit(edit, lines))) } },
  };
}
