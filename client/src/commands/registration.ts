// The shape of a command module: given the extension's context and the language client, it
// registers its command. Its own module, so that command modules and the list of them in
// index.ts do not import each other.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export type ClientCommandRegistration = (context: vscode.ExtensionContext, client: LanguageClient) => vscode.Disposable;
