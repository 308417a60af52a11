// An article opened as the server starts, while a large workspace is still being indexed, through
// the built server: its own findings are published at once, from a check that defers the rules
// needing the whole index, and the full check (with include-nested, which needs to know who
// includes the article) follows once the index is built. Stated in protocol order, not in
// milliseconds: the first publish is the early check's. (Before, the first check waited for the
// worker's whole index, and the main thread summarised the workspace at once on didOpen.)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspTestClient } from '../helpers/lsp-client.js';

/** Enough files that indexing takes many of the server's slices (200 files each). */
const FOLDERS = 40;
const FILES_PER_FOLDER = 150;
const FRONT_MATTER =
  '---\ntitle: A generated article\ndescription: A generated article for the test of checks before indexing.\nms.date: 11/01/2026\nms.topic: article\n---\n';

function article(folder: number, file: number): string {
  const links = Array.from(
    { length: 20 },
    (_, index) => `- [Topic ${index}](../folder-${(folder + index) % FOLDERS}/article-${(file + index) % FILES_PER_FOLDER}.md)`,
  ).join('\n');
  return `${FRONT_MATTER}\n# Article ${folder}-${file}\n\n${links}\n`;
}

describe('an article opened before the index is built', () => {
  let workspace: string;

  before(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-before-index-')));
    writeFileSync(join(workspace, '.guidancelint.json'), JSON.stringify({ root: true }));
    for (let folder = 0; folder < FOLDERS; folder++) {
      mkdirSync(join(workspace, `folder-${folder}`));
      for (let file = 0; file < FILES_PER_FOLDER; file++)
        writeFileSync(join(workspace, `folder-${folder}`, `article-${file}.md`), article(folder, file));
    }
    // The opened article includes a snippet and is itself included: include-nested needs every includer known.
    mkdirSync(join(workspace, 'includes'));
    writeFileSync(join(workspace, 'includes', 'snippet.md'), 'A shared sentence.\n');
    writeFileSync(join(workspace, 'folder-0', 'hub.md'), `${FRONT_MATTER}\n# Hub\n\n[!INCLUDE[opened](opened.md)]\n`);
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('publishes its own findings first, and the deferred ones once the index is built', { timeout: 120_000 }, async () => {
    const opened = join(workspace, 'folder-0', 'opened.md');
    // No front matter (fm-missing, its own), a link to a file that does not exist, and a nested include.
    const text = '# Opened\n\nSee [a missing article](missing.md).\n\n[!INCLUDE[snippet](../includes/snippet.md)]\n';
    writeFileSync(opened, text);
    const client = new LspTestClient({ workspaceFolders: [workspace] });
    try {
      await client.initialize();
      await client.open(opened, text);
      const first = await client.diagnosticsAt(opened, 1, 60_000);
      const codes = (diagnostics: Array<{ code?: string | number }>) => diagnostics.map((diagnostic) => diagnostic.code);
      assert.ok(codes(first).includes('fm-missing'));
      assert.ok(codes(first).includes('link-file-not-found'));
      assert.ok(!codes(first).includes('internal-error'));
      assert.ok(!codes(first).includes('include-nested'), 'include-nested waits for the index');
      const full = await client.diagnosticsFor(opened, (diagnostics) => codes(diagnostics).includes('include-nested'), 120_000);
      assert.ok(codes(full).includes('fm-missing') && codes(full).includes('link-file-not-found'));
    } finally {
      await client.shutdown();
    }
  });
});
