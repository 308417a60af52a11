// --format stylish (default): findings grouped by file, for people reading a terminal. Errors and
// warnings are listed where they are; infos (conventions, reminders) come after them, grouped by
// rule, and a rule with many shows its count and a few examples so that one repository-wide
// habit does not bury the problems. `--verbose` lists every info in its file instead.
import type { Finding, Severity } from '../../engine/types.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const PAINT: Record<Severity | 'dim' | 'bold' | 'underline', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  underline: '\x1b[4m',
};
const RESET = '\x1b[0m';
/** Infos shown per rule in the summary; a rule with no more than this many is listed whole. */
export const INFO_EXAMPLES = 3;

interface InfoGroup {
  ruleId: string;
  count: number;
  files: number;
  examples: Finding[];
}

export const formatStylish: Formatter = ({ cwd, color, verbose }) => {
  const paint = (style: keyof typeof PAINT, text: string) => (color ? `${PAINT[style]}${text}${RESET}` : text);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  const infoGroups = new Map<string, InfoGroup>();

  /** Keeps an info for the summary: its count, its file and, for the first few, the finding. */
  const collectInfos = (findings: Finding[]) => {
    const seenInFile = new Set<string>();
    for (const finding of findings) {
      let group = infoGroups.get(finding.ruleId);
      if (!group) infoGroups.set(finding.ruleId, (group = { ruleId: finding.ruleId, count: 0, files: 0, examples: [] }));
      group.count++;
      if (!seenInFile.has(finding.ruleId)) group.files++;
      seenInFile.add(finding.ruleId);
      if (group.examples.length < INFO_EXAMPLES) group.examples.push(finding);
    }
  };

  const infoSummary = (): string[] => {
    if (infoGroups.size === 0) return [];
    const groups = [...infoGroups.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
    const summarised = groups.some((group) => group.count > group.examples.length);
    const lines = [paint('underline', summarised ? 'Infos by rule (--verbose lists every one)' : 'Infos by rule')];
    for (const group of groups) {
      const where = group.files > 1 ? ` in ${plural(group.files, 'file')}` : '';
      lines.push(`  ${paint('info', plural(group.count, 'info'))}${where}  ${paint('dim', group.ruleId)}`);
      for (const finding of group.examples) {
        const { line, column } = finding.range.start;
        lines.push(`    ${paint('dim', `${displayPath(finding.file, cwd)}:${line}:${column}`)}  ${finding.message}`);
      }
      const more = group.count - group.examples.length;
      if (more > 0) lines.push(`    ${paint('dim', `… and ${more} more`)}`);
    }
    return [...lines, ''];
  };

  return {
    start: () => '',
    file: (findings) => {
      for (const finding of findings) {
        counts[finding.severity]++;
        if (finding.fix?.safe) fixable++;
      }
      const listed = verbose ? findings : findings.filter((finding) => finding.severity !== 'info');
      if (!verbose) collectInfos(findings.filter((finding) => finding.severity === 'info'));
      if (listed.length === 0) return '';
      const rows = listed.map((finding) => [`${finding.range.start.line}:${finding.range.start.column}`, finding.severity, finding.message, finding.ruleId] as const);
      const positionWidth = Math.max(...rows.map((row) => row[0].length));
      const severityWidth = Math.max(...rows.map((row) => row[1].length));
      const lines = [paint('underline', displayPath(listed[0]!.file, cwd))];
      for (const [position, severity, message, ruleId] of rows) {
        lines.push(`  ${paint('dim', position.padEnd(positionWidth))}  ${paint(severity, severity.padEnd(severityWidth))}  ${message}  ${paint('dim', ruleId)}`);
      }
      return lines.join('\n') + '\n\n';
    },
    end: () => {
      const total = counts.error + counts.warning + counts.info;
      if (total === 0) return '';
      const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
      const lines = [...infoSummary(), paint('bold', paint(counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info', summary))];
      if (fixable > 0) lines.push(paint('dim', `  ${plural(fixable, 'problem')} can be fixed with --fix.`));
      return lines.join('\n') + '\n';
    },
  };
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}
