// --format sarif: SARIF 2.1.0 for code scanning. Results are written as they come; the driver's
// rule list follows them (JSON member order is free), so a plug-in rule first seen in a result is
// listed too and every ruleIndex points at its rule.
import { DOCS_BASE_URL } from '../../engine/rules/docs-url.js';
import type { Severity, SeveritySetting } from '../../engine/types.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function defaultLevel(severity: SeveritySetting): 'error' | 'warning' | 'note' | 'none' {
  return severity === 'off' ? 'none' : LEVEL[severity];
}

export const formatSarif: Formatter = ({ cwd, rules, toolVersion }) => {
  const ruleIds = rules.map((rule) => rule.id);
  const indexById = new Map(ruleIds.map((id, index) => [id, index]));
  const metaById = new Map(rules.map((rule) => [rule.id, rule]));
  let first = true;
  return {
    start: () =>
      '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [',
    file: (findings) =>
      findings
        .map((finding) => {
          if (!indexById.has(finding.ruleId)) {
            indexById.set(finding.ruleId, ruleIds.length);
            ruleIds.push(finding.ruleId);
          }
          const result = {
            ruleId: finding.ruleId,
            ruleIndex: indexById.get(finding.ruleId)!,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(displayPath(finding.file, cwd)) },
                  region: {
                    startLine: finding.range.start.line,
                    startColumn: finding.range.start.column,
                    endLine: finding.range.end.line,
                    endColumn: finding.range.end.column,
                  },
                },
              },
            ],
          };
          const separator = first ? '\n' : ',\n';
          first = false;
          return separator + indent(JSON.stringify(result, null, 2), 8);
        })
        .join(''),
    end: () => {
      const tool = {
        driver: {
          name: 'guidance-lint',
          version: toolVersion,
          informationUri: DOCS_BASE_URL.replace(/blob\/main\/docs\/rules\/$/, ''),
          rules: ruleIds.map((id) => {
            const meta = metaById.get(id);
            return {
              id,
              shortDescription: { text: meta?.docs.description ?? `Rule ${id} from a plug-in` },
              ...(meta ? { helpUri: `${DOCS_BASE_URL}${id}.md`, defaultConfiguration: { level: defaultLevel(meta.defaultSeverity) } } : {}),
            };
          }),
        },
      };
      return `${first ? '' : '\n      '}],\n      "tool": ${indent(JSON.stringify(tool, null, 2), 6).trimStart()}\n    }\n  ]\n}\n`;
    },
  };
};

/**
 * A path as a URI reference: every segment percent-encoded, so `#` and `?` stay part of the name and
 * a first segment like `c:` is not read as a scheme. An absolute path becomes a file: URI.
 */
export function artifactUri(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (path.startsWith('/')) return `file://${encoded}`;
  return /^[A-Za-z]:\//.test(path) ? `file:///${path.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}` : encoded;
}

/** JSON text indented line by line: split on \n only, as JSON keeps U+2028 and U+2029 raw inside strings. */
function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
