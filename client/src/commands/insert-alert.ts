// "Guidance: Insert Alert": pick an alert type and get `> [!TYPE]` around the selected lines, or an
// alert to type into. The types and their purposes come from the contributed snippets.
import * as vscode from 'vscode';
import type { ClientCommandRegistration } from './registration.js';
import { alertChoices, alertSnippet, placeBlock } from './authoring-text.js';
import { editorSpan, readSnippets, toVscodeRange } from './insert-support.js';

export const registerInsertAlert: ClientCommandRegistration = (context) =>
  vscode.commands.registerCommand('guidanceLint.insertAlert', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const choices = alertChoices(await readSnippets(context));
    const picked = await vscode.window.showQuickPick(
      choices.map((choice) => ({ label: choice.type, description: choice.purpose, choice })),
      { title: 'Insert Alert', placeHolder: editor.selection.isEmpty ? 'Alert type' : 'Alert type for the selected lines' },
    );
    if (!picked) return;
    const lines = editor.document.getText().split(/\r?\n/);
    const placement = placeBlock(lines, editorSpan(editor.selection));
    const snippet = placement.before + alertSnippet(picked.choice, placement.selectedLines) + placement.after;
    await editor.insertSnippet(new vscode.SnippetString(snippet), toVscodeRange(placement.range));
  });
