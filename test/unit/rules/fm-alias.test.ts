import { readFileSync } from 'node:fs';
import { COMPLETE, withExtra, withLine } from '../../fixtures/frontmatter/articles.js';
import { testRule } from '../../helpers/rule-tester.js';

const seed002 = readFileSync(new URL('../../fixtures/seeds/002_04dd10e4b9c62e32.md', import.meta.url), 'utf8');
const author = (value: string) => withLine('ms.author: writer', `ms.author: ${value}`);

testRule('fm-alias', {
  valid: [
    { name: 'an alias', code: COMPLETE },
    { name: 'a list of reviewer aliases', code: withExtra('ms.reviewer:', '  - jdoe', '  - asmith') },
    { name: "a folded value is fm-folded-list-item's", code: seed002 },
  ],
  invalid: [
    {
      name: 'an email address',
      code: author('Writer@microsoft.com'),
      errors: [{ line: 5, column: 12, endColumn: 32, message: 'without the domain' }],
      output: author('writer'),
    },
    { name: 'upper case', code: author('Writer'), errors: [{ line: 5, message: 'lower case' }], output: author('writer') },
    { name: 'a name, not an alias', code: author('Jane Doe'), errors: [{ line: 5, message: 'no spaces' }] },
    {
      name: 'quoted reviewer in a list',
      code: withExtra('ms.reviewer:', '  - "jdoe@contoso.com"'),
      errors: [{ line: 9, column: 5 }],
      output: withExtra('ms.reviewer:', '  - "jdoe"'),
    },
  ],
});
