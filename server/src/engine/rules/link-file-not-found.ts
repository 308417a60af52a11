// link-file-not-found: a relative link's target file does not exist in any letter case.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkFileNotFound = defineRule(
  {
    id: 'link-file-not-found',
    docs: { description: 'Relative link target file exists (after decoding %20, without ?query and #anchor)', category: 'links' },
    defaultSeverity: 'error',
    fixable: true,
    outsideBuild: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      if (check.source !== 'link') continue;
      for (const problem of check.problems) {
        if (problem.kind === 'malformed') {
          report({ message: `The link target "${check.written}" has a malformed %-escape (a "%" must be followed by two hex digits, such as %20).`, at: check.range });
        }
        if (problem.kind === 'not-checked-out') {
          report({ message: `The link target "${check.destination.rawPath}" is in a folder this partial checkout does not have: it cannot be verified here.`, at: [check.at[0] + check.destination.pathStart, check.at[0] + check.destination.pathStart + check.destination.rawPath.length], severity: 'info' });
        }
        if (problem.kind !== 'file-missing' || problem.reason !== 'missing') continue;
        const hint = problem.suggestion ? ` Did you mean "${problem.suggestion.newText}"?` : '';
        report({
          message: `The link target "${check.destination.rawPath}" does not exist.${hint}`,
          at: [check.at[0] + check.destination.pathStart, check.at[0] + check.destination.pathStart + check.destination.rawPath.length],
          ...(problem.suggestion ? { fix: { title: `Change to "${problem.suggestion.newText}"`, edits: [problem.suggestion], safe: false } } : {}),
        });
      }
    }
  },
);
