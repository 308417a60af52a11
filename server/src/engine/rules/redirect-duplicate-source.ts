// redirect-duplicate-source: the same source redirected twice (in this file or another redirection
// file). The build uses one and fails on the other (docfx `redirection-conflict`, an error).
import { redirectionFacts, shownPath } from '../workspace/graph/redirection-checks.js';
import { defineRule } from './rule.js';

export const redirectDuplicateSource = defineRule(
  {
    id: 'redirect-duplicate-source',
    docs: { description: 'The same source path is redirected twice', category: 'redirects' },
    defaultSeverity: 'error',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    const { index, problems } = redirectionFacts(document, environment, config);
    for (const problem of problems) {
      if (problem.kind !== 'duplicate-source') continue;
      const { first } = problem;
      const where =
        first.file === document.path ? `line ${document.lines.point(first.sourceAt[0]).line}` : `${shownPath(index, first.file)}`;
      report({
        message: `"${shownPath(index, problem.redirect.source)}" is already redirected (${where}, to "${first.url}"): keep one entry.`,
        at: problem.redirect.sourceAt,
      });
    }
  },
);
