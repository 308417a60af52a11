// redirect-document-id-conflict: several redirects with `redirect_document_id: true` to one page.
// Only one removed article can hand its document id (and its page history) to a page; the build
// warns and keeps the first (docfx `redirection-url-conflict`).
import { redirectionFacts, shownPath } from '../workspace/graph/redirection-checks.js';
import { defineRule } from './rule.js';

export const redirectDocumentIdConflict = defineRule(
  {
    id: 'redirect-document-id-conflict',
    docs: { description: 'Several redirects move their document id to the same page', category: 'redirects' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    const { index, problems } = redirectionFacts(document, environment, config);
    for (const problem of problems) {
      if (problem.kind !== 'document-id-conflict') continue;
      const others = problem.others.map((other) => `"${shownPath(index, other.source)}"`).join(', ');
      report({
        message: `${others} also move their document id to "${shownPath(index, problem.target)}": only one redirect per page may set redirect_document_id to true.`,
        at: problem.redirect.urlAt,
      });
    }
  },
);
