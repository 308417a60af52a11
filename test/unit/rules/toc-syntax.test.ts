// Facts from the Learn build (docfx v3): a toc.yml or toc.json with a syntax error is an error
// (yaml-syntax-error, json-syntax-error); a repeated key is a warning and the last value wins
// (yaml-duplicate-key); an entry of the wrong type violates the schema (an error); a TOC may be a
// list of entries or a map whose `items` is that list; a toc.md line that is not an ATX heading, or
// a heading holding a link among other text, is invalid-toc-syntax (an error); front matter and
// HTML comments are allowed in a toc.md.
import { testRule } from '../../helpers/rule-tester.js';

testRule('toc-syntax', {
  valid: [
    { name: 'a YAML list of entries', path: '/ws/docs/toc.yml', code: '- name: A\n  href: a.md\n  items:\n  - name: B\n    href: b.md\n' },
    { name: 'a YAML map whose items are the entries', path: '/ws/docs/TOC.yml', code: 'items:\n- name: A\n  href: a.md\n' },
    { name: 'an empty TOC', path: '/ws/docs/toc.yml', code: '' },
    { name: 'null values are left out', path: '/ws/docs/toc.yml', code: '- name: A\n  tocHref:\n  href: a.md\n' },
    {
      name: 'a JSON TOC with a comment and a trailing comma',
      path: '/ws/docs/toc.json',
      code: '[{ "name": "A", "href": "a.md" }, // first\n]\n',
    },
    {
      name: 'a toc.md of headings with one link, xref or text, front matter and comments',
      path: '/ws/docs/TOC.md',
      code: '---\ntitle: T\n---\n<!-- about -->\n# [A](a.md)\n## Group\n### @a-uid\n### [B](xref:b)\n',
    },
    { name: 'a .yml file that is not a TOC is not read as one', path: '/ws/docs/other.yml', code: '- [\n' },
  ],
  invalid: [
    {
      name: 'a YAML syntax error, at its position',
      path: '/ws/docs/toc.yml',
      code: '- name: A\n  href: "a.md\n',
      errors: [{ line: 2, column: 9, endColumn: 14, message: 'Missing closing "quote' }],
    },
    {
      name: 'a repeated key is a warning: the build uses the last value',
      path: '/ws/docs/toc.yml',
      code: '- name: A\n  href: a.md\n  href: b.md\n',
      errors: [{ line: 3, column: 3, endColumn: 7, severity: 'warning', message: 'the build uses the last value' }],
    },
    {
      name: 'a TOC that is a single value',
      path: '/ws/docs/toc.yml',
      code: 'just text\n',
      errors: [{ line: 1, column: 1, endColumn: 10, message: 'A TOC must be a list of entries.' }],
    },
    {
      name: 'an entry that is not a map, and a name that is a list',
      path: '/ws/docs/toc.yml',
      code: '- a.md\n- name: [A, B]\n',
      errors: [
        { line: 1, column: 3, endColumn: 7, message: 'A TOC entry must be a map' },
        { line: 2, column: 9, endColumn: 15, message: '"name" must be text.' },
      ],
    },
    {
      name: 'items that are not a list',
      path: '/ws/docs/toc.yml',
      code: '- name: A\n  items: b.md\n',
      errors: [{ line: 2, column: 10, endColumn: 14, message: '"items" must be a list of entries.' }],
    },
    {
      name: 'a JSON syntax error: only the first, the others follow from it',
      path: '/ws/docs/toc.json',
      code: '[{ "name": "title" ]\n',
      errors: [{ line: 1, column: 20, endColumn: 21, message: 'JSON syntax error' }],
    },
    {
      name: 'a JSON href that is a number',
      path: '/ws/docs/toc.json',
      code: '[{ "name": "A", "href": 3 }]\n',
      errors: [{ line: 1, column: 25, endColumn: 26, message: '"href" must be text.' }],
    },
    {
      name: 'toc.md lines that are not headings, and a heading mixing a link with text',
      path: '/ws/docs/toc.md',
      code: '# [good](a.md)\n[bad]()\n#bad\n## [x](b.md) and more\n',
      errors: [
        { line: 2, column: 1, endLine: 3, endColumn: 5, message: 'must be a heading' },
        { line: 4, column: 1, endColumn: 22, message: 'not a link among other text' },
      ],
    },
    {
      name: 'seven # are not a heading: the lines read as one paragraph',
      path: '/ws/docs/TOC.md',
      code: '###### [A](a.md)\n####### [B](b.md)\n####### [C](c.md)\n',
      errors: [{ line: 2, column: 1, endLine: 3, endColumn: 18, message: 'A heading has at most six "#" (this line has 7)' }],
    },
  ],
});
