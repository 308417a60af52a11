// link-reference-undefined: `[text][ref]` or `[text][]` with no `[ref]: url` definition renders as
// literal brackets. CommonMark leaves such text unparsed, so it is found in the source of paragraphs,
// headings and table cells. Bare `[text]`, `[!NOTE]`, `[!INCLUDE …]`, `[!div …]` and task boxes are
// not references.
import type { Nodes } from 'mdast';
import { defineRule } from './rule.js';

const REFERENCE = /(!?)\[([^[\]\n]{0,500})\]\[([^[\]\n]{0,500})\]/g;
const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

export const linkReferenceUndefined = defineRule(
  {
    id: 'link-reference-undefined',
    docs: { description: '[text][ref] and [text][] references have a definition', category: 'links' },
    defaultSeverity: 'warning',
    fixable: false,
    outsideBuild: true,
  },
  ({ document, report }) => {
    if (!document.text.includes('][')) return;
    const defined = new Set(
      document.links.filter((link) => link.kind === 'definition').map((link) => normalizeLabel(link.label ?? link.text)),
    );
    const visit = (node: Nodes): void => {
      if (INLINE_CONTAINERS.has(node.type) && node.position) {
        const start = node.position.start.offset!;
        const source = document.text.slice(start, node.position.end.offset!);
        for (const match of source.matchAll(REFERENCE)) {
          const offset = start + match.index;
          const [, , text, label] = match as unknown as [string, string, string, string];
          const name = label.trim() === '' ? text : label;
          if (source[match.index - 1] === '\\' || text.startsWith('!') || document.isInCode(offset)) continue;
          if (defined.has(normalizeLabel(name))) continue;
          const labelStart = offset + match[0].length - label.length - 1;
          report({
            message: `No definition for the reference [${name.trim()}]: add a line "[${name.trim()}]: <url>" or use an inline link [${text}](url).`,
            at: label.trim() === '' ? [offset, offset + match[0].length] : [labelStart, labelStart + label.length],
          });
        }
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    visit(document.tree);
  },
);

/** CommonMark label matching: case-insensitive, whitespace collapsed. */
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}
