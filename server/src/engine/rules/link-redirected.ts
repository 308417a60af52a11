// link-redirected: a link to an article that is gone but redirected (`.openpublishing.redirection*.json`).
// The site still takes readers there through the redirect, so it is "moved", not "missing"; the
// suggestion points the link at where readers land, following chains to their end.
import type { TextEdit } from '../types.js';
import { dirname, relativePath } from '../fs/file-system.js';
import { checkReferences, indexFor } from '../workspace/graph/references.js';
import { destinationEnd, replacementFor } from './redirect-replacement.js';
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
        const index = indexFor(document, environment);
        const { redirect } = problem;
        const at: [number, number] = [check.at[0] + check.destination.pathStart, destinationEnd(check)];
        const first = redirect.chain[0]!;
        const file = relativePath(index.site.workspaceFolderOf(first.file) ?? dirname(first.file), first.file);
        const hops = redirect.chain.map((hop) => `"${hop.url}"`).join(', then ');
        if (redirect.target.kind === 'circular') {
          report({
            message: `"${check.destination.rawPath}" was removed, and its redirects in ${file} go in a circle (${hops}): readers never arrive.`,
            at,
          });
          continue;
        }
        const newText = replacementFor(check, redirect.target, document.path, index, config.docsets);
        const edit: TextEdit = { start: at[0], end: at[1], newText };
        report({
          message: `"${check.destination.rawPath}" was removed and ${file} redirects it to ${hops}: link to "${newText}" directly.`,
          at,
          fix: { title: `Change to "${newText}"`, edits: [edit], safe: false },
        });
      }
    }
  },
);
