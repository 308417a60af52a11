// The source.fixAll.guidanceLint code action: every safe fix of a file in one edit, nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { FIX_ALL_KIND, fixAllAction, requestsKind } from '../../../server/src/lsp/fix-all.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

const PATH = '/ws/docs/article.md';
const URI = 'file:///ws/docs/article.md';

function fixAll(text: string): string | undefined {
  const fs = new MemoryFileSystem({
    '/ws/.guidancelint.json': JSON.stringify({ root: true, rules: { 'md-include-syntax': ['error', { upperCaseKeyword: true }] } }),
    [PATH]: text,
  });
  const result = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY }).lintText(PATH, text);
  const action = fixAllAction(URI, text, result.findings, result.document!.lines);
  if (!action) return undefined;
  assert.equal(action.kind, FIX_ALL_KIND);
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), action.edit!.changes![URI]!);
}

describe('fix all', () => {
  it('applies every safe fix and leaves quick-fix-only ones', () => {
    const text = '# Title\n\n> [!tip]\n> It\u00e2\u20ac\u2122s the the best.\n\n[!include[x](../includes/x.md)]\n';
    // Alert case, mojibake and the include keyword are safe; the repeated word is a quick fix only.
    assert.equal(fixAll(text), '# Title\n\n> [!TIP]\n> It\u2019s the the best.\n\n[!INCLUDE[x](../includes/x.md)]\n');
  });

  it('is applied twice as once', () => {
    const once = fixAll('> [!note]\n> Caf\u00c3\u00a9.\n')!;
    assert.equal(once, '> [!NOTE]\n> Caf\u00e9.\n');
    assert.equal(fixAll(once), undefined);
  });

  it('is not offered when nothing is safely fixable', () => {
    assert.equal(fixAll('# Title\n\nOpen the the page.\n'), undefined);
  });

  it('answers requests for its kind, its parents, or any kind', () => {
    assert.ok(requestsKind(undefined, FIX_ALL_KIND));
    assert.ok(requestsKind(['source'], FIX_ALL_KIND));
    assert.ok(requestsKind(['source.fixAll'], FIX_ALL_KIND));
    assert.ok(requestsKind([FIX_ALL_KIND], FIX_ALL_KIND));
    assert.ok(!requestsKind(['quickfix'], FIX_ALL_KIND));
    assert.ok(!requestsKind(['source.fixAll.eslint'], FIX_ALL_KIND));
    assert.ok(!requestsKind(['source.fix'], FIX_ALL_KIND));
  });
});
