// --format sarif: SARIF 2.1.0 for code scanning. Every rule is listed in the driver, so a result's
// ruleIndex always points at its rule.
import { DOCS_BASE_URL } from '../../engine/rules/rule.js';
import type { Severity, SeveritySetting } from '../../engine/types.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function defaultLevel(severity: SeveritySetting): 'error' | 'warning' | 'note' | 'none' {
  return severity === 'off' ? 'none' : LEVEL[severity];
}

export const formatSarif: Formatter = ({ findings, cwd, rules, toolVersion }) => {
  const ruleIds = [...rules.map((rule) => rule.id)];
  for (const finding of findings) if (!ruleIds.includes(finding.ruleId)) ruleIds.push(finding.ruleId);
  const metaById = new Map(rules.map((rule) => [rule.id, rule]));
  const indexById = new Map(ruleIds.map((id, index) => [id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
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
        },
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: indexById.get(finding.ruleId)!,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(displayPath(finding.file, cwd)) },
                region: {
                  startLine: finding.range.start.line,
                  startColumn: finding.range.start.column,
                  endLine: finding.range.end.line,
                  endColumn: finding.range.end.column,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
