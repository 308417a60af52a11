// What the Insert commands share on the VS Code side: the contributed snippets file (the one
// source of the inserted text) and conversions between editor ranges and plain spans.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { SnippetsFile, TextSpan } from './authoring-text.js';

export async function readSnippets(context: vscode.ExtensionContext): Promise<SnippetsFile> {
  return JSON.parse(await readFile(context.asAbsolutePath('snippets/learn-markdown.json'), 'utf8')) as SnippetsFile;
}

export function editorSpan(range: vscode.Range): TextSpan {
  return { startLine: range.start.line, startCharacter: range.start.character, endLine: range.end.line, endCharacter: range.end.character };
}

export function toVscodeRange(span: TextSpan): vscode.Range {
  return new vscode.Range(span.startLine, span.startCharacter, span.endLine, span.endCharacter);
}
