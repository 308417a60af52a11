// The FeatureContext an editor feature gets for one open file, over an in-memory workspace under
// /ws with its own index: what the language server builds, without the server.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MemoryFileSystem } from '../../server/src/engine/fs/file-system.js';
import { Linter } from '../../server/src/engine/lint.js';
import { parseDocument } from '../../server/src/engine/parse/document.js';
import { parseTocDocument, tocFormatOf } from '../../server/src/engine/parse/toc.js';
import { WorkspaceIndex } from '../../server/src/engine/workspace/index.js';
import type { FeatureContext } from '../../server/src/lsp/features/feature.js';

/** The context for `path` holding `text`, beside `files`; `today` is the date the linter and the feature see. */
export function featureContext(path: string, text: string, files: Record<string, string> = {}, today = new Date()): FeatureContext {
  const fs = new MemoryFileSystem({ ...files, [path]: text });
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
  const format = tocFormatOf(path);
  const data = format === 'yaml' || format === 'json';
  return {
    document: TextDocument.create(`file://${path}`, data ? format : 'markdown', 1, text),
    path,
    model: data ? parseTocDocument(path, text) : parseDocument(path, text),
    linter: new Linter({ fs, workspaceFolders: ['/ws'], index, today }),
    fs,
    workspaceFolders: ['/ws'],
    today,
  };
}
