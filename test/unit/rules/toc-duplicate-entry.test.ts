// Facts from the Learn build (docfx v3 content validation): an article referenced by more than one
// entry of a TOC is toc-entry-duplicated (a suggestion: each article once in a TOC). The page an
// entry opens is its topicHref, else its href; an href that nests a TOC or folder opens none.
import { testRule } from '../../helpers/rule-tester.js';

const path = '/ws/toc.yml';
const files = { '/ws/path/a.md': '# A\n', '/ws/path/b.md': '# B\n', '/ws/path/toc.yml': '- name: A\n  href: a.md\n' };

testRule('toc-duplicate-entry', {
  valid: [
    { name: 'each article once', path, files, code: '- name: a\n  href: path/a.md\n- name: b\n  href: path/b.md\n' },
    {
      name: 'a nested TOC and its article are different files',
      path,
      files,
      code: '- name: a\n  href: path/toc.yml\n  topicHref: path/a.md\n- name: b\n  href: path/\n',
    },
  ],
  invalid: [
    {
      name: 'the same article twice, at the second entry',
      path,
      files,
      code: '- name: a\n  href: path/a.md\n- name: b\n  href: path/b.md\n- name: c\n  href: path/a.md\n',
      errors: [{ line: 6, column: 9, endColumn: 18, message: 'already lists "path/a.md" (line 2)' }],
    },
    {
      name: 'the same missing file twice: a duplicate whether or not this checkout has it',
      path,
      files,
      code: '- name: a\n  href: coe/x.md\n- name: b\n  href: ./coe/x.md\n',
      errors: [{ line: 4, column: 9, endColumn: 19, message: '(line 2)' }],
    },
    {
      name: 'the same file written two ways, nested, in a toc.md',
      path: '/ws/TOC.md',
      files,
      code: '# [A](path/a.md)\n## [Again](~/path/A.md#part)\n',
      errors: [{ line: 2, column: 12, endColumn: 28, message: 'line 1' }],
    },
  ],
});
