// md-list-marker: a line meant as a list item but written with a marker Markdown does not know
// (`_ **Term**: …` among `- ` items, `•` pasted from a word processor), or a list that switches
// marker mid-way (Markdown then starts a second list). The first renders as a run-on paragraph.
import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import type { DocumentModel } from '../parse/document.js';
import { defineRule, type RuleContext } from './rule.js';

/** Bullet glyphs that only ever start a line as a list item. */
const GLYPH_MARKER = /^[ \t>]*([•·‣◦▪●○■])[ \t]+\S/;
/** Markers that mean an item only next to a list: `_ text`, and dashes before a bold or linked term. */
const LIST_ONLY_MARKER = /^[ \t>]*(?:(_)[ \t]+\S|([–—])[ \t]*(?:\*\*|\[))/;

interface ListContext {
  marker: string;
  /** Column of the list's items: a line at the same column becomes a sibling item when fixed. */
  column: number;
  /** The line is inside the list's item (a lazy continuation), not a paragraph beside the list. */
  inside: boolean;
}

export const mdListMarker = defineRule(
  {
    id: 'md-list-marker',
    docs: { description: 'A line meant as a list item uses a wrong marker (`_ **Term**` among `- ` items)', category: 'markdown' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, report }) => {
    const visit = (node: Nodes, context: ListContext | undefined): void => {
      if (node.type === 'paragraph') {
        checkParagraph(document, node, context, report);
        return;
      }
      if (!('children' in node)) return;
      const children = node.children as Nodes[];
      children.forEach((child, index) => {
        if (child.type === 'list') {
          const previous = children[index - 1];
          if (previous?.type === 'list') checkMarkerSwitch(document, previous, child, report);
        }
        let childContext = node.type === 'list' || node.type === 'listItem' ? context : undefined;
        if (child.type === 'paragraph' && !childContext) childContext = neighbourList(document, children[index - 1], children[index + 1]);
        visit(child, child.type === 'list' ? listContext(document, child) : childContext);
      });
    };
    visit(document.tree, undefined);
  },
);

function listContext(document: DocumentModel, list: List): ListContext | undefined {
  const marker = markerOf(document, list.children[0]);
  if (list.ordered || !marker) return undefined;
  return { marker, column: list.children[0]!.position!.start.column, inside: true };
}

function neighbourList(document: DocumentModel, before: Nodes | undefined, after: Nodes | undefined): ListContext | undefined {
  const list = before?.type === 'list' ? before : after?.type === 'list' ? after : undefined;
  const context = list && listContext(document, list);
  return context && { ...context, inside: false };
}

function markerOf(document: DocumentModel, item: ListItem | undefined): string | undefined {
  const offset = item?.position?.start.offset;
  return offset === undefined ? undefined : document.text[offset];
}

function checkParagraph(
  document: DocumentModel,
  paragraph: Paragraph,
  context: ListContext | undefined,
  report: RuleContext['report'],
): void {
  const { lines, text } = document;
  const start = paragraph.position!.start;
  const endLine = paragraph.position!.end.line;
  for (let line = start.line; line <= endLine; line++) {
    const lineStart = line === start.line ? start.offset! : lines.lineStart(line);
    const lineText = text.slice(lineStart, lines.lineEnd(line));
    const glyph = GLYPH_MARKER.exec(lineText);
    const listOnly = context ? LIST_ONLY_MARKER.exec(lineText) : null;
    const wrong = glyph?.[1] ?? listOnly?.[1] ?? listOnly?.[2];
    if (!wrong) continue;
    const markerOffset = lineStart + lineText.indexOf(wrong);
    if (document.isInCode(markerOffset)) continue;
    const marker = context?.marker ?? '-';
    const sameColumn = context !== undefined && lines.point(markerOffset).column === context.column;
    report({
      message: context
        ? `This line looks like a list item but starts with "${wrong}": use "${marker}" like the rest of the list.`
        : `"${wrong}" is not a Markdown list marker: start the item with "${marker} ".`,
      at: [markerOffset, markerOffset + wrong.length],
      fix: {
        title: `Use "${marker}" as the list marker`,
        edits: [{ start: markerOffset, end: markerOffset + wrong.length, newText: marker }],
        safe: context?.inside === true && sameColumn,
      },
    });
  }
}

/** Two bullet lists with no blank line between them: one list whose marker changed by mistake. */
function checkMarkerSwitch(document: DocumentModel, first: List, second: List, report: RuleContext['report']): void {
  if (first.ordered || second.ordered || second.position!.start.line !== first.position!.end.line + 1) return;
  const expected = markerOf(document, first.children[0]);
  const actual = markerOf(document, second.children[0]);
  if (!expected || !actual || expected === actual) return;
  const edits = second.children.map((item) => ({
    start: item.position!.start.offset!,
    end: item.position!.start.offset! + 1,
    newText: expected,
  }));
  const at = second.children[0]!.position!.start.offset!;
  report({
    message: `This item switches the list marker from "${expected}" to "${actual}", which starts a new list: use "${expected}".`,
    at: [at, at + 1],
    fix: { title: `Use "${expected}" for every item`, edits, safe: true },
  });
}
