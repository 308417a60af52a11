// --format json: one object per finding, 1-based positions (RULES.md "Outputs"). Written as
// `JSON.stringify(finding, null, 2)` indented by two more spaces would write it, field by field: a
// run on VBA-Docs writes 90,000 of them, and the generic way cost half a second.
import type { Finding } from '../../engine/types.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

export const formatJson: Formatter = ({ cwd }) => {
  let first = true;
  const item = (finding: Finding, file: string) => {
    const { start, end } = finding.range;
    return `  {
    "file": ${file},
    "line": ${start.line},
    "column": ${start.column},
    "endLine": ${end.line},
    "endColumn": ${end.column},
    "ruleId": ${JSON.stringify(finding.ruleId)},
    "severity": ${JSON.stringify(finding.severity)},
    "message": ${JSON.stringify(finding.message)},
    "fixable": ${finding.fix?.safe === true}
  }`;
  };
  return {
    start: () => '[',
    file: (findings) => {
      // One file's findings: its printed path is worked out once.
      const file = JSON.stringify(displayPath(findings[0]!.file, cwd));
      return findings
        .map((finding) => {
          const separator = first ? '\n' : ',\n';
          first = false;
          return separator + item(finding, finding.file === findings[0]!.file ? file : JSON.stringify(displayPath(finding.file, cwd)));
        })
        .join('');
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
};
