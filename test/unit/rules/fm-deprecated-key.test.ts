import { readFileSync } from 'node:fs';
import { COMPLETE, withExtra } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const seed000 = seed('000_09c3a63ca15a0689.md');
const seed003 = seed('003_e7c9a8873f260278.md');

testRule('fm-deprecated-key', {
  valid: [{ name: 'complete metadata', code: COMPLETE }],
  invalid: [
    {
      name: 'seed 000: ms.component beside ms.subservice is removed',
      code: seed000,
      errors: [{ line: 6, column: 1, endColumn: 13, message: 'ms.subservice', severity: 'info' }],
      output: seed000.replace('ms.component: pa-admin\n', ''),
    },
    {
      name: 'seed 003: manager and ms.component',
      code: seed003,
      errors: [
        { line: 5, column: 1, endColumn: 8, message: '"manager" is retired', severity: 'info' },
        { line: 7, message: 'use ms.subservice', severity: 'warning' },
      ],
      output: seed003.replace('manager: devkeydet\n', ''),
    },
    { name: 'renamed when the successor is not set', code: withExtra('ms.prod: azure'), errors: [{ line: 8, message: 'use ms.service', severity: 'warning' }], output: withExtra('ms.service: azure') },
    {
      name: 'the successor set by docfx.json counts',
      path: '/ws/docs/article.md',
      code: withExtra('ms.technology: x'),
      files: { '/ws/docs/docfx.json': '{"build":{"globalMetadata":{"ms.subservice":"guidance"}}}' },
      errors: [{ line: 8, message: 'already set', severity: 'info' }],
      output: COMPLETE,
    },
    { name: 'a list value is removed with its items', code: withExtra('keywords:', '  - a', '  - b'), errors: [{ line: 8, severity: 'info' }], output: COMPLETE },
    { name: 'keywords, which Learn ignores, is an info', code: withExtra('keywords: vba, excel'), errors: [{ line: 8, message: '"keywords" is retired', severity: 'info' }], output: COMPLETE },
  ],
});
