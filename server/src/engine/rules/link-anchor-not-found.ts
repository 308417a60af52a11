// link-anchor-not-found: `#anchor` matches no heading id and no explicit anchor of its target.
import { relativePath, dirname } from '../fs/file-system.js';
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkAnchorNotFound = defineRule(
  {
    id: 'link-anchor-not-found',
    docs: { description: '#anchor matches a heading id (Learn ids) or an explicit anchor of the target', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind !== 'anchor-missing') continue;
        const where = problem.file ? relativePath(dirname(document.path), problem.file) : 'this file';
        const hint = problem.suggestion ? ` Did you mean "#${problem.suggestion}"?` : '';
        const [start, end] = problem.range;
        report({
          message: `No heading or anchor "#${problem.anchor}" in ${where}.${hint}`,
          at: [start - 1, end],
          ...(problem.suggestion
            ? { fix: { title: `Change to "#${problem.suggestion}"`, edits: [{ start, end, newText: problem.suggestion }], safe: false } }
            : {}),
        });
      }
    }
  },
);
