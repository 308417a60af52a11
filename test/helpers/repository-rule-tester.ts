// Tests for rules of repository scope (docset-*): each case is a whole workspace and the file
// checked in it, linted in repository mode with a workspace index, as the CLI and Validate
// Repository do.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Linter } from '../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../server/src/engine/fs/file-system.js';
import { RULE_META_BY_ID } from '../../server/src/engine/rules/registry.js';
import type { Finding } from '../../server/src/engine/types.js';
import { WorkspaceIndex } from '../../server/src/engine/workspace/index.js';
import { TEST_TODAY, type ExpectedFinding } from './rule-tester.js';

export interface RepositoryCase {
  name: string;
  /** Every file of the workspace (under /ws). */
  files: Record<string, string>;
  /** The file checked. */
  path: string;
  errors?: ExpectedFinding[];
}

export function repositoryFindings(ruleId: string, files: Record<string, string>, path: string): Finding[] {
  const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': JSON.stringify({ root: true, rules: { [ruleId]: 'warning' } }), ...files });
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY, mode: 'repository', index });
  return linter.lintFile(path).findings.filter((finding) => finding.ruleId === ruleId);
}

export function testRepositoryRule(ruleId: string, cases: RepositoryCase[]): void {
  describe(ruleId, () => {
    it('has its metadata and doc page, and runs only in repository validation', () => {
      assert.equal(RULE_META_BY_ID.get(ruleId)?.scope, 'repository');
      assert.ok(existsSync(new URL(`../../docs/rules/${ruleId}.md`, import.meta.url)), `docs/rules/${ruleId}.md exists`);
    });
    for (const testCase of cases) {
      it(testCase.name, () => {
        const findings = repositoryFindings(ruleId, testCase.files, testCase.path);
        const expected = testCase.errors ?? [];
        const described = findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.message}`);
        assert.equal(findings.length, expected.length, `expected ${expected.length} finding(s), got:\n${described.join('\n')}`);
        expected.forEach((want, position) => {
          const finding = findings[position]!;
          assert.equal(finding.range.start.line, want.line, described[position]);
          if (want.column !== undefined) assert.equal(finding.range.start.column, want.column, described[position]);
          if (want.endLine !== undefined) assert.equal(finding.range.end.line, want.endLine, described[position]);
          if (want.endColumn !== undefined) assert.equal(finding.range.end.column, want.endColumn, described[position]);
          if (want.message !== undefined)
            assert.ok(finding.message.includes(want.message), `"${finding.message}" includes "${want.message}"`);
        });
      });
    }
  });
}
