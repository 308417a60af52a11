import { readFileSync } from 'node:fs';
import { COMPLETE, withLine } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const seed003 = readFileSync(new URL('../../fixtures/seeds/003_e7c9a8873f260278.md', import.meta.url), 'utf8');
const date = (value: string) => withLine('ms.date: 11/01/2026', `ms.date: ${value}`);

testRule('fm-date-stale', {
  valid: [
    { name: 'recent', code: COMPLETE },
    { name: 'exactly 365 days old', code: date('11/22/2025') },
    { name: "a malformed date is fm-date-format's", code: date('2020-01-01') },
    {
      name: 'maxAgeDays per folder',
      path: '/ws/docs/archive/old.md',
      code: date('01/01/2024'),
      files: { '/ws/docs/.guidancelint.json': '{"overrides":[{"files":"archive/**","frontMatter":{"maxAgeDays":5000}}]}' },
    },
  ],
  invalid: [
    {
      name: 'seed 003: 09/11/2020',
      code: seed003,
      errors: [{ line: 9, column: 10, endColumn: 20, message: '2263 days old' }],
      output: seed003.replace('ms.date: 09/11/2020', 'ms.date: 11/22/2026'),
    },
    { name: 'one day too old', code: date('11/21/2025'), errors: [{ line: 6, message: '366 days old (more than 365)' }] },
    {
      name: 'an unpadded M/D/YYYY date is read too',
      code: date('3/3/2020'),
      errors: [{ line: 6, message: 'ms.date 3/3/2020 is 2455 days old' }],
    },
    {
      name: 'a shorter review cycle',
      code: date('06/01/2026'),
      files: { '/ws/docs/.guidancelint.json': '{"frontMatter":{"maxAgeDays":90}}' },
      errors: [{ line: 6, message: 'more than 90' }],
    },
  ],
});
