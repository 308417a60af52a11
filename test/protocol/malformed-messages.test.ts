// Messages no editor should send, through the built server: a didOpen whose text is not a string
// used to throw in the debounced check's timer and end the process. Now each becomes a logged
// internal-error (shown on that document), and the server keeps answering for everything else.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { type LspTestClient, startOnTemporaryWorkspace, stopAndRemove, uri } from '../helpers/lsp-client.js';

const ARTICLE =
  '---\ntitle: An article\ndescription: A valid article opened after the malformed ones, to show the server still checks documents.\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Article\n\n> [!tip]\n> A lower-case alert.\n';

const hasRule = (ruleId: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === ruleId);

describe('malformed messages', () => {
  let workspace: string;
  let client: LspTestClient;

  before(async () => {
    ({ workspace, client } = await startOnTemporaryWorkspace('guidance-lint-malformed-'));
  });

  after(() => stopAndRemove(client, workspace));

  it('a didOpen whose text is not a string is an internal-error, and the server keeps answering', async () => {
    const malformed = { number: 42, null: null, object: { text: 'x' } } as const;
    for (const [name, text] of Object.entries(malformed)) {
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uri(join(workspace, `${name}.md`)), languageId: 'markdown', version: 1, text },
      });
    }
    for (const name of Object.keys(malformed)) {
      const [failure] = await client.diagnosticsFor(join(workspace, `${name}.md`), hasRule('internal-error'));
      assert.match(String(failure!.message), /without its text/);
    }
    // Past the debounce: the timer path ran for each of them too.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(client.running, `the server is still running\n${client.stderr}`);
    assert.ok(
      client.logs.some((log) => log.type === 1 && log.message.includes('internal-error')),
      'the error is in the log',
    );

    const article = join(workspace, 'article.md');
    await client.open(article, ARTICLE);
    await client.diagnosticsFor(article, hasRule('md-alert-case'));
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(article) },
      position: { line: 1, character: 2 },
    })) as Hover | null;
    assert.ok(hover && JSON.stringify(hover.contents).includes('title'), `a hover on the title key: ${JSON.stringify(hover)}`);
    // A request about a malformed document gets an answer too.
    await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(join(workspace, 'number.md')) },
      position: { line: 0, character: 0 },
    });
    await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: uri(join(workspace, 'object.md')) },
      position: { line: 0, character: 0 },
    });
  });
});
