// --format json: one object per finding, 1-based positions (RULES.md "Outputs").
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

export const formatJson: Formatter = ({ findings, cwd }) =>
  JSON.stringify(
    findings.map((finding) => ({
      file: displayPath(finding.file, cwd),
      line: finding.range.start.line,
      column: finding.range.start.column,
      endLine: finding.range.end.line,
      endColumn: finding.range.end.column,
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      fixable: finding.fix?.safe === true,
    })),
    null,
    2,
  ) + '\n';
