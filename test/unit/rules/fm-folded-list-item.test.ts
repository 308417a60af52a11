import { readFileSync } from 'node:fs';
import { COMPLETE, withExtra } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const seed002 = readFileSync(new URL('../../fixtures/seeds/002_04dd10e4b9c62e32.md', import.meta.url), 'utf8');

testRule('fm-folded-list-item', {
  valid: [
    { name: 'complete metadata', code: COMPLETE },
    { name: 'a real list under its key', code: withExtra('search.audienceType:', '  - admin') },
    { name: 'a plain value folded over lines without list items', code: withExtra('ms.custom: one', '  two') },
    { name: 'a quoted value with a dash', code: withExtra('ms.reviewer: "jdoe - admin"') },
  ],
  invalid: [
    {
      name: 'seed 002: "  - admin" folded into ms.reviewer (lines 11-12)',
      code: seed002,
      errors: [{ line: 11, column: 14, endLine: 12, endColumn: 10, message: '"pankajsharma2087 - admin"' }],
    },
    {
      name: 'several folded items are one finding',
      code: withExtra('ms.reviewer: jdoe', '  - admin', '  - maker'),
      errors: [{ line: 8, endLine: 10, message: 'reads as "jdoe - admin - maker"' }],
    },
    {
      name: 'CRLF line breaks',
      code: withExtra('ms.reviewer: jdoe', '  - admin').replace(/\n/g, '\r\n'),
      errors: [{ line: 8, column: 14, endLine: 9, endColumn: 10 }],
    },
  ],
});
