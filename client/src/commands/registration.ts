// The shape of a client command's registration: its own module so the command list (index.ts)
// and each command name it without importing each other.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export type ClientCommandRegistration = (context: vscode.ExtensionContext, client: LanguageClient) => vscode.Disposable;
