// md-unclosed-comment: an HTML comment `<!--` with no `-->`. A comment block runs until a line that
// closes it, so without one everything after it (to the end of the article, or of the list item or
// quote it sits in) is hidden from the published page.
import type { Html, Nodes } from 'mdast';
import { defineRule } from './rule.js';

export const mdUnclosedComment = defineRule(
  {
    id: 'md-unclosed-comment',
    docs: { description: 'An HTML comment <!-- is closed with -->', category: 'markdown' },
    defaultSeverity: 'error',
    fixable: false,
    outsideBuild: true,
  },
  ({ document, report }) => {
    const unclosed: Html[] = [];
    // Iterative: deeply nested input must not overflow the stack.
    const pending: Nodes[] = [document.tree];
    while (pending.length > 0) {
      const node = pending.pop()!;
      // Inline `<!--` without `-->` is plain text, not HTML: only a block can stay open.
      if (node.type === 'html' && node.value.startsWith('<!--') && !node.value.includes('-->')) unclosed.push(node);
      if ('children' in node) for (const child of node.children) pending.push(child as Nodes);
    }
    for (const node of unclosed) {
      const start = node.position!.start.offset!;
      const end = node.position!.end.offset!;
      const hiddenLines =
        document.text
          .slice(start, end)
          .replace(/\r?\n$/, '')
          .split('\n').length - 1;
      const toEnd = document.text.slice(end).trim() === '';
      const what = toEnd ? 'everything after it, to the end of the article' : 'everything after it in this list item or quote';
      report({
        message: `This <!-- comment is never closed with -->: ${what} (${hiddenLines} line${hiddenLines === 1 ? '' : 's'}) is hidden from the published page.`,
        at: [start, start + 4],
      });
    }
  },
);
