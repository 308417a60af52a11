import { testRule } from '../../helpers/rule-tester.js';

testRule('md-heading-increment', {
  valid: [
    { name: 'one level at a time, then back up', code: '# T\n\n## A\n\n### B\n\n## C\n\n### D\n' },
    { name: 'going up several levels at once', code: '# T\n\n## A\n\n### B\n\n#### C\n\n## D\n' },
    { name: 'tab headings are skipped', code: '# T\n\n## Install\n\n# [Windows](#tab/windows)\n\n### Steps\n' },
    { name: 'an include file may start at any level', path: '/ws/docs/includes/x.md', code: '### Part\n\n#### Detail\n' },
    { name: 'headings in code are not headings', code: '# T\n\n```md\n### x\n```\n' },
  ],
  invalid: [
    { name: 'H2 to H4', code: '# T\n\n## A\n\n#### B\n', errors: [{ line: 5, column: 1, endColumn: 5, message: 'use ### (level 3)' }] },
    { name: 'H1 to H3', code: '# T\n\n### A\n', errors: [{ line: 3, message: 'level 3 follows level 1' }] },
    { name: 'setext headings count', code: 'Title\n=====\n\n### A\n', errors: [{ line: 4 }] },
  ],
});
