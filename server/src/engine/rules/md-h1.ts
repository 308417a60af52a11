// md-h1: an article has exactly one H1 and it comes first; an include file has none.
import type { RootContent } from 'mdast';
import { isIncludeFile } from '../parse/file-kind.js';
import { defineRule } from './rule.js';

export const mdH1 = defineRule(
  {
    id: 'md-h1',
    docs: { description: 'Exactly one H1, first after the front matter; include files have none', category: 'markdown' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, report }) => {
    const h1s = document.headings.filter((heading) => heading.depth === 1 && !heading.isTab);
    if (isIncludeFile(document)) {
      for (const h1 of h1s) report({ message: 'An include file should not have an H1: the article that includes it has one.', at: h1.range });
      return;
    }
    const [first, ...extra] = h1s;
    if (!first) {
      const bodyStart = document.frontMatter?.bodyStart ?? 0;
      const line = document.lines.point(bodyStart).line;
      report({ message: 'This article has no H1 heading (# Title).', at: [document.lines.lineStart(line), document.lines.lineEnd(line)] });
      return;
    }
    const firstContent = document.tree.children.find(isContent);
    if (firstContent && firstContent !== first.node) {
      report({ message: 'The H1 should be the first thing after the front matter.', at: first.range });
    }
    for (const h1 of extra) report({ message: 'Only one H1 per article: make this an H2 (##) or lower.', at: h1.range });
  },
);

/** Comments, front matter and link definitions are not content a reader sees before the title. */
function isContent(node: RootContent): boolean {
  if (node.type === 'yaml' || node.type === 'definition') return false;
  if (node.type === 'html') return !/^\s*<!--[^]*-->\s*$/.test(node.value);
  return true;
}
