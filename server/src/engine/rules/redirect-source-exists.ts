// redirect-source-exists: a redirection entry whose source article is still in the repository. The
// build publishes the redirect in its place and warns (docfx `redirected-file-not-removed`): the
// article's edits never reach readers.
import { redirectionFacts, shownPath } from '../workspace/graph/redirection-checks.js';
import { defineRule } from './rule.js';

export const redirectSourceExists = defineRule(
  {
    id: 'redirect-source-exists',
    docs: { description: 'A redirected article is still in the repository: the redirect hides it', category: 'redirects' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    const { index, problems } = redirectionFacts(document, environment, config);
    for (const problem of problems) {
      if (problem.kind !== 'source-exists') continue;
      report({
        message: `"${shownPath(index, problem.existing)}" is redirected but still exists: the build publishes the redirect instead of it. Delete the article, or remove this entry.`,
        at: problem.redirect.sourceAt,
      });
    }
  },
);
