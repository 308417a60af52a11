// Quick fixes for the diagnostics the editor sends back: the finding's own fix and suggestions,
// read from `Diagnostic.data` (convert.ts), and the actions that silence a finding. They are
// computed on the document's text now (the open buffer, or the file on disk for a closed file in
// the Problems panel); a diagnostic whose data no longer matches that text gets no fix.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { LineIndex } from '../engine/parse/text.js';
import type { TextEdit } from '../engine/types.js';
import { toLspEdit, type DiagnosticData } from './convert.js';
import { silenceActions, type SilenceContext } from './silence-actions.js';

export interface QuickFixContext extends SilenceContext {
  /** The document's text now, and its lines. */
  text: string;
  lines: LineIndex;
}

export function quickFixActions(context: QuickFixContext, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnosticData(diagnostic);
    if (!data || !matchesText(data, diagnostic, context)) continue;
    for (const fix of data.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [context.uri]: fix.edits.map((edit) => toLspEdit(edit, context.lines)) } },
      });
    }
    // A safe fix is right in every case (rule.ts): the finding is fixed, not silenced.
    if (!data.fixes?.some((fix) => fix.preferred)) actions.push(...silenceActions(context, diagnostic, data.ruleId));
  }
  return actions;
}

/** The diagnostic's data when it has our shape: it comes back from the client, which may send anything. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || typeof data.offset !== 'number') return undefined;
  if (data.fixes !== undefined && !(Array.isArray(data.fixes) && data.fixes.every(isFix))) return undefined;
  return data as DiagnosticData;
}

function isFix(value: unknown): boolean {
  const fix = value as { title?: unknown; edits?: unknown; preferred?: unknown } | null;
  return (
    typeof fix === 'object' &&
    fix !== null &&
    typeof fix.title === 'string' &&
    typeof fix.preferred === 'boolean' &&
    Array.isArray(fix.edits) &&
    fix.edits.every(isEdit)
  );
}

function isEdit(value: unknown): boolean {
  const edit = value as Partial<TextEdit> | null;
  return (
    typeof edit === 'object' &&
    edit !== null &&
    Number.isInteger(edit.start) &&
    Number.isInteger(edit.end) &&
    edit.start! <= edit.end! &&
    typeof edit.newText === 'string'
  );
}

/**
 * The text is still the one checked when the finding's offset falls where the diagnostic starts and
 * every edit lies inside the text; an edit made since (above the finding) moves one and not the other.
 */
function matchesText(data: DiagnosticData, diagnostic: Diagnostic, { text, lines }: QuickFixContext): boolean {
  if (data.offset > text.length) return false;
  const start = lines.point(data.offset);
  if (start.line - 1 !== diagnostic.range.start.line || start.column - 1 !== diagnostic.range.start.character) return false;
  return (data.fixes ?? []).every((fix) => fix.edits.every((edit) => edit.end <= text.length));
}
