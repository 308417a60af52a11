// toc-unreachable: an article of a docset that none of the docset's tables of contents points at.
// The build's content validation reports it (toc-missing, a suggestion): readers reach the page
// only through links and search, and it opens with no TOC entry highlighted. It needs every TOC of
// the docset, so it runs in repository validation, and only in docsets that have a TOC at all.
import { isIncludeFile } from '../parse/file-kind.js';
import { indexFor } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const tocUnreachable = defineRule(
  {
    id: 'toc-unreachable',
    docs: { description: 'Article that no table of contents of its docset points at', category: 'toc' },
    defaultSeverity: 'info',
    fixable: false,
    scope: 'repository',
  },
  ({ document, environment, report }) => {
    if (isIncludeFile(document)) return;
    const index = indexFor(document, environment);
    const root = index.site.docsetRootOf(document.path);
    if (!root) return;
    const reached = index.tocs.reachedIn(root);
    if (!reached || reached.has(document.path.toLowerCase())) return;
    report({ message: 'No table of contents of this docset points at this article: add it to a TOC, or link it from one.', at: [0, 0] });
  },
);
