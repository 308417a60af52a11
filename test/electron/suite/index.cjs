// Runs inside the VS Code extension host: opens the seed README and waits for the finding the
// language server publishes for it.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

async function waitFor(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

exports.run = async function run() {
  const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
  const uri = vscode.Uri.file(path.join(folder, '004_65db4cc620bc08fa.md'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diagnostics = await waitFor(() => {
    const list = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'guidance-lint');
    return list.length > 0 ? list : undefined;
  }, 20000);
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'fm-missing' || diagnostic.code?.value === 'fm-missing'));

  const summary = await vscode.commands.executeCommand('guidanceLint.validateWorkspace');
  assert.equal(summary.files, 5);
};
