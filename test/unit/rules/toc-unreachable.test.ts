// toc-unreachable runs only in repository validation, so this test drives the Linter in that mode.
// Facts from the Learn build (docfx v3 content validation): an article no TOC references is
// toc-missing (a suggestion); every TOC file of the docset is built, referenced or not.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

function unreachable(
  mode: 'file' | 'repository',
  files: Record<string, string>,
  path: string,
): Array<{ line: number; column: number; severity: string }> {
  const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': JSON.stringify({ root: true }), ...files });
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY, mode, index });
  return linter
    .lintFile(path)
    .findings.filter((finding) => finding.ruleId === 'toc-unreachable')
    .map((finding) => ({ line: finding.range.start.line, column: finding.range.start.column, severity: finding.severity }));
}

describe('toc-unreachable', () => {
  const files = {
    '/ws/docfx.json': '{}',
    '/ws/docs/toc.yml': '- name: A\n  href: a.md\n- name: Nested\n  href: sub/\n- name: Site\n  href: /docs/site-page\n',
    '/ws/docs/sub/TOC.md': '# [B](b.md)\n## [C](../c.md#part)\n',
    '/ws/docs/a.md': '# A\n',
    '/ws/docs/sub/b.md': '# B\n',
    '/ws/docs/c.md': '# C\n',
    '/ws/docs/orphan.md': '# Orphan\n',
    '/ws/docs/includes/snippet.md': 'Text.\n',
  };

  it('has its doc page', () => assert.ok(existsSync(new URL('../../../docs/rules/toc-unreachable.md', import.meta.url))));

  it('reports an article no TOC points at, as an info at the top of the file', () => {
    assert.deepEqual(unreachable('repository', files, '/ws/docs/orphan.md'), [{ line: 1, column: 1, severity: 'info' }]);
  });

  it('an article reached from any TOC of the docset, in any format and letter case, is not reported', () => {
    for (const path of ['/ws/docs/a.md', '/ws/docs/sub/b.md', '/ws/docs/c.md'])
      assert.deepEqual(unreachable('repository', files, path), [], path);
  });

  it('include files are not articles', () => {
    assert.deepEqual(unreachable('repository', files, '/ws/docs/includes/snippet.md'), []);
  });

  it('a docset with no TOC is not checked', () => {
    assert.deepEqual(unreachable('repository', { '/ws/docfx.json': '{}', '/ws/docs/a.md': '# A\n' }, '/ws/docs/a.md'), []);
  });

  it('does not run while a single file is checked', () => {
    assert.deepEqual(unreachable('file', files, '/ws/docs/orphan.md'), []);
  });
});
