// The language server under hostile documents (run `npm run build` first): a 5,000-deep nesting and
// a 100,000-row table opened in the editor are reported as file-too-deep / file-too-large at once,
// and the server keeps answering requests for other documents within a second, also while the
// hostile document is being edited.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { NESTING_DEPTH, TABLE_ROWS } from '../fuzz/hostile-workspace.js';
import { type LspTestClient, startOnTemporaryWorkspace, stopAndRemove, uri } from '../helpers/lsp-client.js';

const FRONT_MATTER =
  '---\ntitle: Hostile workspace article for the linter\ndescription: An article of the generated hostile workspace, complete and valid, so that only the hostile part of each file is ever reported.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n';
const DEEP = FRONT_MATTER + '\n# Deep\n\n' + '>'.repeat(NESTING_DEPTH) + ' deep\n';
const TABLE = FRONT_MATTER + '\n# Table\n\n|a|b|\n|-|-|\n' + '|1|x|\n'.repeat(TABLE_ROWS);
const OTHER = FRONT_MATTER + '\n# Other article\n\n> [!tip]\n> A lower-case alert.\n';
/** "Promptly" for a hostile document; a following request for another document must take under a second. */
const PROMPT_MS = 3_000;
const ANSWER_MS = 1_000;

function hasRule(ruleId: string) {
  return (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === ruleId);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('language server resilience', () => {
  let workspace: string;
  let client: LspTestClient;
  const deepPath = () => join(workspace, 'docs', 'deep.md');
  const tablePath = () => join(workspace, 'docs', 'table.md');
  const otherPath = () => join(workspace, 'docs', 'other.md');

  before(async () => {
    ({ workspace, client } = await startOnTemporaryWorkspace('guidance-lint-resilience-'));
  });

  after(() => stopAndRemove(client, workspace));

  it('reports a 5,000-deep nesting as file-too-deep promptly', async () => {
    const { ms } = await timed(async () => {
      await client.open(deepPath(), DEEP);
      await client.diagnosticsFor(deepPath(), hasRule('file-too-deep'), PROMPT_MS);
    });
    console.log(`5,000-deep nesting: file-too-deep after ${Math.round(ms)} ms`);
  });

  it('reports a 100,000-row table as file-too-large promptly, and then answers for another document within a second', async () => {
    const table = await timed(async () => {
      await client.open(tablePath(), TABLE);
      await client.diagnosticsFor(tablePath(), hasRule('file-too-large'), PROMPT_MS);
    });
    const other = await timed(async () => {
      await client.open(otherPath(), OTHER);
      await client.diagnosticsFor(otherPath(), hasRule('md-alert-case'), ANSWER_MS);
    });
    console.log(
      `100,000-row table: file-too-large after ${Math.round(table.ms)} ms; the next document checked in ${Math.round(other.ms)} ms`,
    );
  });

  it('answers hover requests within a second while the hostile documents are being edited', async () => {
    // Edits make the published model stale: a feature request then parses the current text itself.
    await client.change(tablePath(), TABLE + '|2|y|\n', 2);
    await client.change(deepPath(), DEEP + '\n', 2);
    for (const [path, line] of [
      [tablePath(), 14],
      [deepPath(), 12],
      [tablePath(), 1],
      [otherPath(), 1],
    ] as const) {
      const { ms } = await timed(() =>
        client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(path) }, position: { line, character: 2 } }),
      );
      assert.ok(ms < ANSWER_MS, `hover at ${path}:${line + 1} took ${Math.round(ms)} ms`);
    }
    await client.diagnosticsFor(tablePath(), hasRule('file-too-large'), PROMPT_MS);
  });
});
