// docset-url-conflict: two files of a docset that publish to the same URL. The build lower-cases
// URLs and drops `.md`, so `Setup.md` and `setup.md` (possible on Linux, not on Windows or macOS),
// or `setup.md` and a `setup.yml` page, are one page on the site: the build warns and publishes
// only one of them.
import { docsetArticles } from '../workspace/graph/docset-articles.js';
import { indexFor } from '../workspace/graph/references.js';
import { namedFiles } from './docset-rule.js';
import { defineRule } from './rule.js';

export const docsetUrlConflict = defineRule(
  {
    id: 'docset-url-conflict',
    docs: {
      description: 'No two files of a docset publish to the same URL (letter case, .md and .yml) (repository validation)',
      category: 'links',
    },
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'repository',
  },
  ({ document, environment, report }) => {
    const others = docsetArticles(indexFor(document, environment)).sameUrl(document.path);
    if (others.length === 0) return;
    report({
      message: `This file publishes to the same URL as ${namedFiles(document.path, others)}: the site keeps only one of them. Rename or remove one.`,
      at: [0, document.lines.lineEnd(1)],
    });
  },
);
