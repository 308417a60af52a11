import { testRule } from '../../helpers/rule-tester.js';

testRule('md-heading-duplicate', {
  valid: [
    { name: 'different H2s', code: '# T\n\n## Install\n\nA.\n\n## Use\n\nB.\n' },
    { name: 'the same H3 under two H2s', code: '# T\n\n## Windows\n\n### Install\n\nA.\n\n## Linux\n\n### Install\n\nB.\n' },
    { name: 'code differs', code: '## `operator >`\n\nA.\n\n## `operator <`\n\nB.\n' },
    {
      name: 'the same H2 in two zone pivots',
      code: '# T\n\n::: zone pivot="cli"\n\n## Install\n\nA.\n\n::: zone-end\n\n::: zone pivot="portal"\n\n## Install\n\nB.\n\n::: zone-end\n',
    },
    {
      name: 'the same H2 in two tabs of one group',
      code: '# T\n\n# [Windows](#tab/windows)\n\n## Install\n\nA.\n\n# [Linux](#tab/linux)\n\n## Install\n\nB.\n\n---\n',
    },
    {
      name: 'a chromeless zone is not on the page',
      code: '## Install\n\nA.\n\n::: zone target="chromeless"\n\n## Install\n\n::: zone-end\n',
    },
  ],
  invalid: [
    {
      name: 'the same H2 twice',
      code: '# T\n\n## Title 1\n\nA.\n\n## Title 1\n\nB.\n',
      errors: [
        { line: 3, column: 1, endColumn: 11, message: 'also line 7' },
        { line: 7, column: 1, endColumn: 11, message: 'also line 3' },
      ],
    },
    {
      name: 'in a pivot and outside any pivot',
      code: '## Install\n\nA.\n\n::: zone pivot="cli"\n\n## Install\n\nB.\n\n::: zone-end\n',
      errors: [{ line: 1 }, { line: 7 }],
    },
    { name: 'spacing does not matter', code: '## Next  steps\n\nA.\n\n## Next steps\n\nB.\n', errors: [{ line: 1 }, { line: 5 }] },
  ],
});
