// fm-folded-list-item: `ms.reviewer: jdoe` followed by `  - admin` is valid YAML, but the second
// line is folded into the value ("jdoe - admin"). It almost always means the key line of a list
// was deleted.
import { isScalar, Scalar } from 'yaml';
import { defineRule } from './rule.js';

const LIST_ITEM_LINE = /^[ \t]+- /;

export const fmFoldedListItem = defineRule(
  {
    id: 'fm-folded-list-item',
    docs: { description: 'A plain value continues onto a "- item" line that YAML folds into the value', category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, report }) => {
    const frontMatter = document.frontMatter;
    if (!frontMatter?.closed) return;
    const { lines } = document;
    for (const entry of frontMatter.entries) {
      const node = entry.pair.value;
      if (!isScalar(node) || node.type !== Scalar.PLAIN) continue;
      const { start, end } = entry.valueRange;
      if (start.line === end.line) continue;
      const folded: number[] = [];
      for (let line = start.line + 1; line <= end.line; line++) if (LIST_ITEM_LINE.test(lines.lineText(line))) folded.push(line);
      if (folded.length === 0) continue;
      const firstItem = lines.lineText(folded[0]!).trim();
      report({
        message: `YAML folds "${firstItem}" into the value of "${entry.key}", which reads as "${String(entry.value)}". If it is a list item, the key line of its list is missing.`,
        at: [start.offset, lines.lineEnd(folded.at(-1)!)],
      });
    }
  },
);
