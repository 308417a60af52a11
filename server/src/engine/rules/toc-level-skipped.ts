// toc-level-skipped: in a toc.md, a heading more than one level below the one before it (`#` then
// `###`), or above the first heading's level. The build reports invalid-toc-level (an error) and
// leaves the heading out of the TOC.
import { tocOf } from '../parse/toc.js';
import { defineRule } from './rule.js';

export const tocLevelSkipped = defineRule(
  {
    id: 'toc-level-skipped',
    docs: { description: 'toc.md heading that skips a level, or rises above the first heading: the build leaves it out', category: 'toc' },
    defaultSeverity: 'error',
    fixable: true,
    tocFiles: true,
  },
  ({ document, report }) => {
    const toc = tocOf(document);
    if (!toc) return;
    for (const skip of toc.levelSkips) {
      const hashes = /^#+/.exec(document.text.slice(skip.at[0], skip.at[1]))?.[0].length ?? 0;
      if (skip.from === 0) {
        report({
          message: `This level-${skip.to} heading is above the first heading's level: the build leaves it out of the TOC. Start the TOC at the highest level it uses.`,
          at: [skip.at[0], skip.at[0] + hashes],
        });
        continue;
      }
      const wanted = '#'.repeat(skip.from + 1);
      report({
        message: `This heading skips from level ${skip.from} to level ${skip.to}: the build leaves it out of the TOC.`,
        at: [skip.at[0], skip.at[0] + hashes],
        // Which level was meant (a missing parent, or a typo) is the writer's call.
        fix: {
          title: `Change to level ${skip.from + 1}`,
          edits: [{ start: skip.at[0], end: skip.at[0] + hashes, newText: wanted }],
          safe: false,
        },
      });
    }
  },
);
