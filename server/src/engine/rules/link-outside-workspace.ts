// link-outside-workspace: with no docset (no docfx.json), a relative target that leaves the
// workspace folder cannot be checked and will not be published.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkOutsideWorkspace = defineRule(
  {
    id: 'link-outside-workspace',
    docs: { description: 'Relative target resolves outside the workspace folder (no docset applies)', category: 'links' },
    defaultSeverity: 'warning',
    fixable: false,
    outsideBuild: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind !== 'outside-workspace') continue;
        report({
          message: `"${check.destination.rawPath}" points outside the workspace folder (to ${problem.path}): it cannot be checked here and is not part of what gets published.`,
          at: [check.at[0] + check.destination.pathStart, check.at[0] + check.destination.pathStart + check.destination.rawPath.length],
        });
      }
    }
  },
);
