// Engine findings and edits in LSP terms (0-based lines, UTF-16 characters: the same units the
// engine's columns use, shifted by one).
import {
  DiagnosticSeverity,
  type Diagnostic,
  type Position,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { LineIndex } from '../engine/parse/text.js';
import { RULE_SOURCE } from '../engine/rules/rule.js';
import type { Finding, Fix, Point, Range, Severity, TextEdit } from '../engine/types.js';
import { ruleDocsUrl } from './rule-docs.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toPosition(point: Point): Position {
  return { line: point.line - 1, character: point.column - 1 };
}

export function toLspRange(range: Range): LspRange {
  return { start: toPosition(range.start), end: toPosition(range.end) };
}

/**
 * What a code action needs about a finding, carried by its diagnostic (`Diagnostic.data`), so the
 * server answers from the diagnostic the editor sends back, not by finding the finding again.
 * Edits are offsets into the text that was checked; `offset` (the finding's start) tells whether
 * the text the action is computed on is still that text.
 */
export interface DiagnosticData {
  ruleId: string;
  offset: number;
  /** The finding's fix first (when it has one), then its suggestions. */
  fixes?: Array<Fix & { preferred: boolean }>;
}

export function toDiagnostic(finding: Finding): Diagnostic {
  const isOurs = !finding.ruleId.includes(':');
  const fixes = [
    ...(finding.fix ? [{ ...finding.fix, preferred: finding.fix.safe }] : []),
    ...(finding.suggestions ?? []).map((fix) => ({ ...fix, preferred: false })),
  ];
  const data: DiagnosticData = { ruleId: finding.ruleId, offset: finding.range.start.offset, ...(fixes.length > 0 ? { fixes } : {}) };
  return {
    range: toLspRange(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(isOurs ? { codeDescription: { href: ruleDocsUrl(finding.ruleId) } } : {}),
    source: RULE_SOURCE,
    message: finding.message,
    data,
  };
}

export function toLspEdit(edit: TextEdit, lines: LineIndex): LspTextEdit {
  return { range: { start: toPosition(lines.point(edit.start)), end: toPosition(lines.point(edit.end)) }, newText: edit.newText };
}

export function uriToPath(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath.replace(/\\/g, '/') : undefined;
}

export function pathToUri(path: string): string {
  return URI.file(path).toString();
}
