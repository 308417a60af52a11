// --format stylish (default): findings grouped by file, for people reading a terminal.
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

export const formatStylish: Formatter = ({ findings, cwd, color }) => {
  const paint = (style: keyof typeof PAINT, text: string) => (color ? `${PAINT[style]}${text}${RESET}` : text);
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(paint('underline', displayPath(file, cwd)));
    const rows = list.map((finding) => [`${finding.range.start.line}:${finding.range.start.column}`, finding.severity, finding.message, finding.ruleId] as const);
    const positionWidth = Math.max(...rows.map((row) => row[0].length));
    const severityWidth = Math.max(...rows.map((row) => row[1].length));
    for (const [position, severity, message, ruleId] of rows) {
      lines.push(`  ${paint('dim', position.padEnd(positionWidth))}  ${paint(severity, severity.padEnd(severityWidth))}  ${message}  ${paint('dim', ruleId)}`);
    }
    lines.push('');
  }
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  if (findings.length === 0) return '';
  const fixable = findings.filter((finding) => finding.fix?.safe).length;
  const summary = `✖ ${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  lines.push(paint('bold', paint(errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info', summary)));
  if (fixable > 0) lines.push(paint('dim', `  ${plural(fixable, 'problem')} can be fixed with --fix.`));
  return lines.join('\n') + '\n';
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}
