// Facts from the Learn build (docfx v3): in a toc.md, the first heading sets the root level; a
// heading more than one level below its parent is invalid-toc-level ("skipped from 1 to 3", an
// error), and so is a heading above the first one's level ("from 0 to 1"). Both are left out.
import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/docs/TOC.md';

testRule('toc-level-skipped', {
  valid: [
    { name: 'levels one at a time', path, code: '# A\n## B\n### C\n# D\n' },
    { name: 'a TOC may start at any level', path, code: '## A\n### B\n## C\n' },
    { name: 'a toc.yml has no levels', path: '/ws/docs/toc.yml', code: '- name: A\n' },
  ],
  invalid: [
    {
      name: 'from level 1 to 3',
      path,
      code: '# A\n### C\n',
      errors: [{ line: 2, column: 1, endColumn: 4, message: 'skips from level 1 to level 3' }],
      output: '# A\n## C\n',
    },
    {
      name: 'above the first heading',
      path,
      code: '## A\n# B\n',
      errors: [{ line: 2, column: 1, endColumn: 2, message: "above the first heading's level" }],
    },
  ],
});
