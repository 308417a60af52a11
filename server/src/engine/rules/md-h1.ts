// md-h1: an article has exactly one H1 and it comes first; an include file has none.
import type { RootContent } from 'mdast';
import { isIncludeFile } from '../parse/file-kind.js';
import { headingOutline, onSamePage, type OutlineItem } from '../parse/heading-outline.js';
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
      for (const h1 of h1s)
        report({ message: 'An include file should not have an H1: the article that includes it has one.', at: h1.range });
      return;
    }
    const [first] = h1s;
    if (!first) {
      const bodyStart = document.frontMatter?.bodyStart ?? 0;
      const line = document.lines.point(bodyStart).line;
      report({ message: 'This article has no H1 heading (# Title).', at: [document.lines.lineStart(line), document.lines.lineEnd(line)] });
      return;
    }
    const markers = new Set(
      document.tripleColon.filter((block) => block.name === 'zone' || block.name === 'moniker').map((block) => block.range.start.offset),
    );
    const firstContent = document.tree.children.find((node) => isContent(node, markers));
    if (firstContent && firstContent !== first.node) {
      report({ message: 'The H1 should be the first thing after the front matter.', at: first.range });
    }
    // One H1 per rendered page: each zone pivot, moniker range and tab may have its own.
    const seen: OutlineItem[] = [];
    for (const item of headingOutline(document)) {
      if (item.kind !== 'heading' || item.heading.depth !== 1) continue;
      if (seen.some((earlier) => onSamePage(earlier.branch, item.branch)))
        report({ message: 'Only one H1 per article: make this an H2 (##) or lower.', at: item.heading.range });
      seen.push(item);
    }
  },
);

/** Comments, front matter, link definitions and zone or moniker markers are not content a reader sees before the title. */
function isContent(node: RootContent, markers: Set<number>): boolean {
  if (node.type === 'yaml' || node.type === 'definition') return false;
  if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  if (node.type === 'paragraph' && markers.has(node.position!.start.offset!)) return false;
  return true;
}
