// Tables of contents over real LSP: a toc.yml open in the editor gets its diagnostics as it is
// edited, and renaming the article a TOC points at re-checks that TOC even when it is not open.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, uri } from '../helpers/lsp-client.js';

const TOC = '- name: Setup\n  href: setup.md\n';
const notFound = (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === 'toc-href-not-found');

describe('tables of contents over stdio', () => {
  let workspace: string;

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'guidance-lint-toc-'));
    // A git working tree: a missing file is a warning, not "cannot be verified".
    mkdirSync(join(workspace, '.git'));
    mkdirSync(join(workspace, 'docs'));
    writeFileSync(join(workspace, 'docs', 'setup.md'), '# Setup\n');
    writeFileSync(join(workspace, 'docs', 'TOC.yml'), TOC);
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('checks an open TOC.yml as it is typed', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const toc = join(workspace, 'docs', 'TOC.yml');
      await client.open(toc, TOC);
      await client.diagnosticsFor(toc, (diagnostics) => !notFound(diagnostics));
      await client.change(toc, '- name: Setup\n  href: setpu.md\n', 2);
      const broken = await client.diagnosticsFor(toc, notFound);
      const finding = broken.find((diagnostic) => diagnostic.code === 'toc-href-not-found')!;
      assert.deepEqual(finding.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 16 } });
      await client.change(toc, '- name: Setup\n  href: [setup.md\n', 3);
      await client.diagnosticsFor(toc, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'toc-syntax'));
    } finally {
      await client.shutdown();
    }
  });

  it('renaming the article re-checks the TOC that points at it, open or not', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      const toc = join(workspace, 'docs', 'TOC.yml');
      const from = join(workspace, 'docs', 'setup.md');
      const to = join(workspace, 'docs', 'install.md');
      const article = join(workspace, 'docs', 'other.md');
      writeFileSync(article, '# Other\n');
      await client.open(article, '# Other\n');
      await client.diagnosticsFor(article);
      renameSync(from, to);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: uri(from), type: FileChangeType.Deleted },
          { uri: uri(to), type: FileChangeType.Created },
        ],
      });
      await client.diagnosticsFor(toc, notFound);
    } finally {
      await client.shutdown();
    }
  });
});
