// md-heading-no-content: a heading followed directly by a heading of the same or a higher level (or
// by the end of the article) introduces nothing: an empty section in the page's outline. The build
// reports it as a suggestion. A subheading is content (an H2 may open with its H3); comments and
// thematic breaks are not. The H1 is the article's title, not a section. Anything whose content we cannot see here (an include, a zone or
// moniker marker) counts as content, so a section is never called empty when it may not be.
import type { Heading, RootContent } from 'mdast';
import { isIncludeFile } from '../parse/file-kind.js';
import { defineRule } from './rule.js';

export const mdHeadingNoContent = defineRule(
  {
    id: 'md-heading-no-content',
    docs: { description: 'A heading has content before the next heading of its level or higher', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, report }) => {
    const children = document.tree.children;
    // An include file's last section continues in the article that includes it.
    const endIsEmpty = !isIncludeFile(document);
    for (const [position, node] of children.entries()) {
      if (node.type !== 'heading' || node.depth === 1 || isTabHeading(node)) continue;
      let next = position + 1;
      while (next < children.length && isInvisible(children[next]!)) next++;
      const following = children[next];
      const empty =
        following === undefined ? endIsEmpty : following.type === 'heading' && !isTabHeading(following) && following.depth <= node.depth;
      if (!empty) continue;
      const heading = document.headings.find((candidate) => candidate.node === node);
      if (!heading || heading.text.trim() === '') continue;
      report({
        message:
          following === undefined
            ? `The section "${heading.text}" is empty: the article ends right after this heading. Add content or remove the heading.`
            : `The section "${heading.text}" is empty: the next heading follows right after it. Add content or remove the heading.`,
        at: heading.range,
      });
    }
  },
);

function isTabHeading(node: Heading): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'link' && only.url.startsWith('#tab/');
}

/** What a reader never sees: comments and thematic breaks (which also end a tab group). */
function isInvisible(node: RootContent): boolean {
  if (node.type === 'thematicBreak') return true;
  return node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim());
}
