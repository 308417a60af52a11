// Moving a file in the editor over stdio (run `npm run build` first): workspace/willRenameFiles
// answers with the link updates, in open and unopened files, and the redirection entry marked for
// confirmation (the default `ask`), which VS Code shows in its refactoring preview.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { type LspTestClient, startOnTemporaryWorkspace, stopAndRemove, uri } from '../helpers/lsp-client.js';

const PLAN = '# Plan\n\nSee [operate](operate.md).\n';
const OPERATE = '# Operate\n\nBack to [the plan](plan.md#plan).\n';

describe('file moves over stdio', () => {
  let workspace: string;
  let client: LspTestClient;

  before(async () => {
    ({ workspace, client } = await startOnTemporaryWorkspace('guidance-lint-moves-'));
    mkdirSync(join(workspace, 'docs'));
    writeFileSync(join(workspace, 'docs', 'plan.md'), PLAN);
    writeFileSync(join(workspace, 'docs', 'operate.md'), OPERATE);
    await client.open(join(workspace, 'docs', 'plan.md'), PLAN);
    await client.diagnosticsFor(join(workspace, 'docs', 'plan.md'));
  });

  after(() => stopAndRemove(client, workspace));

  it('updates the links and offers the redirection entry for confirmation', async () => {
    const oldUri = uri(join(workspace, 'docs', 'plan.md'));
    const newUri = uri(join(workspace, 'docs', 'guides', 'plan.md'));
    const edit = (await client.connection.sendRequest('workspace/willRenameFiles', { files: [{ oldUri, newUri }] })) as WorkspaceEdit;
    const changes = edit.documentChanges as Array<TextDocumentEdit | CreateFile>;
    const textEdits = (target: string) =>
      changes
        .filter((change): change is TextDocumentEdit => 'textDocument' in change && change.textDocument.uri === target)
        .flatMap((change) => change.edits as TextEdit[]);
    assert.deepEqual(
      textEdits(uri(join(workspace, 'docs', 'operate.md'))).map((change) => change.newText),
      ['guides/plan.md#plan'],
    );
    assert.deepEqual(
      textEdits(oldUri).map((change) => change.newText),
      ['../operate.md'],
    );
    const redirection = uri(join(workspace, '.openpublishing.redirection.json'));
    assert.ok(changes.some((change) => 'kind' in change && change.kind === 'create' && change.uri === redirection));
    assert.match(textEdits(redirection)[0]!.newText, /"source_path_from_root": "\/docs\/plan.md"/);
    const [annotation] = Object.values(edit.changeAnnotations ?? {});
    assert.equal(annotation?.needsConfirmation, true);
  });
});
