import { testRule } from '../../helpers/rule-tester.js';

const LADDER_LEVELS = 40;
const LONG_CYCLE = 100;

/** Two include files per level, each including both of the next level: 2^40 chains from the top, 80 files. */
function ladder(bottom: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let level = 1; level <= LADDER_LEVELS; level++) {
    for (const side of ['a', 'b']) {
      files[`/ws/docs/includes/l${level}${side}.md`] =
        level < LADDER_LEVELS
          ? `[!INCLUDE [a](l${level + 1}a.md)]\n\n[!INCLUDE [b](l${level + 1}b.md)]\n`
          : side === 'a'
            ? bottom
            : 'The end.\n';
    }
  }
  return files;
}

const longCycle: Record<string, string> = {};
for (let index = 1; index <= LONG_CYCLE; index++)
  longCycle[`/ws/docs/includes/c${index}.md`] = `[!INCLUDE [next](${index < LONG_CYCLE ? `c${index + 1}.md` : '../article.md'})]\n`;

testRule('include-cycle', {
  valid: [
    {
      name: 'a chain that ends',
      code: '[!INCLUDE [a](includes/a.md)]\n',
      files: { '/ws/docs/includes/a.md': '[!INCLUDE [b](b.md)]\n', '/ws/docs/includes/b.md': 'End.\n' },
    },
    // Issue 13: the search went down every one of the 2^40 chains and froze the editor.
    {
      name: `a ladder of ${LADDER_LEVELS} levels of includes that ends`,
      code: '[!INCLUDE [top](includes/l1a.md)]\n',
      files: ladder('The end.\n'),
    },
  ],
  invalid: [
    {
      name: 'a chain back to the article, reported with the chain',
      code: '[!INCLUDE [a](includes/a.md)]\n',
      files: { '/ws/docs/includes/a.md': '[!INCLUDE [b](b.md)]\n', '/ws/docs/includes/b.md': '[!INCLUDE [back](../article.md)]\n' },
      errors: [{ line: 1, column: 15, message: 'Include cycle: article.md → includes/a.md → includes/b.md → article.md.' }],
    },
    {
      name: 'a file including itself',
      path: '/ws/docs/includes/self.md',
      code: '[!INCLUDE [me](self.md)]\n',
      errors: [{ line: 1, message: 'self.md → self.md' }],
    },
    {
      name: `a ladder of ${LADDER_LEVELS} levels whose bottom includes the article, reported with the shortest chain`,
      code: '[!INCLUDE [top](includes/l1a.md)]\n',
      files: ladder('[!INCLUDE [back](../article.md)]\n'),
      errors: [
        {
          line: 1,
          message: `Include cycle: article.md → ${Array.from({ length: LADDER_LEVELS }, (_, index) => `includes/l${index + 1}a.md`).join(' → ')} → article.md.`,
        },
      ],
    },
    // Issue 13: chains longer than 64 files were never reported.
    {
      name: `a cycle through ${LONG_CYCLE} include files`,
      code: '[!INCLUDE [first](includes/c1.md)]\n',
      files: longCycle,
      errors: [
        {
          line: 1,
          message: `Include cycle: article.md → ${Array.from({ length: LONG_CYCLE }, (_, index) => `includes/c${index + 1}.md`).join(' → ')} → article.md.`,
        },
      ],
    },
  ],
});
