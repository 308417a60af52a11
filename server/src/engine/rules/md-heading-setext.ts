// md-heading-setext: a heading underlined with `===` or `---` (setext) instead of written with `#`
// (ATX). The build reports it as a suggestion ("use hashes"): the underline is easy to break (a
// `---` under a paragraph line turns it into an H2 by accident) and Learn's tooling expects ATX.
import type { Heading, Root } from 'mdast';
import { defineRule } from './rule.js';

export const mdHeadingSetext = defineRule(
  {
    id: 'md-heading-setext',
    docs: { description: 'Headings are written with # (ATX), not underlined with === or --- (setext)', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: true,
  },
  ({ document, report }) => {
    const { text, lines } = document;
    for (const heading of document.headings) {
      const start = heading.range.start.offset;
      if (text[start] === '#') continue;
      const underlineLine = heading.range.end.line;
      const underlineStart = lines.lineStart(underlineLine);
      const markEnd = underlineStart + text.slice(underlineStart, lines.lineEnd(underlineLine)).trimEnd().length;
      const hashes = '#'.repeat(heading.depth);
      const content = text
        .slice(start, lines.lineEnd(underlineLine - 1))
        .replace(/[ \t]*\r?\n[ \t]*/g, ' ')
        .trimEnd();
      const atx = `${hashes} ${content}`;
      report({
        message: `This H${heading.depth} is underlined (setext): write it with hashes, as "${hashes} ${heading.text}".`,
        // The whole heading: the fix rewrites its text line too.
        at: [start, markEnd],
        ...(canRewrite(document.tree, heading.node, content)
          ? { fix: { title: `Write as "${hashes} …"`, edits: [{ start, end: heading.range.end.offset, newText: atx }], safe: true } }
          : {}),
      });
    }
  },
);

/**
 * The one-line ATX form renders the same only for a heading at the top level (inside a list or a
 * quote, joining its lines would drop their markers), without hard line breaks, and whose text
 * does not end in `#` (an ATX heading would read that as its closing sequence).
 */
function canRewrite(tree: Root, node: Heading, content: string): boolean {
  if (!tree.children.includes(node)) return false;
  if (node.children.some((child) => child.type === 'break')) return false;
  return !content.endsWith('#');
}
