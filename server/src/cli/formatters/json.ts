// --format json: one object per finding, 1-based positions (RULES.md "Outputs").
import type { Finding } from '../../engine/types.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

export const formatJson: Formatter = ({ cwd }) => {
  let first = true;
  const item = (finding: Finding) =>
    JSON.stringify(
      {
        file: displayPath(finding.file, cwd),
        line: finding.range.start.line,
        column: finding.range.start.column,
        endLine: finding.range.end.line,
        endColumn: finding.range.end.column,
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        fixable: finding.fix?.safe === true,
      },
      null,
      2,
    ).replace(/^/gm, '  ');
  return {
    start: () => '[',
    file: (findings) =>
      findings
        .map((finding) => {
          const separator = first ? '\n' : ',\n';
          first = false;
          return separator + item(finding);
        })
        .join(''),
    end: () => (first ? ']\n' : '\n]\n'),
  };
};
