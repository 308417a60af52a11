// --format github: GitHub Actions workflow commands, so findings annotate the pull request.
import type { Severity } from '../../engine/types.js';
import { escapeControl } from './escape.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * A command's message, by GitHub's rules (the toolkit's escapeData: `%`, CR and LF as %25, %0D,
 * %0A). Control characters, CR and LF among them, are printed as visible escapes instead, so no
 * byte of a name or message can end the command or reach the log raw; `%` is still encoded.
 */
function escapeData(value: string): string {
  return escapeControl(value).replace(/%/g, '%25');
}

/** GitHub's rules for a property value (escapeProperty): the message's, and `:` and `,`. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = ({ cwd }) => ({
  start: () => '',
  file: (findings) =>
    findings
      .map((finding) => {
        const { start, end } = finding.range;
        const properties = [
          `file=${escapeProperty(displayPath(finding.file, cwd))}`,
          `line=${start.line}`,
          `col=${start.column}`,
          `endLine=${end.line}`,
          `endColumn=${end.column}`,
          `title=${escapeProperty(finding.ruleId)}`,
        ].join(',');
        return `::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}\n`;
      })
      .join(''),
  end: () => '',
});
