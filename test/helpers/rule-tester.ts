// ESLint-style rule tests: each rule's test file lists valid and invalid Markdown side by side; an
// invalid case names the findings it expects and, for fixable rules, the text after the fix.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Linter } from '../../server/src/engine/lint.js';
import { applyEdits } from '../../server/src/engine/fixes/apply.js';
import { RULE_META_BY_ID } from '../../server/src/engine/rules/registry.js';
import type { Finding, Severity } from '../../server/src/engine/types.js';
import { MemoryFileSystem } from '../../server/src/engine/fs/file-system.js';

/** Fixed "today" for date rules: 22 November 2026. */
export const TEST_TODAY = new Date(2026, 10, 22);

export interface ExpectedFinding {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** A substring of the message. */
  message?: string;
  /** The finding's severity when the rule is set to warning (a rule may report some findings milder). */
  severity?: Severity;
}

export interface ValidCase {
  name: string;
  code: string;
  /** Path of the file in the test workspace (default /ws/docs/article.md). */
  path?: string;
  /** Other files in the workspace, e.g. includes and link targets. */
  files?: Record<string, string>;
  /** Rule options (`["warning", options]`). */
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** Text after applying the first finding's fix (quick fix), when the rule is fixable. */
  output?: string;
}

const DEFAULT_PATH = '/ws/docs/article.md';

export function lintCase(ruleId: string, testCase: ValidCase): Finding[] {
  const path = testCase.path ?? DEFAULT_PATH;
  const config = { root: true, rules: { [ruleId]: testCase.options ? ['warning', testCase.options] : 'warning' } };
  const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': JSON.stringify(config), ...testCase.files, [path]: testCase.code });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY });
  return linter.lintText(path, testCase.code).findings.filter((finding) => finding.ruleId === ruleId);
}

export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it('has its metadata and doc page', () => {
      assert.ok(RULE_META_BY_ID.get(ruleId), `rule ${ruleId} is registered`);
      assert.ok(existsSync(new URL(`../../docs/rules/${ruleId}.md`, import.meta.url)), `docs/rules/${ruleId}.md exists`);
    });
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        assert.deepEqual(lintCase(ruleId, testCase).map(describeFinding), []);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        const findings = lintCase(ruleId, testCase);
        assert.equal(
          findings.length,
          testCase.errors.length,
          `expected ${testCase.errors.length} finding(s), got:\n${findings.map(describeFinding).join('\n')}`,
        );
        testCase.errors.forEach((expected, index) => {
          const finding = findings[index]!;
          assert.equal(finding.range.start.line, expected.line, `line of finding ${index}: ${describeFinding(finding)}`);
          if (expected.column !== undefined)
            assert.equal(finding.range.start.column, expected.column, `column of ${describeFinding(finding)}`);
          if (expected.endLine !== undefined)
            assert.equal(finding.range.end.line, expected.endLine, `end line of ${describeFinding(finding)}`);
          if (expected.endColumn !== undefined)
            assert.equal(finding.range.end.column, expected.endColumn, `end column of ${describeFinding(finding)}`);
          if (expected.severity !== undefined) assert.equal(finding.severity, expected.severity, `severity of ${describeFinding(finding)}`);
          if (expected.message !== undefined)
            assert.ok(finding.message.includes(expected.message), `message "${finding.message}" includes "${expected.message}"`);
        });
        if (testCase.output !== undefined) {
          const fix = findings[0]?.fix;
          assert.ok(fix, 'the first finding has a fix');
          assert.equal(applyEdits(testCase.code, fix.edits), testCase.output);
        }
      });
    }
  });
}

function describeFinding(finding: Finding): string {
  const { start, end } = finding.range;
  return `${start.line}:${start.column}-${end.line}:${end.column} ${finding.ruleId} ${finding.message}`;
}
