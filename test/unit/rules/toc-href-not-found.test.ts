// Facts from the Learn build (docfx v3): a TOC entry whose href or topicHref names a file that does
// not exist is file-not-found (a warning, at the value); an href to a folder with no toc.md,
// toc.json or toc.yml inside is toc-not-found (a warning); URLs and site paths are not looked up.
// Our own rule: in a partial checkout (a sparse checkout, a copy outside git) a missing target is
// an info, as for links; a toc.md's missing files are link-file-not-found's.
import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/docs/toc.yml';
const git = { '/ws/.git/HEAD': 'ref: refs/heads/main\n' };
const files = {
  ...git,
  '/ws/docs/a.md': '# A\n',
  '/ws/docs/getting-started.md': '# Start\n',
  '/ws/docs/f1/toc.yml': '- name: B\n',
  '/ws/docs/empty/b.md': '# B\n',
};

testRule('toc-href-not-found', {
  valid: [
    {
      name: 'files and folders that exist',
      path,
      files,
      code: '- name: A\n  href: a.md\n- name: F\n  href: f1/\n- name: G\n  tocHref: f1/toc.yml\n  topicHref: ~/docs/a.md\n',
    },
    {
      name: 'URLs and site paths',
      path,
      files,
      code: '- name: A\n  href: https://example.com/a\n- name: B\n  href: /office/vba/missing\n',
    },
    { name: 'a uid entry has no path', path, files, code: '- name: A\n  uid: some.uid\n' },
    { name: "a toc.md's missing file is link-file-not-found's", path: '/ws/docs/TOC.md', files, code: '# [A](missing.md)\n' },
  ],
  invalid: [
    {
      name: 'href, topicHref and tocHref to missing files, at the value',
      path,
      files,
      code: '- name: A\n  href: missing.md\n- name: B\n  topicHref: "../gone/a.md"\n- name: C\n  tocHref: nested/toc.yml\n',
      errors: [
        { line: 2, column: 9, endColumn: 19, severity: 'warning', message: 'The href "missing.md" names a file that does not exist.' },
        { line: 4, column: 15, endColumn: 27, message: 'topicHref "../gone/a.md"' },
        { line: 6, column: 12, endColumn: 26, message: 'tocHref "nested/toc.yml"' },
      ],
    },
    {
      name: 'a near miss offers the file that exists',
      path,
      files,
      code: '- name: A\n  href: getting-startd.md\n',
      errors: [{ line: 2, column: 9, endColumn: 26, message: 'Did you mean "getting-started.md"?' }],
      output: '- name: A\n  href: getting-started.md\n',
    },
    {
      name: 'a folder with no TOC, in every format',
      path: '/ws/docs/TOC.md',
      files,
      code: '# [Folder](empty/)\n',
      errors: [{ line: 1, column: 12, endColumn: 18, message: 'The folder "empty/" has no toc.md, toc.json or toc.yml' }],
    },
    {
      name: 'in a copy outside git the file cannot be verified: an info',
      path,
      files: { '/ws/docs/a.md': '# A\n' },
      code: '- name: A\n  href: missing.md\n',
      errors: [{ line: 2, column: 9, severity: 'info', message: 'cannot be verified here' }],
    },
  ],
});
