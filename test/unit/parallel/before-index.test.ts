// Checking an open document before the workspace is indexed (parallel/before-index.ts): the rules
// that need the whole index are deferred, never run against a part of it. What the early check
// reports is always among what the check after indexing reports, so a writer never sees a finding
// that goes away once the index is ready; in particular no missing anchor that a file not yet
// summarised defines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import type { Finding } from '../../../server/src/engine/types.js';
import { BeforeIndexChecks } from '../../../server/src/parallel/before-index.js';
import { createRunLinter } from '../../../server/src/parallel/linter-setup.js';
import type { LintSetup } from '../../../server/src/parallel/protocol.js';

const SETUP: LintSetup = { workspaceFolders: ['/ws'], ruleOverrides: {}, mode: 'file', today: '2026-11-01T00:00:00Z', allowPlugins: false };
const FRONT_MATTER =
  '---\ntitle: An article about workbooks\ndescription: How a workbook recalculates its formulas when a value changes.\nms.date: 10/01/2026\nms.topic: article\n---\n';

const FILES: Record<string, string> = {
  '/ws/.guidancelint.json': JSON.stringify({ root: true }),
  '/ws/docfx.json': JSON.stringify({ build: { content: [{ files: ['articles/**/*.md'] }] } }),
  // Includes a snippet that is itself included elsewhere: include-nested needs to know who includes it.
  '/ws/articles/article.md': `${FRONT_MATTER}\n# Workbooks\n\n## From the article\n\nSee [other](other.md#present), [a missing anchor](other.md#absent) and [a missing file](gone.md).\n\n[!INCLUDE[shared](includes/shared.md)]\n`,
  '/ws/articles/other.md': `${FRONT_MATTER}\n# Other\n\n## Present\n\nText.\n`,
  '/ws/articles/nesting.md': `${FRONT_MATTER}\n# Nesting\n\n[!INCLUDE[article](article.md)]\n`,
  // Built (under articles/): its same-page link names a heading of the article that includes it.
  '/ws/articles/includes/shared.md': 'Read [the article part](#from-the-article) first.\n',
  // Not built: whether it is published depends on who includes it.
  '/ws/snippets/outside.md': 'A snippet with a [broken link](nowhere.md).\n',
  '/ws/articles/uses-outside.md': `${FRONT_MATTER}\n# Uses\n\n[!INCLUDE[outside](../snippets/outside.md)]\n`,
};

function key(finding: Finding): string {
  return `${finding.ruleId} ${finding.range.start.line}:${finding.range.start.column} ${finding.message}`;
}

function early(path: string): Finding[] | undefined {
  const fs = new MemoryFileSystem(FILES);
  return new BeforeIndexChecks(createRunLinter(fs, SETUP)).check(path, FILES[path]!);
}

function afterIndexing(path: string): Finding[] {
  const fs = new MemoryFileSystem(FILES);
  const linter = createRunLinter(fs, SETUP);
  linter.environment.index!.build();
  return linter.lintText(path, FILES[path]!).findings;
}

describe('checks before the index is built (BeforeIndexChecks)', () => {
  it("reports the article's own and link findings, defers include-nested, and adds nothing the full check lacks", () => {
    const before = early('/ws/articles/article.md')!;
    const after = afterIndexing('/ws/articles/article.md');
    const rules = (findings: Finding[]) => new Set(findings.map((finding) => finding.ruleId));
    for (const ruleId of ['link-anchor-not-found', 'link-file-not-found']) assert.ok(rules(before).has(ruleId), ruleId);
    assert.ok(!rules(before).has('internal-error'), 'a deferred rule is not a failure');
    assert.ok(rules(after).has('include-nested'), 'the full check reports the nested include');
    assert.ok(!rules(before).has('include-nested'), 'the early check defers it');
    const full = new Set(after.map(key));
    assert.deepEqual(
      before.map(key).filter((finding) => !full.has(finding)),
      [],
    );
  });

  it('reports no missing same-page anchor that the including article defines', () => {
    const before = early('/ws/articles/includes/shared.md')!;
    assert.deepEqual(before.filter((finding) => finding.ruleId.startsWith('link-') || finding.ruleId === 'internal-error').map(key), []);
    assert.deepEqual(
      afterIndexing('/ws/articles/includes/shared.md')
        .filter((finding) => finding.ruleId === 'link-anchor-not-found')
        .map(key),
      [],
    );
  });

  it('checks nothing when whether the file is published depends on who includes it', () => {
    assert.equal(early('/ws/snippets/outside.md'), undefined);
    assert.ok(afterIndexing('/ws/snippets/outside.md').some((finding) => finding.ruleId === 'link-file-not-found'));
  });

  it('applies an edit of another open document, whose dependents it does not work out', () => {
    const fs = new MemoryFileSystem(FILES);
    const linter = createRunLinter(fs, SETUP);
    const checks = new BeforeIndexChecks(linter);
    const path = '/ws/articles/article.md';
    assert.ok(checks.check(path, FILES[path]!)!.some((finding) => finding.ruleId === 'link-anchor-not-found'));
    // other.md gains the heading the article links to (its summary was read by the first check).
    fs.writeFile!('/ws/articles/other.md', `${FILES['/ws/articles/other.md']}\n## Absent\n`);
    checks.applyChange(() => linter.environment.index!.update('/ws/articles/other.md'));
    assert.ok(!checks.check(path, FILES[path]!)!.some((finding) => finding.ruleId === 'link-anchor-not-found'));
  });
});
