import { testRule } from '../../helpers/rule-tester.js';

testRule('moniker-range-syntax', {
  valid: [
    {
      name: 'operators, sets joined by ||, several comparators in one set',
      code: '# T\n\n::: moniker range=">= sql-server-2016 || = sqlallproducts-allversions"\nA\n::: moniker-end\n\n::: moniker range=">=netcore-1.0 <netcore-2.0"\nB\n::: moniker-end\n',
    },
    { name: 'front matter monikerRange', code: "---\nmonikerRange: '<= azure-2.0'\n---\n# T\n" },
    { name: 'inside code', code: '# T\n\n```md\n::: moniker range=">="\n```\n' },
  ],
  invalid: [
    {
      name: 'an operator without a moniker',
      code: '# T\n\n::: moniker range=">= "\nA\n::: moniker-end\n',
      errors: [{ line: 3, column: 20, endColumn: 23, message: '">=" must be followed by a moniker name' }],
    },
    {
      name: 'a symbol that is no operator',
      code: '# T\n\n::: moniker range="netcore-1.0 && netcore-2.0"\n::: moniker-end\n',
      errors: [{ line: 3, column: 20, endColumn: 46, message: '"&& netcore-2.0" is not a moniker, an operator or "||"' }],
    },
    {
      name: 'something after the last set',
      code: '# T\n\n::: moniker range="a || b ||"\n::: moniker-end\n',
      errors: [{ line: 3, message: 'a moniker name was expected' }],
    },
    {
      name: 'no range at all',
      code: '# T\n\n::: moniker\n::: moniker-end\n',
      errors: [{ line: 3, column: 1, endColumn: 12, message: 'needs range=' }],
    },
    {
      name: 'front matter',
      code: "---\nmonikerRange: '> '\n---\n# T\n",
      errors: [{ line: 2, column: 15, endColumn: 19 }],
    },
  ],
});
