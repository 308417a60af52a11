// link-redirected: a link to an article that is gone but redirected (`.openpublishing.redirection*.json`).
// The site still takes readers there through the redirect, so it is "moved", not "missing"; the
// suggestion points the link at where readers land, following chains to their end.
import { checkReferences, indexFor } from '../workspace/graph/references.js';
import { readRedirect } from './redirect-replacement.js';
import { defineRule } from './rule.js';

export const linkRedirected = defineRule(
  {
    id: 'link-redirected',
    docs: { description: 'Link to an article that was removed and redirected: point it at the redirect target', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind !== 'redirected') continue;
        const { at, file, hops, replacement } = readRedirect(
          check,
          problem.redirect,
          document.path,
          indexFor(document, environment),
          config,
        );
        if (!replacement) {
          report({
            message: `"${check.destination.rawPath}" was removed, and its redirects in ${file} go in a circle (${hops}): readers never arrive.`,
            at,
          });
          continue;
        }
        report({
          message: `"${check.destination.rawPath}" was removed and ${file} redirects it to ${hops}: link to "${replacement.newText}" directly.`,
          at,
          fix: { title: `Change to "${replacement.newText}"`, edits: [replacement.edit], safe: false },
        });
      }
    }
  },
);
