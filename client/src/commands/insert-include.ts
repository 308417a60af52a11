// "Guidance: Insert Include": pick one of the repository's include files (previewed by its first
// lines) and get `[!INCLUDE [title](relative path)]` at the cursor.
import * as vscode from 'vscode';
import type { ClientCommandRegistration } from './registration.js';
import { includeChoices, includeDirective } from './authoring-text.js';

/** Enough for the largest docsets; the quick pick filters as the writer types. */
const MAX_INCLUDE_FILES = 10_000;

export const registerInsertInclude: ClientCommandRegistration = () =>
  vscode.commands.registerCommand('guidanceLint.insertInclude', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    if (editor.document.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage('Guidance: save the article first, so the include path can be written relative to it.');
      return;
    }
    const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { directive?: string }>();
    quickPick.title = 'Insert Include';
    quickPick.placeholder = 'Include file (type to filter by name or path)';
    quickPick.matchOnDescription = true;
    quickPick.matchOnDetail = true;
    quickPick.busy = true;
    quickPick.show();
    const picked = new Promise<string | undefined>((resolve) => {
      quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]?.directive));
      quickPick.onDidHide(() => resolve(undefined));
    });
    try {
      const uris = await vscode.workspace.findFiles('**/includes/**/*.md', '**/node_modules/**', MAX_INCLUDE_FILES);
      const files = await Promise.all(
        uris.map(async (uri) => ({ path: uri.fsPath, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) })),
      );
      const choices = includeChoices(editor.document.uri.fsPath, files);
      quickPick.items = choices.length
        ? choices.map((choice) => ({
            label: choice.label,
            description: choice.description,
            detail: choice.detail,
            directive: includeDirective(choice.title, choice.relativePath),
          }))
        : [{ label: 'No include files in this workspace', detail: 'Include files live in folders named "includes".' }];
      quickPick.busy = false;
      const directive = await picked;
      quickPick.hide();
      if (directive) await editor.insertSnippet(new vscode.SnippetString().appendText(directive), editor.selection);
    } finally {
      quickPick.dispose();
    }
  });
