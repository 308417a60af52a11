// The lint worker follows the main thread's view of the workspace: an open document's unsaved text
// is what other files' checks see, and once the document is closed the disk applies again there too.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, uri } from '../helpers/lsp-client.js';

const ARTICLE_A = '# Plan the rollout\n\n## Set up environments\n\nText.\n';
const ARTICLE_B = '# Operate\n\nFirst [set up environments](a.md#set-up-environments).\n';
const RENAMED_A = ARTICLE_A.replace('## Set up environments', '## Create environments');

const anchorFinding = (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === 'link-anchor-not-found');

describe('the lint worker and unsaved documents', () => {
  let workspace: string;

  before(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-worker-state-')));
    mkdirSync(join(workspace, 'docs'));
    writeFileSync(join(workspace, 'docs', 'a.md'), ARTICLE_A);
    writeFileSync(join(workspace, 'docs', 'b.md'), ARTICLE_B);
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it("checks an open document against another one's unsaved text, and against the disk once that one is closed", async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const pathA = join(workspace, 'docs', 'a.md');
      const pathB = join(workspace, 'docs', 'b.md');
      // A is opened with a heading renamed but not saved: B's link no longer has its anchor.
      await client.open(pathA, RENAMED_A);
      await client.diagnosticsFor(pathA);
      await client.open(pathB, ARTICLE_B);
      await client.diagnosticsFor(pathB, anchorFinding);

      // Closing A without saving: the disk's heading applies again, and B (open) is checked anew.
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(pathA) } });
      const cleared = await client.diagnosticsFor(pathB, (diagnostics) => !anchorFinding(diagnostics));
      assert.equal(cleared.filter((diagnostic) => diagnostic.code === 'link-anchor-not-found').length, 0);
    } finally {
      await client.shutdown();
    }
  });

  it('does not count the time a worker waited for work against the next document', { timeout: 60_000 }, async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const pathB = join(workspace, 'docs', 'b.md');
      // Long enough that its check outlasts a tick of the pool's watchdog.
      const long = ARTICLE_B + '\nA paragraph with [a link](a.md#set-up-environments) and *emphasis*.\n'.repeat(5_000);
      await client.open(pathB, long);
      await client.diagnosticsAt(pathB, 1, 30_000);
      // Longer than the 10 s budget with nothing to check.
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      await client.change(pathB, long + '\nMore text.\n', 2);
      const diagnostics = await client.diagnosticsAt(pathB, 2, 30_000);
      assert.deepEqual(
        diagnostics.filter((diagnostic) => diagnostic.code === 'file-time-budget'),
        [],
      );
    } finally {
      await client.shutdown();
    }
  });
});
