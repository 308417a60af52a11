// "Guidance: Update ms.date to Today": sets the active Markdown file's ms.date to today's date
// (MM/DD/YYYY), adding the key or the front matter when they are missing. The edit itself is
// worked out by the engine (setDateEdit), where it is tested.
import * as vscode from 'vscode';
import { setDateEdit } from '../../../server/src/engine/frontmatter/edits.js';
import type { ClientCommandRegistration } from './registration.js';

export const UPDATE_DATE_COMMAND = 'guidanceLint.updateDate';

export const registerUpdateDate: ClientCommandRegistration = () =>
  vscode.commands.registerTextEditorCommand(UPDATE_DATE_COMMAND, async (editor) => {
    const document = editor.document;
    const result = setDateEdit(document.getText(), new Date());
    if (result.kind === 'unclosed') {
      void vscode.window.showWarningMessage(
        'The front matter is not closed: add a line with --- after the last key, then run the command again.',
      );
      return;
    }
    if (result.kind === 'not-a-mapping') {
      void vscode.window.showWarningMessage('The front matter is not a list of "key: value" lines: add ms.date to it by hand.');
      return;
    }
    if (result.kind === 'already-today') {
      void vscode.window.showInformationMessage('ms.date is already today.');
      return;
    }
    const { edit } = result;
    await editor.edit((builder) =>
      builder.replace(new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText),
    );
  });
