// --format stylish (default): findings grouped by file, for people reading a terminal.
import type { Severity } from '../../engine/types.js';
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

export const formatStylish: Formatter = ({ cwd, color }) => {
  const paint = (style: keyof typeof PAINT, text: string) => (color ? `${PAINT[style]}${text}${RESET}` : text);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  return {
    start: () => '',
    file: (findings) => {
      const rows = findings.map((finding) => [`${finding.range.start.line}:${finding.range.start.column}`, finding.severity, escapeControl(finding.message), escapeControl(finding.ruleId)] as const);
      const positionWidth = Math.max(...rows.map((row) => row[0].length));
      const severityWidth = Math.max(...rows.map((row) => row[1].length));
      for (const finding of findings) {
        counts[finding.severity]++;
        if (finding.fix?.safe) fixable++;
      }
      const lines = [paint('underline', escapeControl(displayPath(findings[0]!.file, cwd)))];
      for (const [position, severity, message, ruleId] of rows) {
        lines.push(`  ${paint('dim', position.padEnd(positionWidth))}  ${paint(severity, severity.padEnd(severityWidth))}  ${message}  ${paint('dim', ruleId)}`);
      }
      return lines.join('\n') + '\n\n';
    },
    end: () => {
      const total = counts.error + counts.warning + counts.info;
      if (total === 0) return '';
      const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
      const lines = [paint('bold', paint(counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info', summary))];
      if (fixable > 0) lines.push(paint('dim', `  ${plural(fixable, 'problem')} can be fixed with --fix.`));
      return lines.join('\n') + '\n';
    },
  };
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}
