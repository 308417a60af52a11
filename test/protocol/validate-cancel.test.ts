// Cancelling Validate Repository while the workspace is still being indexed, through the built
// server: the request used to wait for the whole index (34 s on a large repository) before it
// noticed. Now it returns as soon as the cancellation arrives, while indexing goes on for the editor.
//
// "Promptly" is stated in protocol order, not in milliseconds: the response to the cancelled request
// must arrive before the end of the indexing progress, i.e. before indexing could have finished.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../helpers/lsp-client.js';

/** Enough files that indexing takes many of the server's slices (200 files each) after the first report. */
const FOLDERS = 40;
const FILES_PER_FOLDER = 150;

interface ProgressEvent {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string };
}

function article(folder: number, file: number): string {
  const links = Array.from(
    { length: 20 },
    (_, index) =>
      `- [Topic ${index}](../folder-${(folder + index) % FOLDERS}/article-${(file + index) % FILES_PER_FOLDER}.md#section-${index})`,
  ).join('\n');
  const sections = Array.from(
    { length: 20 },
    (_, index) =>
      `## Section ${index}\n\nText of section ${index} with a [link](article-${index}.md) and an ![image](media/picture-${index}.png).\n`,
  ).join('\n');
  return `---\ntitle: Article ${folder}-${file}\ndescription: A generated article for the cancellation test.\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Article ${folder}-${file}\n\n${links}\n\n${sections}`;
}

describe('cancelling Validate Repository during indexing', () => {
  let workspace: string;

  before(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-cancel-')));
    writeFileSync(join(workspace, '.guidancelint.json'), JSON.stringify({ root: true }));
    for (let folder = 0; folder < FOLDERS; folder++) {
      mkdirSync(join(workspace, `folder-${folder}`));
      for (let file = 0; file < FILES_PER_FOLDER; file++)
        writeFileSync(join(workspace, `folder-${folder}`, `article-${file}.md`), article(folder, file));
    }
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('returns before indexing could have finished', { timeout: 120_000 }, async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace], workDoneProgress: true });
    try {
      await client.initialize();
      const events = () => client.progress as ProgressEvent[];
      const indexToken = () => events().find((event) => event.value.kind === 'begin' && /indexing/.test(event.value.title ?? ''))?.token;
      const indexEvents = () => events().filter((event) => event.token === indexToken());
      // Indexing is under way: its first slice is done.
      await client.waitUntil(
        () => indexEvents().some((event) => event.value.kind === 'report'),
        'the first report of the indexing progress',
        60_000,
      );

      const cancellation = new CancellationTokenSource();
      const response = client.connection.sendRequest(
        'workspace/executeCommand',
        { command: 'guidanceLint.validateWorkspace', arguments: [] },
        cancellation.token,
      );
      cancellation.cancel();
      const summary = (await response) as { files: number; cancelled: boolean };
      const indexingEndedFirst = indexEvents().some((event) => event.value.kind === 'end');

      assert.equal(summary.cancelled, true);
      assert.equal(summary.files, 0, 'no file was checked');
      assert.equal(indexingEndedFirst, false, 'the cancelled request returned while indexing was still going on');
      // Indexing for the editor goes on to the end.
      await client.waitUntil(() => indexEvents().some((event) => event.value.kind === 'end'), 'the end of the indexing progress', 60_000);
    } finally {
      await client.shutdown();
    }
  });
});
