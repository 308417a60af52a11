// redirect-target-not-found: a redirect whose destination is a page of this repository that does not
// exist and is not redirected either: readers land on a 404. The Learn build does not check this
// (a redirect URL may name any page of the site); we report it only inside a folder this repository
// publishes, where the page would have to be.
import { redirectionFacts, shownPath } from '../workspace/graph/redirection-checks.js';
import { defineRule } from './rule.js';

export const redirectTargetNotFound = defineRule(
  {
    id: 'redirect-target-not-found',
    docs: { description: 'A redirect to a page of this repository that does not exist', category: 'redirects' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    const { index, problems } = redirectionFacts(document, environment, config);
    for (const problem of problems) {
      if (problem.kind !== 'target-missing') continue;
      report({
        message: `"${problem.redirect.url}" names "${shownPath(index, problem.missing)}", which does not exist and is not redirected: readers land on a page that is not there.`,
        at: problem.redirect.urlAt,
      });
    }
  },
);
