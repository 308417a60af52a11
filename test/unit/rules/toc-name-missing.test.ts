// Facts from the Learn build (docfx v3): a TOC entry whose name is empty or absent is
// missing-attribute 'name' (a warning), in toc.yml and toc.md alike (`##` alone); an entry with a
// uid takes its name from the uid's title when it has none.
import { testRule } from '../../helpers/rule-tester.js';

testRule('toc-name-missing', {
  valid: [
    { name: 'every entry named', path: '/ws/docs/toc.yml', code: '- name: A\n  href: a.md\n  items:\n  - name: B\n' },
    { name: 'a uid entry takes the title of its uid', path: '/ws/docs/toc.yml', code: '- uid: some.uid\n' },
    { name: 'toc.md headings with text or a link', path: '/ws/docs/TOC.md', code: '# Group\n## [A](a.md)\n' },
  ],
  invalid: [
    {
      name: "no name, an empty name, in nested items, at the entry's first line",
      path: '/ws/docs/toc.yml',
      code: '- href: a.md\n  items:\n  - name:\n    href: b.md\n',
      errors: [
        { line: 1, column: 3, endColumn: 13, message: 'has no name' },
        { line: 3, column: 5, endColumn: 10 },
      ],
    },
    {
      name: 'in a toc.json',
      path: '/ws/docs/toc.json',
      code: '[{ "href": "a.md" }]\n',
      errors: [{ line: 1, column: 2, endColumn: 20 }],
    },
    {
      name: 'an empty toc.md heading',
      path: '/ws/docs/TOC.md',
      code: '# Title\n##\n',
      errors: [{ line: 2, column: 1, endColumn: 3 }],
    },
  ],
});
