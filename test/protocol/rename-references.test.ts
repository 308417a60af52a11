// Rename a heading and find references over stdio (run `npm run build` first): F2 on a heading of an
// open file edits the links in a file that is not open, and references list them.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { type LspTestClient, startOnTemporaryWorkspace, stopAndRemove, uri } from '../helpers/lsp-client.js';

const PLAN = '# Plan the rollout\n\n## Set up environments\n\nText.\n';
const OPERATE = '# Operate\n\nFirst [set up environments](plan.md#set-up-environments).\n';

describe('rename and references over stdio', () => {
  let workspace: string;
  let client: LspTestClient;
  let plan: string;
  let operate: string;

  before(async () => {
    ({ workspace, client } = await startOnTemporaryWorkspace('guidance-lint-rename-'));
    mkdirSync(join(workspace, 'docs'));
    plan = join(workspace, 'docs', 'plan.md');
    operate = join(workspace, 'docs', 'operate.md');
    writeFileSync(plan, PLAN);
    writeFileSync(operate, OPERATE);
    await client.open(plan, PLAN);
    await client.diagnosticsFor(plan);
  });

  after(() => stopAndRemove(client, workspace));

  it('prepares the rename on the heading text and renames the links in an unopened file', async () => {
    const textDocument = { uri: uri(plan) };
    const prepared = (await client.connection.sendRequest('textDocument/prepareRename', {
      textDocument,
      position: { line: 2, character: 6 },
    })) as {
      placeholder: string;
    };
    assert.equal(prepared.placeholder, 'Set up environments');
    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument,
      position: { line: 2, character: 6 },
      newName: 'Create environments',
    })) as WorkspaceEdit;
    assert.deepEqual(edit.changes![uri(operate)], [
      { range: { start: { line: 2, character: 36 }, end: { line: 2, character: 55 } }, newText: 'create-environments' },
    ]);
    assert.equal(edit.changes![uri(plan)]![0]!.newText, 'Create environments');
  });

  it('lists the references to the heading', async () => {
    const locations = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri(plan) },
      position: { line: 2, character: 6 },
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(
      locations.map((location) => location.uri),
      [uri(operate)],
    );
  });
});
