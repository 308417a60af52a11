// md-heading-increment: each heading is at most one level below the one before it (## then ###,
// not ## then ####): skipped levels break the page outline and screen-reader navigation.
import { defineRule } from './rule.js';

export const mdHeadingIncrement = defineRule(
  {
    id: 'md-heading-increment',
    docs: { description: 'Heading levels increase by one at most', category: 'markdown' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, report }) => {
    let previousDepth: number | undefined;
    for (const heading of document.headings) {
      // Tab headings (`# [Linux](#tab/linux)`) label tabs; they are not part of the outline.
      if (heading.isTab) continue;
      if (previousDepth !== undefined && heading.depth > previousDepth + 1) {
        const start = heading.range.start.offset;
        const hashes = /^#+/.exec(document.text.slice(start, start + 6))?.[0].length ?? 0;
        const expected = '#'.repeat(previousDepth + 1);
        report({
          message: `Heading level ${heading.depth} follows level ${previousDepth}: use ${expected} (level ${previousDepth + 1}) here.`,
          at: hashes > 0 ? [start, start + hashes] : heading.range,
        });
      }
      previousDepth = heading.depth;
    }
  },
);
