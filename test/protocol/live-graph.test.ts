// The live link graph over real LSP: a change in one open file re-checks the files that link to it,
// including files that are not open, and the diagnostics follow the change both ways.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, uri } from '../helpers/lsp-client.js';

const ARTICLE_A = '# Plan the rollout\n\n## Set up environments\n\nText.\n';
const ARTICLE_B = '# Operate\n\nFirst [set up environments](a.md#set-up-environments), then [read the guide](guide.md).\n';

const anchorFinding = (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === 'link-anchor-not-found');
const noAnchorFinding = (diagnostics: Diagnostic[]) => !anchorFinding(diagnostics);

describe('live workspace graph over stdio', () => {
  let workspace: string;

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'guidance-lint-graph-'));
    mkdirSync(join(workspace, 'docs'));
    writeFileSync(join(workspace, 'docs', 'a.md'), ARTICLE_A);
    writeFileSync(join(workspace, 'docs', 'b.md'), ARTICLE_B);
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('renaming a heading in an open file flags the link in an unopened file, and restoring it clears the flag', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace], workDoneProgress: true });
    try {
      await client.initialize();
      const pathA = join(workspace, 'docs', 'a.md');
      const pathB = join(workspace, 'docs', 'b.md');
      await client.open(pathA, ARTICLE_A);
      await client.diagnosticsFor(pathA);

      await client.change(pathA, ARTICLE_A.replace('## Set up environments', '## Create environments'), 2);
      const broken = await client.diagnosticsFor(pathB, anchorFinding);
      const finding = broken.find((diagnostic) => diagnostic.code === 'link-anchor-not-found')!;
      assert.match(String(finding.message), /"#set-up-environments" in a\.md/);
      assert.deepEqual(finding.range.start, { line: 2, character: 32 });

      await client.change(pathA, ARTICLE_A, 3);
      await client.diagnosticsFor(pathB, noAnchorFinding);
    } finally {
      await client.shutdown();
    }
  });

  it('creating a missing file clears link-file-not-found in the file that links to it', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const pathB = join(workspace, 'docs', 'b.md');
      await client.open(pathB, ARTICLE_B);
      await client.diagnosticsFor(pathB, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'link-file-not-found'));

      const guide = join(workspace, 'docs', 'guide.md');
      writeFileSync(guide, '# Guide\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: uri(guide), type: FileChangeType.Created }],
      });
      await client.diagnosticsFor(pathB, (diagnostics) => !diagnostics.some((diagnostic) => diagnostic.code === 'link-file-not-found'));
    } finally {
      await client.shutdown();
    }
  });
});
