// The Linter calls our rules directly: each report is a finding of its rule, a rule that throws is one
// internal-error finding and the rules after it still run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { parseDocument } from '../../../server/src/engine/parse/document.js';
import { defineRule, type GuidanceRule } from '../../../server/src/engine/rules/rule.js';
import { runRules, type ActiveRule } from '../../../server/src/engine/run-rules.js';
import type { SeveritySetting } from '../../../server/src/engine/types.js';

const PATH = '/ws/docs/article.md';
const TEXT = '# Title\n\nSome text.\n';

const meta = (id: string) => ({
  id,
  docs: { description: id, category: 'style' as const },
  defaultSeverity: 'warning' as const,
  fixable: false,
});

const first = defineRule(meta('test-first'), ({ report }) => report({ message: 'first', at: [2, 7] }));
const throwing = defineRule(meta('test-throwing'), ({ report }) => {
  report({ message: 'before the failure', at: [0, 1] });
  throw new Error('boom');
});
const milder = defineRule(meta('test-milder'), ({ report }) => {
  report({ message: 'milder', at: [9, 13], severity: 'info' });
  report({ message: 'never stronger', at: [9, 13], severity: 'error' });
});
const withOptions = defineRule<{ word: string }>(meta('test-options'), ({ options, report }) =>
  report({ message: `word is ${options.word}`, at: [0, 0] }),
);

function run(rules: Array<[GuidanceRule<never>, Record<string, unknown>?]>, internalErrorSeverity: SeveritySetting = 'error') {
  const fs = new MemoryFileSystem({ [PATH]: TEXT });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'] });
  const active: ActiveRule[] = rules.map(([rule, options]) => ({
    rule,
    setting: { severity: 'warning', ...(options ? { options } : {}) },
  }));
  const document = parseDocument(PATH, TEXT);
  return runRules(active, {
    path: PATH,
    document,
    config: linter.config.resolve(PATH),
    environment: linter.environment,
    internalErrorSeverity,
  });
}

describe('runRules', () => {
  it('turns each report into a finding of its rule, at the reported offsets', () => {
    const [finding] = run([[first]]);
    assert.deepEqual(finding, {
      file: PATH,
      ruleId: 'test-first',
      severity: 'warning',
      message: 'first',
      range: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 8, offset: 7 } },
    });
  });

  it('a throwing rule keeps what it reported, adds one internal-error, and the next rule still runs', () => {
    const findings = run([[throwing], [first]]);
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.severity, finding.message]),
      [
        ['test-throwing', 'warning', 'before the failure'],
        ['internal-error', 'error', 'Rule test-throwing failed on this file: boom'],
        ['test-first', 'warning', 'first'],
      ],
    );
  });

  it('reports no internal-error when configuration turns it off', () => {
    assert.deepEqual(
      run([[throwing]], 'off').map((finding) => finding.ruleId),
      ['test-throwing'],
    );
  });

  it('lets a report lower its severity, never raise it', () => {
    assert.deepEqual(
      run([[milder]]).map((finding) => finding.severity),
      ['info', 'warning'],
    );
  });

  it("passes the rule's options, or {}", () => {
    assert.equal(run([[withOptions, { word: 'tip' }]])[0]?.message, 'word is tip');
    assert.equal(run([[withOptions]])[0]?.message, 'word is undefined');
  });
});
