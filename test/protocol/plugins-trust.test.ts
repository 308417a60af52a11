// Repository plug-ins through the built server: they run only in a trusted workspace, and one that
// throws becomes an internal-error finding (and a log entry) while every other rule still reports.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../helpers/lsp-client.js';

const ARTICLE = '# Title\n\n> [!tip]\n> Text.\n';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

describe('repository plug-ins in the language server', () => {
  let workspace: string;
  let marker: string;

  before(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-trust-')));
    marker = join(workspace, 'imported.txt');
    const files: Record<string, string> = {
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-broken'] }),
      'node_modules/remark-lint-broken/package.json': JSON.stringify({ name: 'remark-lint-broken', type: 'module', main: 'index.js' }),
      // Importing the module leaves a mark on disk, so the test can tell whether repository code ran.
      'node_modules/remark-lint-broken/index.js': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'imported');\nexport default function broken() {\n  return () => { throw new Error('boom'); };\n}\n`,
      'article.md': ARTICLE,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(workspace, path, '..'), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('never loads them in an untrusted workspace', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace], initializationOptions: { trusted: false } });
    try {
      await client.initialize();
      await client.open(join(workspace, 'article.md'), ARTICLE);
      const diagnostics = await client.diagnosticsFor(join(workspace, 'article.md'), (list) => codes(list).includes('md-alert-case'));
      assert.ok(!codes(diagnostics).includes('internal-error'));
      assert.throws(() => realpathSync(marker), /ENOENT/, 'the plug-in module was never imported');
    } finally {
      await client.shutdown();
    }
  });

  it('in a trusted workspace, a throwing plug-in is an internal-error finding and a log entry; other rules still report', async () => {
    const client = new LspTestClient({ workspaceFolders: [workspace], initializationOptions: { trusted: true } });
    try {
      await client.initialize();
      const path = join(workspace, 'article.md');
      await client.open(path, ARTICLE);
      const diagnostics = await client.diagnosticsFor(path, (list) => codes(list).includes('internal-error'));
      assert.ok(codes(diagnostics).includes('md-alert-case'), `other rules still report: ${codes(diagnostics).join(', ')}`);
      const failure = diagnostics.find((diagnostic) => diagnostic.code === 'internal-error')!;
      assert.match(String(failure.message), /remark-lint-broken.*boom/);
      const deadline = Date.now() + 5000;
      while (!client.logs.some((log) => log.type === 1 && log.message.includes('boom')) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(
        client.logs.some((log) => log.type === 1 && log.message.includes('article.md') && log.message.includes('boom')),
        'an error log entry names the file',
      );
    } finally {
      await client.shutdown();
    }
  });
});
