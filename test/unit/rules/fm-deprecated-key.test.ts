import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COMPLETE, withExtra } from '../../fixtures/frontmatter/articles.js';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const seed000 = seed('000_09c3a63ca15a0689.md');
const seed003 = seed('003_e7c9a8873f260278.md');

testRule('fm-deprecated-key', {
  valid: [{ name: 'complete metadata', code: COMPLETE }],
  invalid: [
    {
      name: 'seed 000: ms.component beside ms.subservice is removed',
      code: seed000,
      errors: [{ line: 6, column: 1, endColumn: 13, message: 'ms.subservice', severity: 'info' }],
      output: seed000.replace('ms.component: pa-admin\n', ''),
    },
    {
      name: 'seed 003: manager and ms.component',
      code: seed003,
      errors: [
        { line: 5, column: 1, endColumn: 8, message: '"manager" is retired', severity: 'info' },
        { line: 7, message: 'use ms.subservice', severity: 'warning' },
      ],
      output: seed003.replace('manager: devkeydet\n', ''),
    },
    {
      name: 'renamed when the successor is not set',
      code: withExtra('ms.prod: azure'),
      errors: [{ line: 8, message: 'use ms.service', severity: 'warning' }],
      output: withExtra('ms.service: azure'),
    },
    {
      name: 'the successor set by docfx.json counts',
      path: '/ws/docs/article.md',
      code: withExtra('ms.technology: x'),
      files: { '/ws/docs/docfx.json': '{"build":{"globalMetadata":{"ms.subservice":"guidance"}}}' },
      errors: [{ line: 8, message: 'already set', severity: 'info' }],
      output: COMPLETE,
    },
    {
      name: 'a list value is removed with its items',
      code: withExtra('keywords:', '  - a', '  - b'),
      errors: [{ line: 8, severity: 'info' }],
      output: COMPLETE,
    },
    {
      name: 'keywords, which Learn ignores, is an info',
      code: withExtra('keywords: vba, excel'),
      errors: [{ line: 8, message: '"keywords" is retired', severity: 'info' }],
      output: COMPLETE,
    },
    // Found by the hostile review: the whole line went, and with it every other key of the mapping.
    {
      name: 'in a flow mapping, only the entry and its comma are removed',
      code: '---\n{title: Plan, manager: jdoe, ms.topic: article}\n---\n# Plan\n',
      errors: [{ line: 2, column: 15, endColumn: 22 }],
      output: '---\n{title: Plan, ms.topic: article}\n---\n# Plan\n',
    },
    {
      name: 'the last entry of a flow mapping takes the comma before it',
      code: '---\n{title: Plan,\n  manager: jdoe }\n---\n# Plan\n',
      errors: [{ line: 3 }],
      output: '---\n{title: Plan }\n---\n# Plan\n',
    },
    { name: 'the only entry of a flow mapping', code: '---\n{ manager: jdoe }\n---\n', errors: [{ line: 2 }], output: '---\n{  }\n---\n' },
  ],
});

describe('fm-deprecated-key removals that would change other keys', () => {
  const fixesOf = (code: string) =>
    lintCase('fm-deprecated-key', { name: code, code }).map((finding) => [finding.fix, ...(finding.suggestions ?? [])].filter(Boolean));

  it('offers no removal of a key whose anchor an alias uses later', () => {
    // Found by the hostile review: removing `manager` left `*m` without its anchor, and YAML that no longer parses.
    assert.deepEqual(fixesOf(withExtra('manager: &m jdoe', 'ms.reviewer: *m')), [[]]);
    assert.deepEqual(
      fixesOf(withExtra('ms.prod: &p azure', 'ms.custom: [*p]')).map((fixes) => fixes.map((fix) => fix!.title)),
      [['Rename to "ms.service"']],
    );
  });

  it('still removes a key whose anchor nothing else uses', () => {
    assert.equal(lintCase('fm-deprecated-key', { name: 'unused anchor', code: withExtra('manager: &m jdoe') })[0]?.fix?.safe, true);
  });

  it('offers no removal in a flow mapping when a comment or a tag sits next to the entry', () => {
    assert.deepEqual(fixesOf('---\n{title: Plan, !!str manager: jdoe}\n---\n'), [[]]);
    assert.deepEqual(fixesOf('---\n{title: Plan, manager: jdoe # who\n}\n---\n'), [[]]);
  });
});
