// "Guidance: Insert Persona Section": pick Explorer, Innovator, Champion, a persona of your own or
// all three, and get the same section the persona snippets write, as its own block, its headings at
// the depth the outline around the cursor asks for.
import * as vscode from 'vscode';
import type { ClientCommandRegistration } from './registration.js';
import { PERSONA_CHOICES, personaHeadingDepth, placeBlock, snippetBodyText, snippetByPrefix, withHeadingDepth } from './authoring-text.js';
import { editorSpan, readSnippets, toVscodeRange } from './insert-support.js';

export const registerInsertPersona: ClientCommandRegistration = (context) =>
  vscode.commands.registerCommand('guidanceLint.insertPersona', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const snippets = await readSnippets(context);
    const picked = await vscode.window.showQuickPick(
      PERSONA_CHOICES.map((choice) => ({ label: choice.label, description: choice.description, choice })),
      { title: 'Insert Persona Section', placeHolder: 'Persona' },
    );
    if (!picked) return;
    const snippet = snippetByPrefix(snippets, picked.choice.prefix);
    if (!snippet) {
      void vscode.window.showErrorMessage(`Guidance: the persona snippet "${picked.choice.prefix}" is missing from the extension.`);
      return;
    }
    // The section goes next to the cursor's line; a selection is not part of a persona section.
    const cursor = editor.selection.active;
    const lines = editor.document.getText().split(/\r?\n/);
    const placement = placeBlock(lines, editorSpan(new vscode.Range(cursor, cursor)));
    const body = withHeadingDepth(snippetBodyText(snippet), personaHeadingDepth(lines, cursor.line));
    await editor.insertSnippet(new vscode.SnippetString(placement.before + body + placement.after), toVscodeRange(placement.range));
  });
