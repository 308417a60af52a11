// md-heading-duplicate: the same H2 twice on one page. The page's outline ("In this article") lists
// both, and the second gets an anchor with `-1`, which nobody links to on purpose. The build reports
// every occurrence as a suggestion. Zone pivots, monikers and tabs are pages of their own: the same
// H2 in two pivots is right.
import { headingOutline, onSamePage, type OutlineItem } from '../parse/heading-outline.js';
import { defineRule } from './rule.js';

type HeadingItem = Extract<OutlineItem, { kind: 'heading' }>;

export const mdHeadingDuplicate = defineRule(
  {
    id: 'md-heading-duplicate',
    docs: { description: 'No H2 appears twice on one page (per zone pivot, moniker and tab)', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, report }) => {
    const byText = new Map<string, HeadingItem[]>();
    for (const item of headingOutline(document)) {
      if (item.kind !== 'heading' || item.heading.depth !== 2) continue;
      const key = item.heading.text.replace(/\s+/g, ' ').trim();
      if (key === '') continue;
      const list = byText.get(key);
      if (list) list.push(item);
      else byText.set(key, [item]);
    }
    for (const [text, items] of byText) {
      for (const item of items) {
        const others = items.filter((other) => other !== item && onSamePage(other.branch, item.branch));
        if (others.length === 0) continue;
        const lines = others.map((other) => other.heading.range.start.line).join(', ');
        report({
          message: `The H2 "${text}" appears more than once on this page (also line ${lines}): give each section its own heading.`,
          at: item.heading.range,
        });
      }
    }
  },
);
