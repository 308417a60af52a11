// docset-duplicate-h1: two articles of a docset with the same H1. Readers who land on either cannot
// tell which one they are on. The build reports each as a suggestion.
import { docsetArticles } from '../workspace/graph/docset-articles.js';
import { indexFor } from '../workspace/graph/references.js';
import { namedFiles } from './docset-rule.js';
import { defineRule } from './rule.js';

export const docsetDuplicateH1 = defineRule(
  {
    id: 'docset-duplicate-h1',
    docs: { description: 'No two articles of a docset have the same H1 (repository validation)', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: false,
    scope: 'repository',
  },
  ({ document, environment, report }) => {
    const index = indexFor(document, environment);
    const h1 = document.headings.find((heading) => heading.depth === 1 && !heading.isTab);
    // The index's H1 comes from a line scan: name the others only when it is this file's real H1.
    if (!h1 || h1.text.replace(/\s+/g, ' ').trim() !== index.summary(document.path)?.h1?.replace(/\s+/g, ' ').trim()) return;
    const others = docsetArticles(index).sameH1(document.path);
    if (others.length === 0) return;
    report({
      message: `Another article of this docset has the same H1: ${namedFiles(document.path, others)}. Give each article its own H1.`,
      at: h1.range,
    });
  },
);
