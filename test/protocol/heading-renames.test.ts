// A heading retyped by hand (not renamed with F2) over stdio (run `npm run build` first): the link
// in a file that is not open says what the heading became, gets "Change to" and an action for every
// link to the old anchor, and applying that action clears the findings.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type CodeAction, type Diagnostic, FileChangeType, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LspTestClient, startOnTemporaryWorkspace, stopAndRemove, uri } from '../helpers/lsp-client.js';

const SETUP = '# Set up\n\n## Install\n\nSteps.\n\nBack to [the steps](#install).\n';
const GUIDE = '# Guide\n\nFirst [install](setup.md#install), then [again](setup.md#install).\n';

const anchorFindings = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'link-anchor-not-found');

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

describe('a heading renamed by typing, over stdio', () => {
  let workspace: string;
  let client: LspTestClient;
  let setup: string;
  let guide: string;

  before(async () => {
    ({ workspace, client } = await startOnTemporaryWorkspace('guidance-lint-heading-renames-'));
    mkdirSync(join(workspace, 'docs'));
    setup = join(workspace, 'docs', 'setup.md');
    guide = join(workspace, 'docs', 'guide.md');
    writeFileSync(setup, SETUP);
    writeFileSync(guide, GUIDE);
    await client.open(setup, SETUP);
    await client.diagnosticsAt(setup, 1);
  });

  after(() => stopAndRemove(client, workspace));

  it('the closed linker gets the renamed heading in its message, "Change to" and "Update 3 links"; applying it fixes every link', async () => {
    const renamed = SETUP.replace('## Install', '## Set up the tools');
    await client.change(setup, renamed, 2);
    const diagnostics = await client.diagnosticsFor(guide, (current) => anchorFindings(current).length === 2);
    const [first] = anchorFindings(diagnostics);
    assert.equal(first!.message, 'No heading or anchor "#install" in setup.md: the heading "Install" was renamed to "Set up the tools".');

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(guide) },
      range: first!.range,
      context: { diagnostics: [first], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.slice(0, 2).map((action) => [action.title, action.isPreferred === true]),
      [
        ['Change to "#set-up-the-tools"', true],
        ['Update 3 links to the renamed heading', false],
      ],
    );
    assert.equal(applied(GUIDE, actions[0]!.edit!.changes![uri(guide)]!), GUIDE.replace('#install)', '#set-up-the-tools)'));

    // As VS Code applies a WorkspaceEdit: the open document in its buffer, the closed file on disk.
    const changes = actions[1]!.edit!.changes!;
    assert.deepEqual(Object.keys(changes).sort(), [uri(guide), uri(setup)].sort());
    writeFileSync(guide, applied(readFileSync(guide, 'utf8'), changes[uri(guide)]!));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri(guide), type: FileChangeType.Changed }],
    });
    await client.change(setup, applied(renamed, changes[uri(setup)]!), 3);
    assert.equal(readFileSync(guide, 'utf8'), GUIDE.replaceAll('#install)', '#set-up-the-tools)'));
    assert.deepEqual(anchorFindings(await client.diagnosticsAt(setup, 3)), []);
    await client.diagnosticsFor(guide, (current) => anchorFindings(current).length === 0);
  });
});
