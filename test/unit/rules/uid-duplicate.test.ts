import { testRule } from '../../helpers/rule-tester.js';

const ARTICLE = '---\ntitle: Widgets\nuid: contoso-widgets\n---\n# Widgets\n';

testRule('uid-duplicate', {
  valid: [
    { name: 'a uid of its own', code: ARTICLE, files: { '/ws/docs/other.md': '---\nuid: contoso-other\n---\n# Other\n' } },
    {
      name: 'a YAML file that only references the uid',
      code: ARTICLE,
      files: { '/ws/api/a.yml': '### YamlMime:ManagedReference\nitems:\n- uid: A\nreferences:\n- uid: contoso-widgets\n' },
    },
    {
      name: 'versions of one page share a uid',
      code: '---\nuid: contoso-widgets\nmonikerRange: ">= v2"\n---\n# Widgets\n',
      files: { '/ws/docs/v1/widgets.md': '---\nuid: contoso-widgets\nmonikerRange: "v1"\n---\n# Widgets\n' },
    },
  ],
  invalid: [
    {
      name: 'another article defines the same uid',
      code: ARTICLE,
      files: { '/ws/docs/old/widgets.md': '---\nuid: contoso-widgets\n---\n# Widgets\n' },
      errors: [{ line: 3, column: 6, endColumn: 21, message: 'also defined in docs/old/widgets.md' }],
    },
    {
      name: 'a YAML page defines it',
      code: ARTICLE,
      files: { '/ws/docs/widgets.yml': '### YamlMime:Landing\nuid: contoso-widgets\n' },
      errors: [{ line: 3, column: 6, message: 'docs/widgets.yml (line 2)' }],
    },
  ],
});
