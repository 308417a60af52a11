// A check that never ends, through the built server: open documents are checked in a worker with
// the CLI's time budget, so the editor keeps answering while the check is stuck, the stuck check is
// reported as file-time-budget, and other documents are still checked.
//
// The stuck check is a repository remark-lint plug-in (trusted workspace) that loops forever on any
// document containing a marker: deterministic, and independent of how fast our own rules are.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspTestClient, uri } from '../helpers/lsp-client.js';

const MARKER = 'this sentence never finishes checking';
const FRONT_MATTER =
  '---\ntitle: An article\ndescription: An article whose check by a repository plug-in never ends, to show the editor keeps answering.\nms.date: 11/01/2026\nms.topic: article\n---\n';
const HOSTILE = `${FRONT_MATTER}\n# Hostile\n\nThen ${MARKER}.\n`;
const OTHER = `${FRONT_MATTER}\n# Other\n\n> [!tip]\n> A lower-case alert.\n`;
/** Longer than the 10 s budget plus a fresh worker's start, on a loaded machine. */
const BUDGET_WAIT_MS = 40_000;

const hasRule = (ruleId: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === ruleId);

describe('a check that never ends', () => {
  let workspace: string;
  let client: LspTestClient;
  const hostilePath = () => join(workspace, 'hostile.md');
  const otherPath = () => join(workspace, 'other.md');

  before(async () => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-stuck-')));
    const files: Record<string, string> = {
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-forever'] }),
      'node_modules/remark-lint-forever/package.json': JSON.stringify({ name: 'remark-lint-forever', type: 'module', main: 'index.js' }),
      'node_modules/remark-lint-forever/index.js': `export default function forever() {\n  return (tree) => {\n    if (JSON.stringify(tree).includes(${JSON.stringify(MARKER)})) for (;;);\n  };\n}\n`,
      'hostile.md': HOSTILE,
      'other.md': OTHER,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(workspace, path, '..'), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    client = new LspTestClient({ workspaceFolders: [workspace], initializationOptions: { trusted: true } });
    await client.initialize();
  });

  after(async () => {
    await client.shutdown();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('answers hovers while the check runs, reports file-time-budget, and still checks other documents', {
    timeout: 3 * BUDGET_WAIT_MS,
  }, async () => {
    let budgetReported = false;
    const budget = client.diagnosticsFor(hostilePath(), hasRule('file-time-budget'), BUDGET_WAIT_MS).then((diagnostics) => {
      budgetReported = true;
      return diagnostics;
    });
    await client.open(hostilePath(), HOSTILE);
    // Edits keep coming while the check is stuck; each hover is answered before the stuck check is given up.
    for (let version = 2; version <= 4; version++) {
      await client.change(hostilePath(), HOSTILE + '\nMore text.\n'.repeat(version), version);
      const hover = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: uri(hostilePath()) },
        position: { line: 1, character: 2 },
      })) as Hover | null;
      assert.ok(hover && JSON.stringify(hover.contents).includes('title'), `a hover on the title key: ${JSON.stringify(hover)}`);
      assert.equal(budgetReported, false, 'the hover was answered while the check was still stuck');
    }
    await client.open(otherPath(), OTHER);

    const [finding] = (await budget).filter((diagnostic) => diagnostic.code === 'file-time-budget');
    assert.match(String(finding!.message), /longer than 10\.0 s/);
    // The other document was asked for after the stuck one, and is checked by the fresh worker.
    await client.diagnosticsFor(otherPath(), hasRule('md-alert-case'), BUDGET_WAIT_MS);
    assert.ok(client.running, 'the server is still running');
  });
});
