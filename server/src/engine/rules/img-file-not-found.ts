// img-file-not-found: an image (Markdown, :::image source=, <img src>, <video src/poster>) points to a file that does not exist.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

const REASONS = {
  missing: 'does not exist',
  folder: 'is a folder, not an image file',
  'outside-docset': 'climbs above the docset root (the folder of docfx.json): the build does not publish it',
  'outside-workspace': 'is outside the workspace folder, so it is not found',
} as const;

export const imgFileNotFound = defineRule(
  {
    id: 'img-file-not-found',
    docs: { description: 'Image file (Markdown image, :::image source=, <img src>, <video src/poster>) exists in some letter case', category: 'links' },
    defaultSeverity: 'error',
    fixable: true,
    outsideBuild: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      if (check.source !== 'image') continue;
      for (const problem of check.problems) {
        if (problem.kind === 'malformed') {
          report({ message: `The image path "${check.written}" has a malformed %-escape (a "%" must be followed by two hex digits, such as %20).`, at: check.range });
        }
        if (problem.kind === 'not-checked-out') {
          report({ message: `The image "${check.destination.rawPath}" is in a folder this partial checkout does not have: it cannot be verified here.`, at: [check.at[0] + check.destination.pathStart, check.at[0] + check.destination.pathStart + check.destination.rawPath.length], severity: 'info' });
        }
        if (problem.kind !== 'file-missing') continue;
        const what = REASONS[problem.reason];
        const hint = problem.suggestion ? ` Did you mean "${problem.suggestion.newText}"?` : '';
        report({
          message: `The image "${check.destination.rawPath}" ${what}.${hint}`,
          at: [check.at[0] + check.destination.pathStart, check.at[0] + check.destination.pathStart + check.destination.rawPath.length],
          ...(problem.suggestion ? { fix: { title: `Change to "${problem.suggestion.newText}"`, edits: [problem.suggestion], safe: false } } : {}),
        });
      }
    }
  },
);
