// Facts from the Learn build (docfx v3): an href to a removed article that a redirection file names
// still resolves (the site redirects readers), so it is not file-not-found. Our own rule: the entry
// should point where readers land; when that is an article of this repository the change is safe.
import { testRule } from '../../helpers/rule-tester.js';

const docfx = JSON.stringify({ build: { globalMetadata: { breadcrumb_path: '/office/vba/breadcrumb/toc.json' } } });
const files = (entries: unknown[]) => ({
  '/ws/docfx.json': docfx,
  '/ws/excel/new-name.md': '# New\n',
  '/ws/.openpublishing.redirection.json': JSON.stringify({ redirections: entries }),
});
const path = '/ws/excel/toc.yml';

testRule('toc-redirected', {
  valid: [
    { name: 'an article that exists', path, files: files([]), code: '- name: A\n  href: new-name.md\n' },
    { name: 'a missing article nobody redirected', path, files: files([]), code: '- name: A\n  href: gone.md\n' },
  ],
  invalid: [
    {
      name: 'a redirected article of this docset: safe to point at the target',
      path,
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
      code: '- name: A\n  href: old-name.md\n',
      errors: [{ line: 2, column: 9, endColumn: 20, message: 'point the entry at "new-name.md"' }],
      output: '- name: A\n  href: new-name.md\n',
    },
    {
      name: 'in a toc.md too',
      path: '/ws/excel/TOC.md',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
      code: '# [A](old-name.md)\n',
      errors: [{ line: 1, column: 7, endColumn: 18 }],
      output: '# [A](new-name.md)\n',
    },
    {
      name: 'redirects in a circle',
      path,
      files: files([
        { source_path: 'excel/a.md', redirect_url: '/office/vba/excel/b' },
        { source_path: 'excel/b.md', redirect_url: '/office/vba/excel/a' },
      ]),
      code: '- name: A\n  href: a.md\n',
      errors: [{ line: 2, column: 9, message: 'go in a circle' }],
    },
  ],
});
