// link-outside-docset: a relative link climbs above its docset root. On the site the excess `../`
// are dropped and it is a site path into another docset; checked when the docset map knows it.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkOutsideDocset = defineRule(
  {
    id: 'link-outside-docset',
    docs: { description: 'Relative link climbs above its docset root (a site path into another docset)', category: 'links' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind !== 'outside-docset') continue;
        const message =
          problem.verified === 'missing'
            ? `This path climbs above the docset root; on the site it is ${problem.sitePath}, which is not in this repository.`
            : `This path climbs above the docset root; on the site it is ${problem.sitePath}, another docset that cannot be checked here. A site-relative link (${problem.sitePath}) says the same more clearly.`;
        report({
          message,
          at: [check.at[0] + check.destination.pathStart, check.at[0] + check.destination.pathStart + check.destination.rawPath.length],
        });
      }
    }
  },
);
