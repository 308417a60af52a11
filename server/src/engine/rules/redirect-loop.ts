// redirect-loop: redirects that lead back to an article they already passed. Readers never arrive
// (docfx `circular-redirection`).
import { redirectionFacts, shownPath } from '../workspace/graph/redirection-checks.js';
import { defineRule } from './rule.js';

export const redirectLoop = defineRule(
  {
    id: 'redirect-loop',
    docs: { description: 'Redirects that go in a circle: readers never arrive', category: 'redirects' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    const { index, problems } = redirectionFacts(document, environment, config);
    for (const problem of problems) {
      if (problem.kind !== 'loop') continue;
      const hops = problem.resolved.chain.map((hop) => shownPath(index, hop.source)).join(' → ');
      report({
        message: `These redirects go in a circle (${hops} → back again): readers never arrive. Point one of them at a page that exists.`,
        at: problem.redirect.urlAt,
      });
    }
  },
);
