// Editor features beyond diagnostics (completion, hover, go to definition) are plain functions of
// the open document's model; each area of the product contributes one LanguageFeature.
import type { CompletionItem, DocumentLink, Hover, Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Linter } from '../../engine/lint.js';
import type { DocumentModel } from '../../engine/parse/document.js';
import type { FileSystem } from '../../engine/fs/file-system.js';

export interface FeatureContext {
  document: TextDocument;
  /** Absolute path of the document. */
  path: string;
  /** The parsed current text of the document. */
  model: DocumentModel;
  /** The engine, for configuration (`linter.config.resolve(path)`) and its workspace knowledge. */
  linter: Linter;
  /** Files as the editor sees them (open documents shadow the disk). */
  fs: FileSystem;
  workspaceFolders: string[];
  today: Date;
}

export interface LanguageFeature {
  /** Characters that should open completion for this feature. */
  triggerCharacters?: string[];
  completion?(context: FeatureContext, position: Position): CompletionItem[] | undefined;
  hover?(context: FeatureContext, position: Position): Hover | undefined;
  definition?(context: FeatureContext, position: Position): Location[] | undefined;
  references?(context: FeatureContext, position: Position, includeDeclaration: boolean): Location[] | undefined;
  /** What F2 would rename at the position (undefined: nothing this feature renames). */
  prepareRename?(context: FeatureContext, position: Position): { range: Range; placeholder: string } | undefined;
  rename?(context: FeatureContext, position: Position, newName: string): WorkspaceEdit | undefined;
  /** Destinations to open with Ctrl+click, beyond those VS Code's Markdown support links already. */
  documentLinks?(context: FeatureContext): DocumentLink[];
  /**
   * Does once, right after a document opens, the costly set-up a first request would otherwise pay
   * (compiling a schema): documents are checked in a worker, so nothing else on the main thread does it.
   */
  warmUp?(context: Pick<FeatureContext, 'linter' | 'path' | 'fs'>): void;
}
