import { testRule } from '../../helpers/rule-tester.js';

const PIVOT_GROUPS = {
  '/ws/docs/zone-pivot-groups.yml':
    '### YamlMime:ZonePivotGroups\ngroups:\n- id: platform\n  title: Platform\n  prompt: Choose a platform\n  pivots:\n  - id: windows\n    title: Windows\n  - id: linux\n    title: Linux\n- id: language\n  title: Language\n  pivots:\n  - id: csharp\n    title: C#\n',
};

testRule('zone-pivot-group-not-found', {
  valid: [
    { name: 'defined groups', code: '---\nzone_pivot_groups: platform, language\n---\n# T\n', files: PIVOT_GROUPS },
    { name: 'no definitions file in reach: nothing to say', code: '---\nzone_pivot_groups: platfrom\n---\n# T\n' },
    {
      name: 'a definitions file named in front matter',
      code: '---\nzone_pivot_groups: tools\nzone_pivot_group_filename: more-pivots.json\n---\n# T\n',
      files: { '/ws/more-pivots.yml': 'groups:\n- id: tools\n  pivots:\n  - id: cli\n' },
    },
    {
      name: 'a definitions file that does not read as groups tells nothing',
      code: '---\nzone_pivot_groups: platform\n---\n# T\n',
      files: { '/ws/docs/zone-pivot-groups.yml': 'groups: [unclosed\n' },
    },
  ],
  invalid: [
    {
      name: 'a misspelt group',
      code: '---\nzone_pivot_groups: platfrom, language\n---\n# T\n',
      files: PIVOT_GROUPS,
      errors: [{ line: 2, column: 20, endColumn: 28, message: 'did you mean "platform"?' }],
      output: '---\nzone_pivot_groups: platform, language\n---\n# T\n',
    },
  ],
});
