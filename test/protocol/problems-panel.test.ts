// What the Problems panel shows over stdio: open documents and Validate Repository's files in full
// and current (also after a change of settings), a closed linker only for what an edit elsewhere
// changed; and what the server writes to its output channel.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, uri } from '../helpers/lsp-client.js';

const ARTICLE_A = '# Plan the rollout\n\n## Set up environments\n\nText.\n';
// No front matter (fm-missing) and a link into A: only the link is A's business.
const ARTICLE_B = '# Operate\n\nFirst [set up environments](a.md#set-up-environments).\n';
const RENAMED_A = ARTICLE_A.replace('## Set up environments', '## Create environments');

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => String(diagnostic.code)).sort();
const has = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === code);

describe('the Problems panel over stdio', () => {
  let workspace: string;
  let pathA: string;
  let pathB: string;
  let unusedInclude: string;

  before(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-panel-')));
    writeFileSync(join(workspace, '.guidancelint.json'), JSON.stringify({ root: true }));
    mkdirSync(join(workspace, 'docs'));
    pathA = join(workspace, 'docs', 'a.md');
    pathB = join(workspace, 'docs', 'b.md');
    writeFileSync(pathA, ARTICLE_A);
    writeFileSync(pathB, ARTICLE_B);
    // Only repository mode (Validate Repository) reports include-unused.
    mkdirSync(join(workspace, 'docs', 'includes'));
    unusedInclude = join(workspace, 'docs', 'includes', 'unused.md');
    writeFileSync(unusedInclude, 'Some shared text.\n');
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('a closed linker shows only the link an edited heading broke, not its other findings', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      await client.open(pathA, ARTICLE_A);
      await client.diagnosticsAt(pathA, 1);
      await client.change(pathA, RENAMED_A, 2);
      const broken = await client.diagnosticsFor(pathB, has('link-anchor-not-found'));
      assert.deepEqual(codes(broken), ['link-anchor-not-found']);
      // Restored: the link finding goes, and nothing else of B takes its place.
      await client.change(pathA, ARTICLE_A, 3);
      assert.deepEqual(await client.diagnosticsFor(pathB, (diagnostics) => !has('link-anchor-not-found')(diagnostics)), []);
    } finally {
      await client.shutdown();
    }
  });

  it("keeps Validate Repository's results whole and current after an edit elsewhere, a change of settings and a deletion", async () => {
    const settings: { rules: Record<string, string> } = { rules: {} };
    const client = new LspTestClient({ workspaceFolders: [workspace], settings });
    try {
      await client.initialize();
      await client.connection.sendRequest('workspace/executeCommand', { command: 'guidanceLint.validateWorkspace', arguments: [] });
      assert.deepEqual(codes(await client.diagnosticsFor(pathB)), ['fm-missing']);

      await client.open(pathA, ARTICLE_A);
      await client.diagnosticsAt(pathA, 1);
      await client.change(pathA, RENAMED_A, 2);
      const broken = await client.diagnosticsFor(pathB, has('link-anchor-not-found'));
      assert.deepEqual(codes(broken), ['fm-missing', 'link-anchor-not-found']);

      assert.deepEqual(codes(await client.diagnosticsFor(unusedInclude)), ['include-unused']);

      // Re-checked as Validate Repository checks them: the include keeps its repository finding, at the new severity.
      settings.rules = { 'fm-missing': 'off', 'include-unused': 'warning' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const rechecked = await client.diagnosticsFor(pathB, (diagnostics) => !has('fm-missing')(diagnostics));
      assert.deepEqual(codes(rechecked), ['link-anchor-not-found']);
      await client.diagnosticsFor(unusedInclude, (diagnostics) => diagnostics.length === 1 && diagnostics[0]!.severity === 2);

      unlinkSync(pathB);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: uri(pathB), type: FileChangeType.Deleted }],
      });
      await client.diagnosticsFor(pathB, (diagnostics) => diagnostics.length === 0);
      writeFileSync(pathB, ARTICLE_B);
    } finally {
      await client.shutdown();
    }
  });

  it('logs its version, when the index is ready and how long Validate Repository took', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const version = (await import('../../package.json', { with: { type: 'json' } })).default.version;
      await client.waitUntil(() => client.logs.some((log) => log.message.startsWith(`Guidance Lint ${version} `)), 'the version line');
      await client.waitUntil(
        () => client.logs.some((log) => /^Index ready: 3 Markdown files in [\d.]+ m?s\.$/.test(log.message)),
        'the index-ready line',
      );
      await client.connection.sendRequest('workspace/executeCommand', { command: 'guidanceLint.validateWorkspace', arguments: [] });
      await client.waitUntil(
        () => client.logs.some((log) => /^Validate Repository: 3 files, 2 errors, 0 warnings, 1 infos in [\d.]+ m?s\.$/.test(log.message)),
        'the Validate Repository line with its time',
      );
    } finally {
      await client.shutdown();
    }
  });
});
