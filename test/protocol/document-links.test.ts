// Document links over stdio (run `npm run build` first): Ctrl+click opens `~/` and `:::image`
// destinations that resolve in the repository; file-relative Markdown links are VS Code's own.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
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
});
