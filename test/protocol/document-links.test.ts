// Links the server hands the editor, over stdio (run `npm run build` first): Ctrl+click opens `~/`
// and `:::image` destinations that resolve in the repository (file-relative Markdown links are VS
// Code's own), and a diagnostic's rule id opens the rule page shipped beside the server.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentLink } from 'vscode-languageserver-protocol';
import { type LspTestClient, startOnTemporaryWorkspace, stopAndRemove, uri } from '../helpers/lsp-client.js';

const ARTICLE = [
  '# Links',
  '',
  'See [setup](~/docs/setup.md) and [again](setup.md).',
  '',
  ':::image source="media/chart.png" alt-text="Chart of adoption":::',
  '',
].join('\n');

describe('document links over stdio', () => {
  let workspace: string;
  let client: LspTestClient;

  before(async () => {
    ({ workspace, client } = await startOnTemporaryWorkspace('guidance-lint-doclinks-'));
    mkdirSync(join(workspace, 'docs', 'media'), { recursive: true });
    writeFileSync(join(workspace, 'docs', 'setup.md'), '# Setup\n');
    writeFileSync(join(workspace, 'docs', 'media', 'chart.png'), '');
  });

  after(() => stopAndRemove(client, workspace));

  it('answers with the repository files behind ~/ and :::image destinations', async () => {
    const path = join(workspace, 'docs', 'article.md');
    writeFileSync(path, ARTICLE);
    await client.open(path, ARTICLE);
    await client.diagnosticsFor(path);
    const links = (await client.connection.sendRequest('textDocument/documentLink', {
      textDocument: { uri: uri(path) },
    })) as DocumentLink[];
    assert.deepEqual(
      links.map((link) => [link.range.start.line, link.target]).sort(),
      [
        [2, uri(join(workspace, 'docs', 'setup.md'))],
        [4, uri(join(workspace, 'docs', 'media', 'chart.png'))],
      ].sort(),
    );
  });

  it("links a finding's rule id to the page shipped with the server, which opens offline", async () => {
    const path = join(workspace, 'docs', 'alert.md');
    const text = '# Alert\n\n> [!tip]\n> Lower case.\n';
    writeFileSync(path, text);
    await client.open(path, text);
    const diagnostics = await client.diagnosticsFor(path, (found) => found.some((diagnostic) => diagnostic.code === 'md-alert-case'));
    const href = diagnostics.find((diagnostic) => diagnostic.code === 'md-alert-case')!.codeDescription!.href;
    assert.match(href, /^file:\/\/.*\/docs\/rules\/md-alert-case\.md$/);
    assert.ok(existsSync(fileURLToPath(href)), href);
  });
});
