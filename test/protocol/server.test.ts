// Real LSP over stdio against the built server (run `npm run build` first; `npm test` does).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, uri } from '../helpers/lsp-client.js';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url).pathname;
const README = '004_65db4cc620bc08fa.md';

function hasRule(ruleId: string) {
  return (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === ruleId);
}

describe('language server over stdio', () => {
  let workspace: string;

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'guidance-lint-protocol-'));
    cpSync(SEEDS, workspace, { recursive: true });
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('publishes fm-missing for the seed README when it is opened, with a quick fix', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      const init = (await client.initialize()) as { capabilities: { executeCommandProvider: { commands: string[] } } };
      assert.deepEqual(init.capabilities.executeCommandProvider.commands, ['guidanceLint.validateWorkspace']);
      const path = join(workspace, README);
      const text = (await import('node:fs')).readFileSync(path, 'utf8');
      await client.open(path, text);
      const diagnostics = await client.diagnosticsFor(path, hasRule('fm-missing'));
      const finding = diagnostics.find((diagnostic) => diagnostic.code === 'fm-missing')!;
      assert.equal(finding.source, 'guidance-lint');
      assert.equal(finding.severity, 1);
      assert.deepEqual(finding.range.start, { line: 0, character: 0 });
      assert.match(String(finding.message), /no front matter/);

      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: uri(path) },
        range: finding.range,
        context: { diagnostics: [finding] },
      })) as CodeAction[];
      const skeleton = actions.find((action) => action.title === 'Insert a front matter skeleton');
      assert.ok(skeleton, `quick fix offered, got ${actions.map((action) => action.title).join(', ')}`);
      const edits = skeleton.edit!.changes![uri(path)]!;
      assert.equal(edits.length, 1);
      assert.match(edits[0]!.newText, /^---\ntitle: Microsoft 365 and Power Platform Community Blog\n/);
    } finally {
      await client.shutdown();
    }
  });

  it('re-checks while typing, debounced: fixing the file clears the finding', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const path = join(workspace, 'typing.md');
      await client.open(path, '# Draft\n');
      await client.diagnosticsFor(path, hasRule('fm-missing'));
      const fixed =
        '---\ntitle: Draft article title for typing\ndescription: d\nauthor: a\nms.author: a\nms.date: 11/01/2026\nms.topic: article\n---\n# Draft\n';
      for (let version = 2; version <= 6; version++) await client.change(path, fixed.slice(0, fixed.length - (6 - version)), version);
      const diagnostics = await client.diagnosticsFor(path, (list) => !hasRule('fm-missing')(list));
      assert.ok(!diagnostics.some((diagnostic) => diagnostic.code === 'fm-missing'));
    } finally {
      await client.shutdown();
    }
  });

  it('applies severity overrides from the guidanceLint.rules setting', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace], settings: { rules: { 'fm-missing': 'off' } } });
    try {
      await client.initialize();
      const path = join(workspace, README);
      await client.open(path, '# No front matter\n');
      const diagnostics = await client.diagnosticsFor(path);
      assert.ok(!hasRule('fm-missing')(diagnostics));
    } finally {
      await client.shutdown();
    }
  });

  it('validates the whole repository on guidanceLint.validateWorkspace, with progress', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace], workDoneProgress: true });
    try {
      await client.initialize();
      const summary = (await client.connection.sendRequest('workspace/executeCommand', {
        command: 'guidanceLint.validateWorkspace',
        arguments: [],
        workDoneToken: 'validate-1',
      })) as { files: number; errors: number; cancelled: boolean };
      assert.equal(summary.files, 5);
      assert.equal(summary.cancelled, false);
      assert.ok(summary.errors >= 1);
      const diagnostics = await client.diagnosticsFor(join(workspace, README), hasRule('fm-missing'));
      assert.ok(diagnostics.length >= 1);
      // On the client's token: that is what its notification shows (a progress of the server's own is another UI).
      const reports = client.progress as Array<{ token: string; value: { kind: string; message?: string } }>;
      const kinds = reports.map((entry) => entry.value.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds.at(-1), 'end');
      assert.deepEqual([...new Set(reports.map((entry) => entry.token))], ['validate-1']);
      const messages = reports.map((entry) => entry.value.message);
      assert.ok(messages.includes('0 of 5 files') && messages.includes('5 of 5 files'), messages.join(', '));
    } finally {
      await client.shutdown();
    }
  });
});
