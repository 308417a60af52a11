import { testRule } from '../../helpers/rule-tester.js';

const PIVOT_GROUPS = {
  '/ws/docs/zone-pivot-groups.yml':
    'groups:\n- id: platform\n  pivots:\n  - id: windows\n  - id: linux\n- id: language\n  pivots:\n  - id: csharp\n',
};

testRule('zone-pivot-unknown', {
  valid: [
    {
      name: 'pivots of the article’s groups',
      code: '---\nzone_pivot_groups: platform,language\n---\n# T\n\n::: zone pivot="windows,csharp"\nA\n::: zone-end\n',
      files: PIVOT_GROUPS,
    },
    {
      name: 'a group that is not defined leaves its pivots unknown',
      code: '---\nzone_pivot_groups: platform, tools\n---\n# T\n\n::: zone pivot="cli"\n::: zone-end\n',
      files: PIVOT_GROUPS,
    },
  ],
  invalid: [
    {
      name: 'a pivot of no group of the article',
      code: '---\nzone_pivot_groups: platform\n---\n# T\n\n::: zone pivot="linux, macos"\nA\n::: zone-end\n\n::: zone pivot="csharp"\n::: zone-end\n',
      files: PIVOT_GROUPS,
      errors: [
        { line: 6, column: 24, endColumn: 29, message: 'The pivot "macos" is not in the pivot group "platform"' },
        { line: 10, column: 17, endColumn: 23 },
      ],
    },
    {
      name: 'a slip with a likely pivot',
      code: '---\nzone_pivot_groups: platform\n---\n# T\n\n::: zone pivot="windos"\n::: zone-end\n',
      files: PIVOT_GROUPS,
      errors: [{ line: 6, column: 17, message: 'Did you mean "windows"?' }],
      output: '---\nzone_pivot_groups: platform\n---\n# T\n\n::: zone pivot="windows"\n::: zone-end\n',
    },
  ],
});
