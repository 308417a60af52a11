// include-not-found: the file named by [!INCLUDE [title](path)] does not exist where the build looks.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

const REASONS = {
  missing: 'does not exist',
  folder: 'is a folder, not a file',
  'outside-docset': 'climbs above the docset root (the folder of docfx.json): the build cannot include it',
  'outside-workspace': 'is outside the workspace folder: the build cannot include it',
} as const;

export const includeNotFound = defineRule(
  {
    id: 'include-not-found',
    docs: { description: 'The include target file exists', category: 'links' },
    defaultSeverity: 'error',
    fixable: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      if (check.source !== 'include') continue;
      for (const problem of check.problems) {
        if (problem.kind === 'malformed') {
          report({ message: `The include path "${check.written}" has a malformed %-escape (a "%" must be followed by two hex digits, such as %20).`, at: check.range });
        }
        if (problem.kind === 'not-checked-out') {
          report({ message: `The include file "${check.written}" is in a folder this partial checkout does not have: it cannot be verified here.`, at: check.range, severity: 'info' });
        }
        if (problem.kind !== 'file-missing') continue;
        const hint = problem.suggestion ? ` Did you mean "${problem.suggestion.newText}"?` : '';
        report({
          message: `The include file "${check.written}" ${REASONS[problem.reason]}.${hint}`,
          at: check.range,
          ...(problem.suggestion ? { fix: { title: `Change to "${problem.suggestion.newText}"`, edits: [problem.suggestion], safe: false } } : {}),
        });
      }
    }
  },
);
