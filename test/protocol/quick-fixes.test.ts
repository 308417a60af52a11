// Fix all on save with `run: onSave`, the quick fixes that silence a finding, and fixes of a closed
// file listed in the Problems panel, through the built server over stdio.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, uri } from '../helpers/lsp-client.js';

const ARTICLE = '---\ntitle: x\n---\n# T\n\n> [!tip]\n> It is the the best.\n';

const has = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === code);

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

async function codeActions(client: LspTestClient, path: string, diagnostics: Diagnostic[], only: string[]): Promise<CodeAction[]> {
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: uri(path) },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, only },
  })) as CodeAction[];
}

describe('quick fixes over stdio', () => {
  let workspace: string;

  before(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-quick-fixes-')));
    writeFileSync(join(workspace, '.guidancelint.json'), '{ "root": true }\n');
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('with run: onSave, Fix all on save fixes the text being saved, not the text last checked', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace], settings: { run: 'onSave' } });
    try {
      await client.initialize();
      const path = join(workspace, 'on-save.md');
      await client.open(path, ARTICLE);
      await client.diagnosticsAt(path, 1);
      const edited = ARTICLE + '\n> [!note]\n> Later.\n';
      await client.change(path, edited, 2);
      const actions = await codeActions(client, path, [], ['source.fixAll']);
      assert.deepEqual(
        actions.map((action) => action.kind),
        ['source.fixAll.guidanceLint'],
      );
      assert.equal(
        applied(edited, actions[0]!.edit!.changes![uri(path)]!),
        ARTICLE.replace('[!tip]', '[!TIP]') + '\n> [!NOTE]\n> Later.\n',
      );
    } finally {
      await client.shutdown();
    }
  });

  it('silences a finding for its line, for the file, or for the repository, and each silences it', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const path = join(workspace, 'silence.md');
      await client.open(path, ARTICLE);
      const diagnostics = await client.diagnosticsFor(path, has('style-repeated-word'));
      const repeated = diagnostics.find((diagnostic) => diagnostic.code === 'style-repeated-word')!;
      const actions = await codeActions(client, path, [repeated], ['quickfix']);
      const byTitle = new Map(actions.map((action) => [action.title, action]));
      const line = byTitle.get('Disable style-repeated-word for this line');
      const file = byTitle.get('Disable style-repeated-word for this file');
      const repository = byTitle.get('Disable style-repeated-word for the repository (.guidancelint.json)');
      assert.ok(line && file && repository, `offered: ${[...byTitle.keys()].join(' | ')}`);

      // The comment goes inside the alert's block quote, so the alert stays one alert.
      const lineText = applied(ARTICLE, line.edit!.changes![uri(path)]!);
      assert.equal(lineText, ARTICLE.replace('> It is', '> <!-- guidance-lint-disable-next-line style-repeated-word -->\n> It is'));
      const fileText = applied(ARTICLE, file.edit!.changes![uri(path)]!);
      assert.equal(fileText, ARTICLE.replace('---\n# T', '---\n<!-- guidance-lint-disable-file style-repeated-word -->\n# T'));
      let version = 1;
      for (const text of [lineText, fileText]) {
        await client.change(path, text, ++version);
        const after = await client.diagnosticsAt(path, version);
        assert.ok(!has('style-repeated-word')(after) && !has('directive-unknown-rule')(after), JSON.stringify(after));
        assert.ok(has('md-alert-case')(after), 'other findings stay');
      }

      const configPath = join(workspace, '.guidancelint.json');
      const config = applied(readFileSync(configPath, 'utf8'), repository.edit!.changes![uri(configPath)]!);
      assert.deepEqual(JSON.parse(config), { root: true, rules: { 'style-repeated-word': 'off' } });

      // A finding inside the front matter cannot take a comment above its line.
      const required = diagnostics.find((diagnostic) => diagnostic.code === 'fm-required')!;
      const titles = (await codeActions(client, path, [required], ['quickfix'])).map((action) => action.title);
      assert.ok(!titles.includes('Disable fm-required for this line'), titles.join(' | '));
      assert.ok(titles.includes('Disable fm-required for this file'), titles.join(' | '));
    } finally {
      await client.shutdown();
    }
  });

  it('offers the fixes of a closed file from Validate Repository, reading it from disk', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const path = join(workspace, 'closed.md');
      writeFileSync(path, ARTICLE);
      await client.connection.sendRequest('workspace/executeCommand', { command: 'guidanceLint.validateWorkspace', arguments: [] });
      const diagnostics = await client.diagnosticsFor(path, has('md-alert-case'));
      const alertCase = diagnostics.find((diagnostic) => diagnostic.code === 'md-alert-case')!;
      const actions = await codeActions(client, path, [alertCase], ['quickfix']);
      assert.equal(actions[0]?.title, 'Change to [!TIP]');
      assert.equal(applied(ARTICLE, actions[0]!.edit!.changes![uri(path)]!), ARTICLE.replace('[!tip]', '[!TIP]'));

      // Changed on disk since it was checked (a line above it): the stale fix is not offered.
      writeFileSync(path, `\n${ARTICLE}`);
      assert.deepEqual(await codeActions(client, path, [alertCase], ['quickfix']), []);
    } finally {
      await client.shutdown();
    }
  });

  it('creates .guidancelint.jsonc at the workspace root when no configuration applies', async () => {
    const bare = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-no-config-')));
    const client = new LspTestClient({ workspaceFolders: [bare] });
    try {
      await client.initialize();
      const path = join(bare, 'article.md');
      await client.open(path, ARTICLE);
      const diagnostics = await client.diagnosticsFor(path, has('style-repeated-word'));
      const repeated = diagnostics.find((diagnostic) => diagnostic.code === 'style-repeated-word')!;
      const action = (await codeActions(client, path, [repeated], ['quickfix'])).find(
        (candidate) => candidate.title === 'Disable style-repeated-word for the repository (.guidancelint.jsonc)',
      );
      assert.ok(action);
      const [create, edit] = action.edit!.documentChanges! as [{ kind: string; uri: string }, TextDocumentEdit];
      assert.deepEqual(create, { kind: 'create', uri: uri(join(bare, '.guidancelint.jsonc')), options: { ignoreIfExists: true } });
      assert.deepEqual(JSON.parse((edit.edits[0] as TextEdit).newText), { rules: { 'style-repeated-word': 'off' } });
    } finally {
      await client.shutdown();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
