// Proves the e2e harness on this machine without our extension: VS Code's
// built-in Markdown support stands in for it (link validation for findings and
// code actions, its `bold` snippet for completion).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { eventually, missingSetup, startVSCode } from './harness.js';

const ARTICLE = '# Article\n\nSee [missing](./missing.md) for more.\n';

test('code-server opens, checks and edits a Markdown file in chromium', async (t) => {
  const missing = missingSetup();
  if (missing) {
    t.skip(missing);
    return;
  }
  const workspace = mkdtempSync(join(tmpdir(), 'guidance-lint-smoke-'));
  writeFileSync(join(workspace, 'article.md'), ARTICLE);
  const vscode = await startVSCode({
    workspace,
    name: 'smoke',
    settings: { 'markdown.validate.enabled': true },
  });
  t.diagnostic(`artifacts: ${vscode.runDir}`);
  try {
    const screenshot = await vscode.step('open article', async () => {
      await vscode.openFile('article.md');
      await vscode.activeTab('article.md').waitFor();
    });
    assert.ok(statSync(screenshot).size > 0, `empty screenshot ${screenshot}`);

    await vscode.step('problems', async () => {
      await eventually(async () => assert.equal(await vscode.statusProblems(), 'Warnings: 1'));
      await eventually(async () =>
        assert.deepEqual(await vscode.problems(), [
          '1 problems in file article.md of folder .',
          `Warning: File does not exist at path: ${join(workspace, 'missing.md')} at line 3 and character 15.`,
        ]),
      );
    });

    await vscode.step('code action', async () => {
      await vscode.focusEditor();
      await vscode.goTo(3, 16);
      await vscode.quickFix('Extract to link definition');
      // The refactoring then asks for the definition's name; Enter keeps "def".
      await vscode.page.locator('.rename-box input').waitFor();
      await vscode.page.keyboard.press('Enter');
      await eventually(async () =>
        assert.equal(await vscode.editorText(), '# Article\n\nSee [missing][def] for more.\n\n\n[def]: ./missing.md'),
      );
    });

    await vscode.step('snippet', async () => {
      await vscode.page.keyboard.press('Control+End');
      await vscode.page.keyboard.press('Enter');
      await vscode.page.keyboard.type('bol');
      // Markdown has quick suggestions off, so ask for them.
      await vscode.page.keyboard.press('Control+Space');
      await eventually(async () => assert.ok((await vscode.completions()).includes('bold, Insert bold text, Snippet')));
      await vscode.acceptCompletion('bold');
      await vscode.page.keyboard.type('done');
      // The editor paints typed text a frame or more later.
      await eventually(async () => assert.match(await vscode.editorText(), /\n\*\*done\*\*$/));
    });

    await vscode.step('command palette', async () => {
      await vscode.page.keyboard.press('Home');
      await vscode.page.keyboard.press('Shift+End');
      await vscode.runCommand('Transform to Uppercase');
      await eventually(async () => assert.match(await vscode.editorText(), /\n\*\*DONE\*\*$/));
    });
  } finally {
    await vscode.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
});
