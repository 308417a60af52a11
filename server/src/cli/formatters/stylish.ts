// --format stylish (default): findings grouped by file, for people reading a terminal. Errors and
// warnings are listed where they are, except that one repeated across the repository (the same
// rule and message, numbers outside quotes aside) is listed a few times and then counted; infos
// (conventions, reminders) come after them, grouped by rule with a count and a few examples. So one
// repository-wide habit takes a few lines instead of burying the rest. `--verbose` lists every
// finding in its file instead. Control characters in names and messages are escaped.
import type { Finding, Severity } from '../../engine/types.js';
import { escapeControl } from './escape.js';
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
/** Times one error or warning (rule and message, numbers aside) is listed before the rest are counted. */
export const REPEATS_LISTED = 5;

interface InfoGroup {
  ruleId: string;
  count: number;
  files: number;
  examples: Finding[];
}

interface RepeatGroup {
  severity: Severity;
  ruleId: string;
  /** The message of the first one not listed. */
  message: string;
  listed: number;
  more: number;
  files: number;
  lastFile: string;
}

export const formatStylish: Formatter = ({ cwd, color, verbose }) => {
  const paint = (style: keyof typeof PAINT, text: string) => (color ? `${PAINT[style]}${text}${RESET}` : text);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  const infoGroups = new Map<string, InfoGroup>();
  const repeats = new Map<string, RepeatGroup>();

  /** Whether this error or warning is listed, or counted as one more of a repeated finding. */
  const listRepeat = (finding: Finding): boolean => {
    // Numbers in the prose (a length, an age) vary within one convention; a quoted name or path does not.
    const key = `${finding.severity}\0${finding.ruleId}\0${finding.message.replace(/("[^"]*")|\d+/g, (_digits, quoted?: string) => quoted ?? '#')}`;
    let group = repeats.get(key);
    if (!group) {
      group = { severity: finding.severity, ruleId: finding.ruleId, message: finding.message, listed: 0, more: 0, files: 0, lastFile: '' };
      repeats.set(key, group);
    }
    if (group.listed < REPEATS_LISTED) {
      group.listed++;
      return true;
    }
    if (group.more === 0) group.message = finding.message;
    group.more++;
    if (group.lastFile !== finding.file) group.files++;
    group.lastFile = finding.file;
    return false;
  };

  const repeatSummary = (): string[] => {
    const folded = [...repeats.values()].filter((group) => group.more > 0);
    if (folded.length === 0) return [];
    folded.sort(
      (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || b.more - a.more || a.ruleId.localeCompare(b.ruleId),
    );
    const lines = [
      paint('underline', `Repeated errors and warnings (each listed ${REPEATS_LISTED} times above; --verbose lists every one)`),
    ];
    for (const group of folded) {
      const where = group.files > 1 ? ` in ${plural(group.files, 'file')}` : '';
      lines.push(
        `  ${paint(group.severity, `${group.more} more ${plural(group.more, group.severity).replace(/^\d+ /, '')}`)}${where} like: ${escapeControl(group.message)}  ${paint('dim', escapeControl(group.ruleId))}`,
      );
    }
    return [...lines, ''];
  };

  /** Keeps an info for the summary: its count, its file and, for the first few, the finding. */
  const collectInfos = (findings: Finding[]) => {
    const seenInFile = new Set<string>();
    for (const finding of findings) {
      let group = infoGroups.get(finding.ruleId);
      if (!group) {
        group = { ruleId: finding.ruleId, count: 0, files: 0, examples: [] };
        infoGroups.set(finding.ruleId, group);
      }
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
        lines.push(
          `    ${paint('dim', `${escapeControl(displayPath(finding.file, cwd))}:${line}:${column}`)}  ${escapeControl(finding.message)}`,
        );
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
      const listed = verbose ? findings : findings.filter((finding) => finding.severity !== 'info' && listRepeat(finding));
      if (!verbose) collectInfos(findings.filter((finding) => finding.severity === 'info'));
      if (listed.length === 0) return '';
      const rows = listed.map(
        (finding) =>
          [
            `${finding.range.start.line}:${finding.range.start.column}`,
            finding.severity,
            escapeControl(finding.message),
            escapeControl(finding.ruleId),
          ] as const,
      );
      const positionWidth = Math.max(...rows.map((row) => row[0].length));
      const severityWidth = Math.max(...rows.map((row) => row[1].length));
      const lines = [paint('underline', escapeControl(displayPath(listed[0]!.file, cwd)))];
      for (const [position, severity, message, ruleId] of rows) {
        lines.push(
          `  ${paint('dim', position.padEnd(positionWidth))}  ${paint(severity, severity.padEnd(severityWidth))}  ${message}  ${paint('dim', ruleId)}`,
        );
      }
      return lines.join('\n') + '\n\n';
    },
    end: () => {
      const total = counts.error + counts.warning + counts.info;
      if (total === 0) return '';
      const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
      const lines = [
        ...repeatSummary(),
        ...infoSummary(),
        paint('bold', paint(counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info', summary)),
      ];
      if (fixable > 0) lines.push(paint('dim', `  ${plural(fixable, 'problem')} can be fixed with --fix.`));
      return lines.join('\n') + '\n';
    },
  };
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}
