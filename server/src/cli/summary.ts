// --summary <file>: a Markdown report of the run, appended to the file (GitHub Actions renders
// $GITHUB_STEP_SUMMARY on the run's page): totals, then findings by rule and by file. Collected as
// the run goes (counts only), written once at the end.
import { relativePath } from '../engine/fs/file-system.js';
import { DOCS_BASE_URL } from '../engine/rules/docs-url.js';
import type { Finding, RuleMeta, Severity } from '../engine/types.js';
import { escapeControl } from './formatters/escape.js';

/** Files beyond this many are counted in one last row: a summary is read, not searched. */
export const SUMMARY_MAX_FILES = 50;

type Counts = Record<Severity, number>;

export interface SummaryContext {
  cwd: string;
  rules: readonly RuleMeta[];
  /** What the run checked, said in the heading's line (e.g. "12 files changed since main"). */
  scope: string;
}

export class RunSummary {
  private readonly byRule = new Map<string, Counts>();
  private readonly byFile = new Map<string, Counts>();
  private readonly total: Counts = { error: 0, warning: 0, info: 0 };
  private baselined = 0;

  constructor(private readonly context: SummaryContext) {}

  add(findings: readonly Finding[]): void {
    for (const finding of findings) {
      this.total[finding.severity]++;
      increment(this.byRule, finding.ruleId, finding.severity);
      increment(this.byFile, relativePath(this.context.cwd, finding.file) || finding.file, finding.severity);
    }
  }

  addBaselined(count: number): void {
    this.baselined += count;
  }

  toMarkdown(): string {
    const { error, warning, info } = this.total;
    const lines = ['## Guidance Lint', '', `${cell(this.context.scope)}.`, ''];
    const found = error + warning + info;
    lines.push(
      found === 0
        ? 'No findings.'
        : `**${found}** finding${found === 1 ? '' : 's'}: ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info.`,
    );
    if (this.baselined > 0)
      lines.push('', `${this.baselined} more finding${this.baselined === 1 ? ' is' : 's are'} in the baseline and not shown.`);
    if (found > 0) {
      const known = new Set(this.context.rules.map((rule) => rule.id));
      lines.push('', '### By rule', '', '| Rule | Errors | Warnings | Info |', '| --- | ---: | ---: | ---: |');
      for (const [ruleId, counts] of sortedByCount(this.byRule)) {
        const name = known.has(ruleId) ? `[\`${ruleId}\`](${DOCS_BASE_URL}${ruleId}.md)` : `\`${cell(ruleId)}\``;
        lines.push(`| ${name} | ${counts.error} | ${counts.warning} | ${counts.info} |`);
      }
      lines.push('', '### By file', '', '| File | Errors | Warnings | Info |', '| --- | ---: | ---: | ---: |');
      const files = sortedByCount(this.byFile);
      for (const [file, counts] of files.slice(0, SUMMARY_MAX_FILES))
        lines.push(`| ${cell(file)} | ${counts.error} | ${counts.warning} | ${counts.info} |`);
      if (files.length > SUMMARY_MAX_FILES) {
        const rest: Counts = { error: 0, warning: 0, info: 0 };
        for (const [, counts] of files.slice(SUMMARY_MAX_FILES)) for (const severity of SEVERITY_ORDER) rest[severity] += counts[severity];
        lines.push(`| ${files.length - SUMMARY_MAX_FILES} more files | ${rest.error} | ${rest.warning} | ${rest.info} |`);
      }
    }
    return lines.join('\n') + '\n\n';
  }
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

function increment(map: Map<string, Counts>, key: string, severity: Severity): void {
  const counts = map.get(key) ?? { error: 0, warning: 0, info: 0 };
  counts[severity]++;
  map.set(key, counts);
}

/** Most errors first, then most warnings, then most info, then by name. */
function sortedByCount(map: Map<string, Counts>): Array<[string, Counts]> {
  return [...map].sort(
    ([aName, a], [bName, b]) =>
      b.error - a.error || b.warning - a.warning || b.info - a.info || (aName < bName ? -1 : aName > bName ? 1 : 0),
  );
}

/**
 * Repository text (a file name) inside a table cell: control characters visible, and the
 * characters Markdown or HTML would read (`|` ends a cell, `<` opens a tag) escaped.
 */
function cell(text: string): string {
  return escapeControl(text).replace(/[\\`*_[\]|<>&#]/g, (character) => `&#${character.charCodeAt(0)};`);
}
