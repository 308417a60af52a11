import { testRule } from '../../helpers/rule-tester.js';

const DEFINED = { '/ws/docs/overview.md': '---\nuid: contoso-overview\n---\n# Overview\n' };

testRule('xref-not-found', {
  valid: [
    {
      name: 'a uid a Markdown file defines, in every form',
      code: 'See <xref:contoso-overview>, [the overview](xref:contoso-overview?displayProperty=name#intro) and [o].\n\n[o]: xref:contoso-overview\n',
      files: DEFINED,
    },
    {
      name: 'a uid a YAML page or reference file defines',
      code: 'See <xref:contoso.widgets> and <xref:Contoso.Widget.Spin*>.\n',
      files: {
        '/ws/docs/widgets.yml': '### YamlMime:Landing\nuid: contoso.widgets\ntitle: Widgets\n',
        '/ws/api/Contoso.Widget.yml':
          '### YamlMime:ManagedReference\nitems:\n- uid: Contoso.Widget\n  children:\n  - uid: Contoso.Widget.Spin*\n',
      },
    },
    {
      name: 'external API prefixes, default and configured',
      code: 'See <xref:System.String> and <xref:Fabrikam.Client.Send>.\n',
      options: { externalPrefixes: ['System.', 'Fabrikam.'] },
      files: DEFINED,
    },
    { name: '@ mentions are not checked (the build never reports them)', code: 'Ask @contoso-team, or run `@x`.\n', files: DEFINED },
    { name: 'inside code', code: 'Write `<xref:nothing-here>`.\n', files: DEFINED },
    {
      name: 'a TOC entry’s uid and topicUid the repository defines (docfx reads them as exact uids)',
      path: '/ws/docs/toc.yml',
      code: '- name: Overview\n  uid: contoso-overview\n- name: Again\n  topicUid: contoso-overview\n',
      files: DEFINED,
    },
    {
      name: 'a toc.md heading’s xref, in each form',
      path: '/ws/docs/toc.md',
      code: '# [Overview](xref:contoso-overview)\n## @contoso-overview\n## <xref:contoso-overview>\n',
      files: DEFINED,
    },
  ],
  invalid: [
    {
      name: 'a conceptual uid the repository does not define, with a likely one',
      code: 'See [the overview](xref:contoso-overveiw).\n',
      files: DEFINED,
      errors: [{ line: 1, column: 25, endColumn: 41, message: 'did you mean "contoso-overview"?', severity: 'warning' }],
      output: 'See [the overview](xref:contoso-overview).\n',
    },
    {
      name: 'an autolink, reported at the uid',
      code: 'See <xref:unknown-article#part>.\n',
      files: DEFINED,
      errors: [{ line: 1, column: 11, endColumn: 26, severity: 'warning' }],
    },
    {
      name: 'an unknown API-looking uid is an info',
      code: 'Call <xref:Contoso.Widgets.Spin(System.Int32)>.\n',
      files: DEFINED,
      errors: [{ line: 1, column: 12, severity: 'info', message: 'external xref map' }],
    },
    {
      name: 'a repository without uids of its own cannot know: an info',
      code: 'See <xref:some-article>.\n',
      errors: [{ line: 1, column: 11, severity: 'info' }],
    },
    {
      name: 'a TOC entry’s uid the repository does not define; a fragment is part of a TOC uid',
      path: '/ws/docs/toc.yml',
      code: '- name: Overview\n  uid: contoso-overveiw\n- name: Part\n  uid: contoso-overview#part\n',
      files: DEFINED,
      errors: [
        { line: 2, column: 8, endColumn: 24, message: 'did you mean "contoso-overview"?', severity: 'warning' },
        { line: 4, column: 8, endColumn: 29, severity: 'warning' },
      ],
      output: '- name: Overview\n  uid: contoso-overview\n- name: Part\n  uid: contoso-overview#part\n',
    },
    {
      name: 'toc.md headings, reported at the uid',
      path: '/ws/docs/toc.md',
      code: '# [Overview](xref:contoso-overveiw)\n## @unknown-article\n',
      files: DEFINED,
      errors: [
        { line: 1, column: 19, endColumn: 35, severity: 'warning' },
        { line: 2, column: 5, endColumn: 20, severity: 'warning' },
      ],
    },
    {
      name: 'in a toc.json',
      path: '/ws/docs/toc.json',
      code: '[{ "name": "A", "uid": "unknown-article" }]\n',
      files: DEFINED,
      errors: [{ line: 1, column: 25, endColumn: 40, severity: 'warning' }],
    },
  ],
});
