// redirect-chain: a redirect to an article that is itself redirected. It works, one hop after
// another, but each hop is a round trip for the reader and the chain breaks when a middle entry
// goes; the suggestion points the entry straight at where readers land.
import type { RedirectTarget } from '../workspace/graph/redirects.js';
import { redirectionFacts, shownPath } from '../workspace/graph/redirection-checks.js';
import { defineRule } from './rule.js';

export const redirectChain = defineRule(
  {
    id: 'redirect-chain',
    docs: { description: 'A redirect to an article that is itself redirected: point it where readers land', category: 'redirects' },
    defaultSeverity: 'info',
    fixable: true,
  },
  ({ document, environment, config, report }) => {
    const { index, problems } = redirectionFacts(document, environment, config);
    for (const problem of problems) {
      if (problem.kind !== 'chain') continue;
      const { chain, target } = problem.resolved;
      const last = chain[chain.length - 1]!;
      const hops = chain
        .slice(1)
        .map((hop) => shownPath(index, hop.source))
        .join(', then ');
      const landing = absoluteUrl(last.url, target);
      report({
        message: `"${problem.redirect.url}" is itself redirected (${hops}): readers take ${chain.length} hops. Redirect straight to "${last.url}".`,
        at: problem.redirect.urlAt,
        // Only a URL that means the same from any entry can be copied: a relative one is relative to its own source.
        ...(landing
          ? {
              fix: {
                title: `Redirect to "${landing}"`,
                edits: [{ start: problem.redirect.urlAt[0], end: problem.redirect.urlAt[1], newText: JSON.stringify(landing) }],
                safe: false,
              },
            }
          : {}),
      });
    }
  },
);

function absoluteUrl(url: string, target: RedirectTarget): string | undefined {
  if (target.kind === 'path') return undefined;
  return /^(?:\/|https?:\/\/)/i.test(url) ? url : undefined;
}
