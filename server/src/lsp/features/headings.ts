// Find all references and rename, with Learn's meaning of a link: F2 on a heading renames it and
// rewrites every `#anchor` that names it across the workspace (open or not; through the articles
// that include the file, too), with the id Learn gives the new text. Find all references on a heading
// lists the links to it; on a link, image or include, the references to its target; elsewhere, the
// references to the open article.
import { ResponseError, type Location, type Range as LspRange, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { parseDocument, type DocumentModel, type HeadingInfo } from '../../engine/parse/document.js';
import { fileOf, referrersOf, referrersOfAnchor, type Referrer, type ReferrerSources } from '../../engine/workspace/graph/referrers.js';
import type { WorkspaceIndex } from '../../engine/workspace/index.js';
import { pathToUri, toLspRange } from '../convert.js';
import type { FeatureContext, LanguageFeature } from './feature.js';
import { indexOf, readModel } from './workspace-models.js';

export const headingsFeature: LanguageFeature = {
  references(context, position, includeDeclaration) {
    const sources = referrerSources(context, indexOf(context), context);
    const heading = headingAt(context.model, context.document.offsetAt(position));
    if (heading) {
      const own = includeDeclaration ? [{ uri: pathToUri(context.path), range: toLspRange(heading.range) }] : [];
      return [...own, ...anchorReferrers(sources, context.path, heading.id).map(locationOf)];
    }
    const docsets = context.linter.config.resolve(context.path).docsets;
    const target = destinationTargetAt(sources.index, docsets, context.model, context.document.offsetAt(position)) ?? context.path;
    return referrersOf(sources, target).map(locationOf);
  },

  prepareRename(context, position) {
    const heading = headingAt(context.model, context.document.offsetAt(position));
    const range = heading && headingTextRange(context.model, heading);
    return range ? { range, placeholder: context.document.getText(range) } : undefined;
  },

  rename(context, position, newName) {
    const heading = headingAt(context.model, context.document.offsetAt(position));
    const range = heading && headingTextRange(context.model, heading);
    if (!heading || !range) return undefined;
    const text = newName.trim();
    if (text === '' || /[\r\n]/.test(text)) throw new ResponseError(0, 'A heading is one line of text: type the new heading.');
    const newId = idAfterRename(context, heading, range, text);
    const changes: Record<string, TextEdit[]> = { [pathToUri(context.path)]: [{ range, newText: text }] };
    if (newId !== heading.id) {
      for (const [uri, edits] of Object.entries(
        anchorEdits(anchorReferrers(referrerSources(context, indexOf(context), context), context.path, heading.id), newId),
      )) {
        changes[uri] = [...(changes[uri] ?? []), ...edits];
      }
    }
    return { changes } satisfies WorkspaceEdit;
  },
};

/**
 * Where references are looked for: the workspace index and every file's current text; `own`, when
 * given, is a document as it is now (not as last saved or checked).
 */
export function referrerSources(
  context: Pick<FeatureContext, 'fs' | 'linter'>,
  index: WorkspaceIndex,
  own?: Pick<FeatureContext, 'path' | 'model'>,
): ReferrerSources {
  return {
    index,
    readModel: (path) => (path === own?.path ? own.model : readModel(context, path)),
    docsetsOf: (path) => context.linter.config.resolve(path).docsets,
  };
}

/** Links to a heading of `file`: in the file and its linkers, and, for an include, in the articles that include it (where its headings are rendered). */
export function anchorReferrers(sources: ReferrerSources, file: string, id: string): Referrer[] {
  const pages = [file, ...sources.index.includersOf(file)];
  return pages.flatMap((page) => referrersOfAnchor(sources, page, id));
}

/** The edits that point each referrer's anchor at `newId`, by document. */
export function anchorEdits(referrers: readonly Referrer[], newId: string): Record<string, TextEdit[]> {
  const changes: Record<string, TextEdit[]> = {};
  for (const referrer of referrers) {
    if (!referrer.anchor) continue;
    const uri = pathToUri(referrer.path);
    changes[uri] = [...(changes[uri] ?? []), { range: toLspRange(referrer.anchor.range), newText: newId }];
  }
  return changes;
}

function headingAt(model: DocumentModel, offset: number): HeadingInfo | undefined {
  return model.headings.find((heading) => !heading.isTab && heading.range.start.offset <= offset && offset <= heading.range.end.offset);
}

/** The heading's text, without its `#` marks or closing sequence. */
function headingTextRange(model: DocumentModel, heading: HeadingInfo): LspRange | undefined {
  const first = heading.node.children[0]?.position;
  const last = heading.node.children.at(-1)?.position;
  if (!first || !last) return undefined;
  return toLspRange(model.lines.range(first.start.offset!, last.end.offset!));
}

/** The id Learn gives the heading once renamed: the document parsed with the new text, so repeats are numbered as the build numbers them. */
function idAfterRename(context: FeatureContext, heading: HeadingInfo, range: LspRange, text: string): string {
  const { document } = context;
  const start = document.offsetAt(range.start);
  const renamed = document.getText().slice(0, start) + text + document.getText().slice(document.offsetAt(range.end));
  const position = context.model.headings.indexOf(heading);
  return parseDocument(context.path, renamed).headings[position]?.id ?? heading.id;
}

/** The file the link, image or include written at `offset` of `model` points to (the file itself for a same-page anchor). */
export function destinationTargetAt(
  index: WorkspaceIndex,
  docsets: Record<string, string> | undefined,
  model: DocumentModel,
  offset: number,
): string | undefined {
  const within = (range: { start: { offset: number }; end: { offset: number } }) =>
    range.start.offset <= offset && offset <= range.end.offset;
  const written =
    model.includes.find((include) => include.wellFormed && within(include.range))?.path ??
    model.images.find((image) => within(image.sourceRange))?.source ??
    model.links.find((link) => link.kind !== 'reference' && within(link.urlRange))?.url;
  if (written === undefined) return undefined;
  const target = index.resolve(model.path, written, docsets);
  return target.kind === 'same-file' ? model.path : fileOf(index, target);
}

function locationOf(referrer: Referrer): Location {
  return { uri: pathToUri(referrer.path), range: toLspRange(referrer.range) };
}
