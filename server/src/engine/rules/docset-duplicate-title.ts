// docset-duplicate-title: two articles of a docset with the same title, as the site shows it (the
// `title` before any `|`, with the docset's titleSuffix; the H1 when there is no title). Search
// results and browser tabs cannot tell them apart. The build reports each as a suggestion.
import { docsetArticles } from '../workspace/graph/docset-articles.js';
import { indexFor } from '../workspace/graph/references.js';
import { namedFiles } from './docset-rule.js';
import { defineRule } from './rule.js';

export const docsetDuplicateTitle = defineRule(
  {
    id: 'docset-duplicate-title',
    docs: { description: 'No two articles of a docset have the same title (repository validation)', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: false,
    scope: 'repository',
  },
  ({ document, environment, report }) => {
    const others = docsetArticles(indexFor(document, environment)).sameTitle(document.path);
    if (others.length === 0) return;
    const title = document.frontMatter?.entries.find(
      (entry) => entry.key === 'title' && typeof entry.value === 'string' && entry.value.trim(),
    );
    const h1 = document.headings.find((heading) => heading.depth === 1 && !heading.isTab);
    const at = title?.valueRange ?? h1?.range;
    if (!at) return;
    report({
      message: `Another article of this docset has the same title: ${namedFiles(document.path, others)}. Give each article its own title.`,
      at,
    });
  },
);
