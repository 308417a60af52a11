// toc-redirected: a TOC entry pointing at an article that was removed and redirected. The site
// still takes readers there through the redirect, but the TOC then highlights no entry for the page
// they land on. When readers land on an article of this docset, pointing the entry there is safe.
import { indexFor } from '../workspace/graph/references.js';
import { readRedirect } from './redirect-replacement.js';
import { defineRule } from './rule.js';
import { checkedToc } from './toc-checks.js';

/** A plain relative path (and anchor) reads the same in YAML, JSON and Markdown, unquoted or quoted. */
const PLAIN_PATH = /^[\w.~/-]+(#[\w-]+)?$/;

export const tocRedirected = defineRule(
  {
    id: 'toc-redirected',
    docs: { description: 'TOC entry pointing at an article that was removed and redirected: point it at the target', category: 'toc' },
    defaultSeverity: 'warning',
    fixable: true,
    tocFiles: true,
  },
  ({ document, environment, config, report }) => {
    const checked = checkedToc({ document, environment, config });
    if (!checked) return;
    const index = indexFor(document, environment);
    for (const { check } of checked.references) {
      for (const problem of check.problems) {
        if (problem.kind !== 'redirected') continue;
        const { at, file, hops, replacement } = readRedirect(check, problem.redirect, document.path, index, config);
        if (!replacement) {
          report({
            message: `"${check.destination.rawPath}" was removed, and its redirects in ${file} go in a circle (${hops}): readers never arrive.`,
            at,
          });
          continue;
        }
        const { newText, edit, toFile } = replacement;
        // Safe only for an article of this repository written as a plain relative path.
        const safe = toFile && !newText.startsWith('/') && PLAIN_PATH.test(newText);
        report({
          message: `"${check.destination.rawPath}" was removed and ${file} redirects it to ${hops}: point the entry at "${newText}".`,
          at,
          fix: { title: `Change to "${newText}"`, edits: [edit], safe },
        });
      }
    }
  },
);
