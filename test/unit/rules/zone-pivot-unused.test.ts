import { testRule } from '../../helpers/rule-tester.js';

const PIVOT_GROUPS = {
  '/ws/docs/zone-pivot-groups.yml': 'groups:\n- id: platform\n  pivots:\n  - id: windows\n  - id: linux\n  - id: macos\n',
};

testRule('zone-pivot-unused', {
  valid: [
    {
      name: 'every pivot has a zone',
      code: '---\nzone_pivot_groups: platform\n---\n# T\n\n::: zone pivot="windows,linux"\n::: zone-end\n\n::: zone pivot="macos"\n::: zone-end\n',
      files: PIVOT_GROUPS,
    },
    {
      name: 'zones may sit in an included file',
      code: '---\nzone_pivot_groups: platform\n---\n# T\n\n[!INCLUDE [steps](../includes/steps.md)]\n',
      files: { ...PIVOT_GROUPS, '/ws/includes/steps.md': '::: zone pivot="windows"\n::: zone-end\n' },
    },
  ],
  invalid: [
    {
      name: 'two pivots without a zone',
      code: '---\nzone_pivot_groups: platform\n---\n# T\n\n::: zone pivot="windows"\n::: zone-end\n',
      files: PIVOT_GROUPS,
      errors: [
        { line: 2, column: 20, endColumn: 28, message: 'No zone of this article uses "linux", "macos" of the pivot group "platform"' },
      ],
    },
  ],
});
