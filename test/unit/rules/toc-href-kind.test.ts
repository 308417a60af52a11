// Facts from the Learn build (docfx v3): `topicHref` must name an article or a URL: a folder
// (`f1/`) or a TOC file (`f1/toc.md`) is invalid-topic-href (an error), also when `href` is set;
// `tocHref` must name a TOC file, a folder or a URL: an article is invalid-toc-href (an error).
// `href` may name either. TOC file names are toc.md, toc.json and toc.yml in any letter case.
import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/docs/toc.yml';
const files = { '/ws/docs/f1/toc.md': '# [A](a.md)\n', '/ws/docs/f1/a.md': '# A\n' };

testRule('toc-href-kind', {
  valid: [
    {
      name: 'topicHref to an article, tocHref to a TOC file and a folder',
      path,
      files,
      code: '- name: A\n  topicHref: f1/a.md\n  tocHref: f1/TOC.md\n- name: B\n  tocHref: f1/\n',
    },
    { name: 'href may be either', path, files, code: '- name: A\n  href: f1/\n- name: B\n  href: f1/a.md\n' },
    {
      name: 'URLs and site paths are kept as written',
      path,
      files,
      code: '- name: A\n  topicHref: /office/vba/\n  tocHref: https://example.com/x\n',
    },
  ],
  invalid: [
    {
      name: 'topicHref to a folder and to a TOC file, with or without href',
      path,
      files,
      code: '- name: A\n  topicHref: f1/\n- name: B\n  topicHref: f1/toc.md\n- name: C\n  topicHref: f1/toc.md\n  href: /abc/def\n',
      errors: [
        { line: 2, column: 14, endColumn: 17, message: 'topicHref "f1/" names a folder' },
        { line: 4, column: 14, endColumn: 23, message: 'names a TOC file' },
        { line: 6, column: 14, endColumn: 23, message: 'names a TOC file' },
      ],
    },
    {
      name: 'tocHref to an article',
      path,
      files,
      code: '- name: A\n  tocHref: f1/a.md\n- name: B\n  tocHref: "f1/a.md"\n  href: /abc/def\n',
      errors: [
        { line: 2, column: 12, endColumn: 19, message: 'tocHref "f1/a.md" names an article' },
        { line: 4, column: 13, endColumn: 20, message: 'names an article' },
      ],
    },
    {
      name: 'in a toc.json too',
      path: '/ws/docs/toc.json',
      files,
      code: '[{ "name": "A", "topicHref": "f1/" }]\n',
      errors: [{ line: 1, column: 31, endColumn: 34 }],
    },
  ],
});
