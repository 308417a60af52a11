// --format github: GitHub Actions workflow commands, so findings annotate the pull request.
import type { Severity } from '../../engine/types.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

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
