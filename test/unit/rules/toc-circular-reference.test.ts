// Facts from the Learn build (docfx v3 TocLoader): a TOC nests another when an entry's tocHref (or,
// without one, its href) names a TOC file (toc.md, toc.json, toc.yml) or a folder, whose toc.md,
// toc.json or toc.yml is loaded, in that order. A TOC reached again while it is being loaded is
// circular-reference, an error; a TOC that merely links to an article of its own folder is not.
import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/docs/toc.yml';

testRule('toc-circular-reference', {
  valid: [
    {
      name: 'a tree of nested TOCs, by file and by folder',
      path,
      files: {
        '/ws/docs/a.md': '# A\n',
        '/ws/docs/f1/toc.yml': '- name: B\n  href: ../a.md\n- name: Deeper\n  href: f2/\n',
        '/ws/docs/f1/f2/toc.md': '# [A](../../a.md)\n',
      },
      code: '- name: A\n  href: a.md\n- name: F1\n  href: f1/toc.yml\n',
    },
    {
      name: 'two TOCs nesting the same third one is not a loop',
      path,
      files: {
        '/ws/docs/f1/toc.yml': '- name: Shared\n  href: ../shared/toc.yml\n',
        '/ws/docs/shared/toc.yml': '- name: A\n  href: https://example.com\n',
      },
      code: '- name: F1\n  href: f1/\n- name: Shared\n  href: shared/toc.yml\n',
    },
    {
      name: 'a topicHref names the page an entry opens, never a nested TOC',
      path,
      files: { '/ws/docs/f1/toc.yml': '- name: Back\n  topicHref: ../toc.yml\n' },
      code: '- name: F1\n  tocHref: f1/\n',
    },
    {
      name: 'a URL in tocHref nests nothing, whatever href says',
      path,
      files: {},
      code: '- name: Self\n  tocHref: https://example.com/toc.json\n  href: toc.yml\n',
    },
  ],
  invalid: [
    {
      name: 'a TOC that names itself',
      path,
      files: {},
      code: '- name: A\n  items:\n  - name: Self\n    href: toc.yml\n',
      errors: [{ line: 4, column: 11, endColumn: 18, message: '"toc.yml" nests this TOC in itself' }],
    },
    {
      name: 'a loop through two other TOCs, by file and by folder, each reporting at its own entry',
      path,
      files: {
        '/ws/docs/f1/toc.md': '# [Deeper](../f2/)\n',
        '/ws/docs/f2/toc.yml': '- name: Back\n  tocHref: ../toc.yml\n',
      },
      code: '- name: F1\n  href: f1/toc.md\n',
      errors: [
        {
          line: 2,
          column: 9,
          endColumn: 18,
          message: '"f1/toc.md" nests a TOC that nests this one again (toc.yml → f1/toc.md → f2/toc.yml → toc.yml)',
        },
      ],
    },
    {
      name: 'a folder href loads the folder’s toc.md before its toc.yml',
      path: '/ws/docs/f1/toc.md',
      files: {
        '/ws/docs/f1/toc.yml': '- name: Not loaded\n  href: ../f1/\n',
        '/ws/docs/f2/toc.yml': '- name: Back\n  href: ../f1/\n',
      },
      code: '# [Next](../f2/)\n',
      errors: [{ line: 1, column: 10, endColumn: 16, message: '(toc.md → ../f2/toc.yml → toc.md)' }],
    },
    {
      name: 'in a toc.json too',
      path: '/ws/docs/toc.json',
      files: {},
      code: '[{ "name": "Self", "tocHref": "./" }]\n',
      errors: [{ line: 1, column: 32, endColumn: 34 }],
    },
  ],
});
