import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

// Facts from the build's heading checks: includes count where they are included, and each zone
// pivot, moniker range and tab is checked as its own page.
const includes = {
  '/ws/docs/includes/h2.md': '## Shared section\n\nText.\n',
  '/ws/docs/includes/h3.md': '### Shared detail\n',
  '/ws/docs/includes/inner-skip.md': '## Part\n\n#### Too deep\n',
  '/ws/docs/includes/outer.md': '[!INCLUDE [h2](h2.md)]\n\n### More\n',
};

testRule('md-heading-increment', {
  valid: [
    { name: 'one level at a time, then back up', code: '# T\n\n## A\n\n### B\n\n## C\n\n### D\n' },
    { name: 'going up several levels at once', code: '# T\n\n## A\n\n### B\n\n#### C\n\n## D\n' },
    { name: 'tab headings are skipped', code: '# T\n\n## Install\n\n# [Windows](#tab/windows)\n\n### Steps\n' },
    { name: 'an include file may start at any level', path: '/ws/docs/includes/x.md', code: '### Part\n\n#### Detail\n' },
    { name: 'headings in code are not headings', code: '# T\n\n```md\n### x\n```\n' },
    { name: 'an include that starts with an H2 under the H1', code: '# T\n\n[!INCLUDE [s](includes/h2.md)]\n', files: includes },
    {
      name: "an include's last heading counts for what follows",
      code: '# T\n\n## A\n\n[!INCLUDE [s](includes/h3.md)]\n\n#### B\n',
      files: includes,
    },
    { name: 'nested includes expand in order', code: '# T\n\n[!INCLUDE [o](includes/outer.md)]\n\n#### After\n', files: includes },
    {
      name: "a skip inside an include is the include file's own finding",
      code: '# T\n\n[!INCLUDE [s](includes/inner-skip.md)]\n',
      files: includes,
    },
    {
      name: 'two zone pivots are two pages',
      code: '# T\n\n## S\n\n### S1\n\n:::zone pivot="a"\n\n## A\n\n:::zone-end\n\n:::zone pivot="b"\n\n#### B\n\n:::zone-end\n',
    },
    {
      name: 'a chromeless zone is not on the Learn page',
      code: '# T\n\n## A\n\n:::zone pivot="b" target="chromeless"\n\n#### B\n\n:::zone-end\n',
    },
    {
      name: 'two moniker ranges are checked apart',
      code: '::: moniker range="<= v1"\n\n## A\n\n::: moniker-end\n\n::: moniker range=">= v2"\n\n#### B\n\n::: moniker-end\n',
    },
    { name: 'two tabs are two pages', code: '# [Windows](#tab/windows)\n\n## A\n\n# [Linux](#tab/linux)\n\n#### B\n\n---\n' },
  ],
  invalid: [
    { name: 'H2 to H4', code: '# T\n\n## A\n\n#### B\n', errors: [{ line: 5, column: 1, endColumn: 5, message: 'use ### (level 3)' }] },
    { name: 'H1 to H3', code: '# T\n\n### A\n', errors: [{ line: 3, message: 'level 3 follows level 1' }] },
    { name: 'setext headings count', code: 'Title\n=====\n\n### A\n', errors: [{ line: 4 }] },
    {
      name: 'an include that starts with an H3 under the H1',
      code: '# T\n\n[!INCLUDE [s](includes/h3.md)]\n',
      files: includes,
      errors: [{ line: 3, column: 1, message: 'The include includes/h3.md starts with a level 3 heading after level 1' }],
    },
    {
      name: "a heading that skips after an include's heading",
      code: '# T\n\n[!INCLUDE [s](includes/h2.md)]\n\n#### B\n',
      files: includes,
      errors: [{ line: 5, message: 'follows level 2 (in includes/h2.md)' }],
    },
    {
      name: 'a zone for the docs site is part of the page',
      code: '# T\n\n## A\n\n:::zone target="docs"\n\n#### B\n\n:::zone-end\n',
      errors: [{ line: 7 }],
    },
    {
      name: 'a pivot continues the headings before it',
      code: '# T\n\n## A\n\n:::zone pivot="b"\n\n#### B\n\n:::zone-end\n',
      errors: [{ line: 7 }],
    },
    {
      name: 'a moniker continues the headings before it',
      code: '# T\n\n## A\n\n::: moniker range=">= v2"\n\n#### B\n\n::: moniker-end\n',
      errors: [{ line: 7 }],
    },
    {
      name: 'a tab continues the headings before the tabs',
      code: '# T\n\n## A\n\n# [Windows](#tab/windows)\n\n#### B\n\n---\n',
      errors: [{ line: 7 }],
    },
  ],
});

describe('md-heading-increment severity', () => {
  it('an include that starts too deep is an info (the build rates it a suggestion); a skip in the article keeps the rule severity', () => {
    const findings = lintCase('md-heading-increment', {
      name: 'both',
      code: '# T\n\n[!INCLUDE [s](includes/h3.md)]\n\n# U\n\n### V\n',
      files: includes,
    });
    assert.deepEqual(
      findings.map((finding) => finding.severity),
      ['info', 'warning'],
    );
  });
});
