// `<!-- guidance-lint-disable … -->` comments: which findings they silence, and which ids they
// name that no rule has.
import type { DocumentModel } from './parse/document.js';
import type { Finding, Range } from './types.js';

export interface SuppressionResult {
  findings: Finding[];
  unknownRuleIds: Array<{ id: string; range: Range }>;
}

/** A span of lines where some rules (or all, when `ruleIds` is undefined) are off. */
interface DisabledSpan {
  fromLine: number;
  toLine: number;
  ruleIds: Set<string> | undefined;
}

export function applySuppressions(document: DocumentModel, findings: Finding[], knownRuleIds: ReadonlySet<string>): SuppressionResult {
  const unknownRuleIds: SuppressionResult['unknownRuleIds'] = [];
  if (document.directives.length === 0) return { findings, unknownRuleIds };
  const spans: DisabledSpan[] = [];
  const open = new Map<string, number>();
  let openAll: number | undefined;
  const lastLine = document.lines.lineCount;

  for (const directive of document.directives) {
    directive.ruleIds.forEach((id, index) => {
      if (!knownRuleIds.has(id) && !id.startsWith('remark-lint:')) unknownRuleIds.push({ id, range: directive.ruleIdRanges[index]! });
    });
    const ids = directive.ruleIds.length > 0 ? new Set(directive.ruleIds) : undefined;
    const line = directive.range.end.line;
    switch (directive.kind) {
      case 'disable-file':
        spans.push({ fromLine: 1, toLine: lastLine, ruleIds: ids });
        break;
      case 'disable-next-line':
        spans.push({ fromLine: line + 1, toLine: line + 1, ruleIds: ids });
        break;
      case 'disable':
        if (ids) {
          for (const id of ids) if (!open.has(id)) open.set(id, directive.range.start.line);
        } else {
          openAll ??= directive.range.start.line;
        }
        break;
      case 'enable':
        if (ids) {
          for (const id of ids) {
            const from = open.get(id);
            if (from !== undefined) spans.push({ fromLine: from, toLine: line, ruleIds: new Set([id]) });
            open.delete(id);
          }
        } else {
          if (openAll !== undefined) spans.push({ fromLine: openAll, toLine: line, ruleIds: undefined });
          for (const [id, from] of open) spans.push({ fromLine: from, toLine: line, ruleIds: new Set([id]) });
          open.clear();
          openAll = undefined;
        }
        break;
    }
  }
  for (const [id, from] of open) spans.push({ fromLine: from, toLine: lastLine, ruleIds: new Set([id]) });
  if (openAll !== undefined) spans.push({ fromLine: openAll, toLine: lastLine, ruleIds: undefined });

  const kept = findings.filter(
    (finding) =>
      !spans.some(
        (span) =>
          finding.range.start.line >= span.fromLine &&
          finding.range.start.line <= span.toLine &&
          (span.ruleIds === undefined || span.ruleIds.has(finding.ruleId)),
      ),
  );
  return { findings: kept, unknownRuleIds };
}
