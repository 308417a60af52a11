// include-unused runs only in repository validation, so this test drives the Linter in that mode.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

function unusedFindings(
  mode: 'file' | 'repository',
  files: Record<string, string>,
  path: string,
): Array<{ line: number; message: string }> {
  const fs = new MemoryFileSystem({
    '/ws/.guidancelint.json': JSON.stringify({ root: true, rules: { 'include-unused': 'info' } }),
    ...files,
  });
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY, mode, index });
  return linter
    .lintFile(path)
    .findings.filter((finding) => finding.ruleId === 'include-unused')
    .map((finding) => ({ line: finding.range.start.line, message: finding.message }));
}

describe('include-unused', () => {
  const files = {
    '/ws/docs/article.md': '# A\n\n[!INCLUDE [used](~/includes/used.md)]\n',
    '/ws/includes/used.md': 'Used.\n',
    '/ws/includes/orphan.md': 'Nobody includes me.\n',
  };

  it('has its doc page', () => assert.ok(existsSync(new URL('../../../docs/rules/include-unused.md', import.meta.url))));

  it('reports an include file nothing includes, in repository validation', () => {
    assert.deepEqual(unusedFindings('repository', files, '/ws/includes/orphan.md'), [
      { line: 1, message: 'Nothing includes this file: include it from an article or delete it.' },
    ]);
  });

  it('is quiet for an included file and for articles', () => {
    assert.deepEqual(unusedFindings('repository', files, '/ws/includes/used.md'), []);
    assert.deepEqual(unusedFindings('repository', files, '/ws/docs/article.md'), []);
  });

  it('does not run when a single file is linted', () => {
    assert.deepEqual(unusedFindings('file', files, '/ws/includes/orphan.md'), []);
  });
});
