// md-heading-empty: a heading with no text (`##`, `## <!-- note -->`): the page shows an empty line
// in its outline and screen readers announce a heading with nothing in it. The build reports it as a
// suggestion. An entity (`&nbsp;`) or an HTML element counts as content, as in the build.
import type { Heading } from 'mdast';
import { defineRule } from './rule.js';

export const mdHeadingEmpty = defineRule(
  {
    id: 'md-heading-empty',
    docs: { description: 'A heading has text', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, report }) => {
    for (const heading of document.headings) {
      if (!isEmpty(heading.node)) continue;
      report({ message: `This H${heading.depth} is empty: give it text or delete it.`, at: heading.range });
    }
  },
);

function isEmpty(node: Heading): boolean {
  return node.children.every((child) => child.type === 'html' && /^<!--[\s\S]*-->$/.test(child.value.trim()));
}
