// md-fence-language: a fenced code block names its language, so Learn highlights it and shows the
// right label and copy button.
import type { Code, Nodes } from 'mdast';
import { defineRule } from './rule.js';

export const mdFenceLanguage = defineRule(
  {
    id: 'md-fence-language',
    docs: { description: 'A fenced code block has a language id', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, report }) => {
    const visit = (node: Nodes): void => {
      if (node.type === 'code') {
        if (!node.lang) check(node);
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    const check = (code: Code): void => {
      const start = code.position!.start.offset!;
      const fence = /^(`{3,}|~{3,})/.exec(document.text.slice(start, start + 40));
      // Indented code blocks cannot carry a language.
      if (!fence) return;
      report({
        message: 'Name the language after the fence (```powershell, ```json, ```console…).',
        at: [start, start + fence[1]!.length],
      });
    };
    visit(document.tree);
  },
);
