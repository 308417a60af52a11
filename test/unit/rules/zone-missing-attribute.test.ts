import { testRule } from '../../helpers/rule-tester.js';

testRule('zone-missing-attribute', {
  valid: [
    {
      name: 'a pivot zone and a target zone',
      code: '# T\n\n::: zone pivot="windows"\nA\n::: zone-end\n\n::: zone target="docs"\nB\n::: zone-end\n',
    },
    { name: 'inside code', code: '# T\n\n```md\n::: zone\n```\n' },
  ],
  invalid: [
    {
      name: 'a bare zone',
      code: '# T\n\n::: zone\nA\n::: zone-end\n',
      errors: [{ line: 3, column: 1, endColumn: 9, message: 'needs pivot=' }],
    },
    {
      name: 'empty values',
      code: '# T\n\n:::zone pivot="" target=""\nA\n:::zone-end\n',
      errors: [{ line: 3, column: 1 }],
    },
  ],
});
