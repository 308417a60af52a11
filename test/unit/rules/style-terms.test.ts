import { testRule } from '../../helpers/rule-tester.js';

testRule('style-terms', {
  valid: [
    { name: 'preferred terms', code: 'For example, sign in to the admin center. That is, select Save.\n' },
    { name: 'words that contain a term', code: 'Open the login page and the catalog index. See eg.com.\n' },
    { name: 'terms in code', code: 'Run `log in` or:\n\n```text\ne.g. i.e. click here\n```\n' },
    { name: 'terms in a link destination', code: '[Sign-in help](<docs/log in.md>)\n' },
    {
      name: 'defaults turned off',
      options: { includeDefaults: false, terms: [{ term: 'utilize', replacement: 'use' }] },
      code: 'For example, e.g. stays.\n',
    },
  ],
  invalid: [
    {
      name: 'e.g.',
      code: 'Add roles (e.g., admins).\n',
      errors: [{ line: 1, column: 12, endColumn: 16, message: 'use "for example"' }],
      output: 'Add roles (for example, admins).\n',
    },
    {
      name: 'i.e. at the start of a sentence keeps its capital',
      code: 'I.e. the plan.\n',
      errors: [{ line: 1, column: 1 }],
      output: 'That is the plan.\n',
    },
    {
      name: 'log in across a line break',
      code: 'Users log\nin with Microsoft Entra ID.\n',
      errors: [{ line: 1, column: 7, endLine: 2, endColumn: 3 }],
      output: 'Users sign in with Microsoft Entra ID.\n',
    },
    {
      name: 'click here as link text has no fix',
      code: 'To learn more, [click here](more.md).\n',
      errors: [{ line: 1, column: 17, message: 'link text should say where the link goes' }],
    },
    {
      name: 'a configured term next to the defaults',
      options: { terms: [{ term: 'utilize', replacement: 'use', reason: 'plain words' }] },
      code: 'Utilize the report, e.g. weekly.\n',
      errors: [
        { line: 1, column: 1, message: '"Use"' },
        { line: 1, column: 21 },
      ],
      output: 'Use the report, e.g. weekly.\n',
    },
  ],
});
