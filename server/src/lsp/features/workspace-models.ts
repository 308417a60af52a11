// What editor features read about files other than the open one: the workspace index, and another
// file's current text parsed (open buffers shadow the disk through the feature context's file system).
import { DEFAULT_MAX_FILE_SIZE, textWithinLimits } from '../../engine/limits.js';
import { parseDocument, type DocumentModel } from '../../engine/parse/document.js';
import { decodeText } from '../../engine/parse/text.js';
import { indexFor } from '../../engine/workspace/graph/references.js';
import type { WorkspaceIndex } from '../../engine/workspace/index.js';
import type { FeatureContext } from './feature.js';

export function indexOf(context: FeatureContext): WorkspaceIndex {
  return context.linter.environment.index ?? indexFor(context.model, context.linter.environment);
}

export function readModel(context: Pick<FeatureContext, 'fs' | 'linter'>, path: string): DocumentModel | undefined {
  const bytes = context.fs.readFile(path);
  if (!bytes) return undefined;
  const decoded = decodeText(bytes);
  if (decoded.kind !== 'text') return undefined;
  // Within the linter's limits: a feature must not hang on a generated or damaged file.
  return parseDocument(
    path,
    textWithinLimits(decoded.value.text, context.linter.config.resolve(path).maxFileSize ?? DEFAULT_MAX_FILE_SIZE),
  );
}
