// Quick fixes and "fix all" through the built server over stdio, as VS Code asks for them.
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { LspTestClient, uri } from '../helpers/lsp-client.js';

describe('code actions', () => {
  let root: string;
  let client: LspTestClient;
  const text = '# Title\n\n> [!tip]\n> It\u00e2\u20ac\u2122s quick.\n';

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-actions-'))).replace(/\\/g, '/');
    writeFileSync(join(root, '.guidancelint.json'), JSON.stringify({ root: true }));
    client = new LspTestClient({ workspaceFolders: [root] });
    await client.initialize();
    await client.open(`${root}/a.md`, text);
  });

  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('the quick fix for > [!tip] writes > [!TIP]', async () => {
    const diagnostics = await client.diagnosticsFor(`${root}/a.md`, (current) =>
      current.some((diagnostic) => diagnostic.code === 'md-alert-case'),
    );
    const alertCase = diagnostics.find((diagnostic) => diagnostic.code === 'md-alert-case')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(`${root}/a.md`) },
      range: alertCase.range,
      context: { diagnostics: [alertCase], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.kind),
      ['quickfix'],
    );
    assert.equal(actions[0]!.title, 'Change to [!TIP]');
    assert.deepEqual(actions[0]!.edit!.changes![uri(`${root}/a.md`)], [
      { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } }, newText: 'TIP' },
    ]);
  });

  it('source.fixAll.guidanceLint applies every safe fix of the file', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(`${root}/a.md`) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.kind),
      ['source.fixAll.guidanceLint'],
    );
    const edits = actions[0]!.edit!.changes![uri(`${root}/a.md`)]!;
    assert.deepEqual(edits.map((edit) => edit.newText).sort(), ['TIP', '\u2019']);
  });
});
