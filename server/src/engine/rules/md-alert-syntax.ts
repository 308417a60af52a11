// md-alert-syntax: an alert is a blockquote whose first line is the marker alone, followed by its
// text. Learn renders anything else as a plain quote with a literal "[!NOTE]" in it.
import type { Nodes, Paragraph } from 'mdast';
import { ALERT_TYPES } from '../parse/learn-extensions.js';
import { defineRule } from './rule.js';

const KNOWN_ALERT_MARKER = new RegExp(`^\\[!(?:${ALERT_TYPES.join('|')})\\]`, 'i');

export const mdAlertSyntax = defineRule(
  {
    id: 'md-alert-syntax',
    docs: { description: 'An alert marker is alone on its line, inside a blockquote, and the alert has a body', category: 'markdown' },
    defaultSeverity: 'error',
    fixable: false,
  },
  ({ document, report }) => {
    for (const alert of document.alerts) {
      if (!alert.markerAlone) {
        report({
          message: `Put [!${alert.type}] alone on its line and the alert text on the next line ("> text").`,
          at: alert.markerRange,
        });
      } else if (!alert.hasBody) {
        report({ message: `The [!${alert.type}] alert has no text: add it on the next line ("> text").`, at: alert.markerRange });
      }
    }
    visitStrayMarkers(document.tree, undefined, (paragraph) => {
      const start = paragraph.position!.start.offset!;
      const marker = KNOWN_ALERT_MARKER.exec(document.text.slice(start, start + 12));
      if (!marker) return;
      report({
        message: `${marker[0]} only works as the first line of a blockquote: start the line with "> ".`,
        at: [start, start + marker[0].length],
      });
    });
  },
);

/** Paragraphs that are not the first thing in a blockquote (those are the alerts the model knows). */
function visitStrayMarkers(node: Nodes, parent: Nodes | undefined, visit: (paragraph: Paragraph) => void): void {
  if (node.type === 'paragraph') {
    const opensBlockquote = parent?.type === 'blockquote' && parent.children[0] === node;
    if (!opensBlockquote && node.position) visit(node);
    return;
  }
  if ('children' in node) for (const child of node.children) visitStrayMarkers(child as Nodes, node, visit);
}
