// md-table-header: a table needs a header row the build can read. Three shapes fail:
// - a header cell left empty (`| | Monday |`): the column has no header for screen readers. A
//   matrix whose first column is all bold row headers may leave the corner cell empty, as the build
//   accepts;
// - rows that start with the delimiter row (`|---|---|`): there is no header, and no table either;
// - a table right under a line of text: the build's parser (Markdig) reads a table only at the
//   start of a paragraph, so the text and the table become one paragraph of text with pipes.
// The build reports all three as suggestions.
import type { Nodes, Parent, Table, TableCell } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import type { DocumentModel } from '../parse/document.js';
import { defineRule, type Report } from './rule.js';

const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

export const mdTableHeader = defineRule(
  {
    id: 'md-table-header',
    docs: { description: 'A table has a header row with text in every cell, and starts its own paragraph', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: true,
  },
  ({ document, report }) => {
    const pending: Parent[] = [document.tree];
    while (pending.length > 0) {
      const parent = pending.pop()!;
      for (const [position, node] of parent.children.entries()) {
        if (node.type === 'table') {
          checkHeaderCells(document, node, report);
          const before = parent.children[position - 1];
          if (before?.type === 'paragraph' && before.position!.end.line + 1 === node.position!.start.line)
            reportGlued(document, node, parent === document.tree, report);
        } else if (node.type === 'paragraph') checkDelimiterFirst(document, node, report);
        else if ('children' in node) pending.push(node as Parent);
      }
    }
  },
);

function checkHeaderCells(document: DocumentModel, table: Table, report: (report: Report) => void): void {
  const [head, ...body] = table.children;
  if (!head) return;
  const empty = head.children.flatMap((cell, column) => (isEmptyCell(cell) ? [column] : []));
  if (empty.length === 0) return;
  // A matrix: an empty corner over a column of bold row headers (an include there may hold them).
  if (empty.length === 1 && empty[0] === 0 && body.every((row) => isRowHeader(document, row.children[0]))) return;
  const columns = empty.map((column) => column + 1).join(', ');
  report({
    message: `This table's header row has no text in column ${columns}: give every column a header.`,
    at: [head.position!.start.offset!, head.position!.end.offset!],
  });
}

function isEmptyCell(cell: TableCell): boolean {
  return cell.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

function isRowHeader(document: DocumentModel, cell: TableCell | undefined): boolean {
  if (!cell) return true;
  const source = document.text.slice(cell.position!.start.offset!, cell.position!.end.offset!);
  if (/\[!include/i.test(source)) return true;
  const content = cell.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && content[0]!.type === 'strong';
}

function checkDelimiterFirst(document: DocumentModel, paragraph: Nodes, report: (report: Report) => void): void {
  const start = paragraph.position!.start.offset!;
  const firstLine = paragraph.position!.start.line;
  if (paragraph.position!.end.line === firstLine) return;
  const lineText = document.text.slice(document.lines.lineStart(firstLine), document.lines.lineEnd(firstLine));
  if (!lineText.includes('|') || !DELIMITER_ROW.test(lineText)) return;
  if (!textOf(paragraph).slice(lineText.trim().length).includes('|')) return;
  report({
    message:
      'These table rows start with the delimiter row (|---|): there is no header row, so the build shows them as text. Add a header row above it.',
    at: [start, document.lines.lineEnd(firstLine)],
  });
}

function reportGlued(document: DocumentModel, table: Table, atTopLevel: boolean, report: (report: Report) => void): void {
  const line = table.position!.start.line;
  const lineStart = document.lines.lineStart(line);
  report({
    message:
      'This table starts right under a line of text: Learn reads the text and the table as one paragraph and shows the table as text. Add a blank line before the table.',
    at: [table.position!.start.offset!, document.lines.lineEnd(line)],
    // Inside a quote or a list the blank line needs the container's marker: left to the writer.
    ...(atTopLevel
      ? { fix: { title: 'Add a blank line before the table', edits: [{ start: lineStart, end: lineStart, newText: '\n' }], safe: true } }
      : {}),
  });
}
