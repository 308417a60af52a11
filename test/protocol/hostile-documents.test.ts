// The hostile documents of issue 13 (item 2) open in the editor, through the built server: whether
// or not their check ends, hovers are answered within a second while they are being edited. Checks
// run in a worker; the main thread parses a document in full for editor features only once a check
// of it has ended within the time budget.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { type LspTestClient, startOnTemporaryWorkspace, stopAndRemove, uri } from '../helpers/lsp-client.js';

const FRONT_MATTER =
  '---\ntitle: A hostile article\ndescription: An article whose body is built to make a Markdown parser or scanner slow.\nms.date: 11/01/2026\nms.topic: article\n---\n\n';
const HOSTILE: Record<string, string> = {
  'closing parentheses after a URL': `See https://example.com/${')'.repeat(900_000)}\n`,
  'emphasis runs': '*a**a'.repeat(180_000),
  'unclosed link destinations': '[a]('.repeat(200_000),
  'unclosed <a in an HTML block': `<div>\n<a ${'b '.repeat(300_000)}\n`,
  'unclosed <img in an HTML block': `<div>\n${'<img '.repeat(150_000)}\n`,
};
const ANSWER_MS = 1_000;
/** A frozen server fails the test instead of hanging the suite. */
const TEST_TIMEOUT_MS = 30_000;

describe('hostile documents in the editor', () => {
  let workspace: string;
  let client: LspTestClient;

  before(async () => {
    ({ workspace, client } = await startOnTemporaryWorkspace('guidance-lint-hostile-documents-'));
  });

  after(() => stopAndRemove(client, workspace));

  for (const [name, body] of Object.entries(HOSTILE)) {
    it(`answers hovers within a second while a document of ${name} is open and edited`, { timeout: TEST_TIMEOUT_MS }, async () => {
      const path = join(workspace, `${name.replace(/\W+/g, '-')}.md`);
      const text = FRONT_MATTER + body;
      await client.open(path, text);
      for (let version = 2; version <= 4; version++) {
        await client.change(path, `${text}\nEdit ${version}.\n`, version);
        const started = performance.now();
        const hover = (await client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri: uri(path) },
          position: { line: 1, character: 2 },
        })) as Hover | null;
        const ms = performance.now() - started;
        assert.ok(hover && JSON.stringify(hover.contents).includes('title'), `a hover on the title key: ${JSON.stringify(hover)}`);
        assert.ok(ms < ANSWER_MS, `the hover took ${Math.round(ms)} ms`);
        // Past the debounce, so the edit's check has started before the next hover.
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      assert.ok(client.running, 'the server is still running');
    });
  }
});
