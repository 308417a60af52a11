// Editor help for links, images and includes, answered from the workspace index: completion of
// paths after `](`, of anchors after `#`, of include paths and `:::image source="`; go to definition
// on a link, anchor or include; hover on a link shows the target's title; document links (Ctrl+click)
// on `~/`, site-relative and `:::image` destinations that resolve inside the repository.
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type DocumentLink,
  type Hover,
  type Location,
  type Position,
} from 'vscode-languageserver';
import type { DocumentModel } from '../../engine/parse/document.js';
import type { Range } from '../../engine/types.js';
import { dirname, joinPath, relativePath } from '../../engine/fs/file-system.js';
import { fileOf } from '../../engine/workspace/graph/referrers.js';
import type { Target } from '../../engine/workspace/graph/site.js';
import { classifyDestination } from '../../engine/workspace/graph/urls.js';
import { isMarkdownPath, type WorkspaceIndex } from '../../engine/workspace/index.js';
import { pathToUri, toLspRange } from '../convert.js';
import type { FeatureContext, LanguageFeature } from './feature.js';
import { indexOf, readModel } from './workspace-models.js';

const INCLUDE_PATH = /\[!include\s*\[[^\]\n]*\]\(\s*([^)\s]*)$/i;
const IMAGE_SOURCE = /:::image\b[^\n]*?\bsource\s*=\s*"([^"\n]*)$/;
const LINK_ANCHOR = /\]\(\s*([^)\s#]*)#([^)\s#]*)$/;
const LINK_PATH = /\]\(\s*([^)\s#]*)$/;
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|svg|webp)$/i;

type PathFilter = (name: string) => boolean;

export const linksFeature: LanguageFeature = {
  triggerCharacters: ['(', '/', '#', '"'],

  completion(context, position) {
    const before = context.document.getText({ start: { line: position.line, character: 0 }, end: position });
    const index = indexOf(context);
    const include = INCLUDE_PATH.exec(before);
    if (include) return completePath(context, index, include[1]!, position, isMarkdownPath);
    const image = IMAGE_SOURCE.exec(before);
    if (image) return completePath(context, index, image[1]!, position, (name) => IMAGE_EXTENSIONS.test(name));
    const anchor = LINK_ANCHOR.exec(before);
    if (anchor) return completeAnchor(context, index, anchor[1]!, anchor[2]!, position);
    const link = LINK_PATH.exec(before);
    if (link) return completePath(context, index, link[1]!, position, () => true);
    return undefined;
  },

  definition(context, position) {
    const reference = referenceAt(context, position);
    if (!reference || builtInResolves(reference)) return undefined;
    const index = indexOf(context);
    const target = index.resolve(context.path, reference.written, context.linter.config.resolve(context.path).docsets);
    if (target.kind === 'same-file') return locationOfAnchor(context.path, context.model, target.anchor);
    const found = targetFile(index, target);
    if (!found) return undefined;
    if (found.anchor && isMarkdownPath(found.path)) {
      const model = readModel(context, found.path);
      if (model) return locationOfAnchor(found.path, model, found.anchor);
    }
    return [{ uri: pathToUri(found.path), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  },

  documentLinks(context) {
    const index = indexOf(context);
    const docsets = context.linter.config.resolve(context.path).docsets;
    const links: DocumentLink[] = [];
    for (const reference of referencesIn(context.model)) {
      if (builtInResolves(reference)) continue;
      const destination = classifyDestination(reference.written).kind;
      if (destination !== 'docset-root' && destination !== 'site' && destination !== 'relative') continue;
      const found = targetFile(index, index.resolve(context.path, reference.written, docsets));
      if (found)
        links.push({
          range: toLspRange(reference.range),
          target: pathToUri(found.path),
          tooltip: 'Open ' + relativePath(dirname(context.path), found.path),
        });
    }
    return links;
  },

  hover(context, position) {
    const reference = referenceAt(context, position);
    if (reference?.kind !== 'link') return undefined;
    const index = indexOf(context);
    const target = index.resolve(context.path, reference.written, context.linter.config.resolve(context.path).docsets);
    if (target.kind !== 'path' && target.kind !== 'site') return undefined;
    const found = fileOf(index, target);
    if (!found || !isMarkdownPath(found)) return undefined;
    const title = index.titleOf(found);
    const shown = relativePath(dirname(context.path), found);
    const value = title ? `**${title}**\n\n${shown}` : shown;
    return { contents: { kind: MarkupKind.Markdown, value }, range: toLspRange(reference.range) } satisfies Hover;
  },
};

/** Files and folders for the path typed so far (only the part after the last `/` is replaced). */
export function completePath(
  context: FeatureContext,
  index: WorkspaceIndex,
  typed: string,
  position: Position,
  accept: PathFilter,
): CompletionItem[] {
  const slash = typed.lastIndexOf('/');
  const folderPart = typed.slice(0, slash + 1);
  const destination = classifyDestination(folderPart || './');
  let folder: string | undefined;
  if (destination.kind === 'docset-root')
    folder = joinPath(index.site.docsetRootOf(context.path) ?? '/', (destination.path ?? '').replace(/^~\/?/, ''));
  else if (destination.kind === 'relative' || folderPart === '') folder = joinPath(dirname(context.path), destination.path ?? '');
  if (!folder) return [];
  const found = index.lookup(folder);
  if (found?.kind !== 'directory') return [];
  const replaceFrom = { line: position.line, character: position.character - (typed.length - folderPart.length) };
  const items: CompletionItem[] = [];
  for (const entry of index.entriesOf(found.path)) {
    if (entry.name.startsWith('.')) continue;
    const isFolder = entry.type === 'directory';
    if (!isFolder && (!accept(entry.name) || joinPath(found.path, entry.name) === context.path)) continue;
    const insert = (isFolder ? entry.name + '/' : entry.name).replace(/ /g, '%20');
    items.push({
      label: isFolder ? entry.name + '/' : entry.name,
      kind: isFolder ? CompletionItemKind.Folder : CompletionItemKind.File,
      textEdit: { range: { start: replaceFrom, end: position }, newText: insert },
      ...(isFolder ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
    });
  }
  return items;
}

/** Anchors of this file (after `](#`) or of the file typed before `#`. */
function completeAnchor(
  context: FeatureContext,
  index: WorkspaceIndex,
  pathPart: string,
  typed: string,
  position: Position,
): CompletionItem[] {
  let model: DocumentModel | undefined = context.model;
  if (pathPart !== '') {
    const target = index.resolve(context.path, pathPart);
    if (target.kind !== 'path') return [];
    const found = index.lookup(target.path) ?? index.lookup(target.path + '.md');
    model = found?.kind === 'file' && isMarkdownPath(found.path) ? readModel(context, found.path) : undefined;
  }
  if (!model) return [];
  const replaceFrom = { line: position.line, character: position.character - typed.length };
  const items: CompletionItem[] = [];
  for (const heading of model.headings) {
    const link = heading.isTab ? heading.node.children[0] : undefined;
    const id = link?.type === 'link' ? link.url.slice(1) : heading.id;
    items.push({
      label: id,
      kind: CompletionItemKind.Reference,
      detail: `${'#'.repeat(heading.depth)} ${heading.text}`,
      textEdit: { range: { start: replaceFrom, end: position }, newText: id },
    });
  }
  for (const anchor of model.anchors)
    items.push({
      label: anchor.id,
      kind: CompletionItemKind.Reference,
      detail: 'explicit anchor',
      textEdit: { range: { start: replaceFrom, end: position }, newText: anchor.id },
    });
  return items;
}

interface ReferenceAtCursor {
  kind: 'link' | 'image' | 'include';
  written: string;
  range: Range;
  /** Written in Markdown's own link syntax (`[t](d)`, `![a](d)`, and the `[t](d)` inside `[!INCLUDE …]`). */
  markdownSyntax: boolean;
  /** A link's whole `[text](destination)`, where the cursor also finds it. */
  whole?: Range;
}

/**
 * VS Code's built-in Markdown support already goes to a file-relative destination (and an anchor of
 * it) written in Markdown link syntax; answering too would open a "Definitions (2)" peek. Ours adds
 * what it cannot know: `~/` and site-relative paths, `:::image`/HTML sources, Learn's heading ids.
 */
function builtInResolves(reference: ReferenceAtCursor): boolean {
  if (!reference.markdownSyntax) return false;
  const kind = classifyDestination(reference.written).kind;
  return kind === 'relative' || kind === 'anchor';
}

/** The repository file a resolved destination names, with its anchor. */
function targetFile(index: WorkspaceIndex, target: Target): { path: string; anchor: string | undefined } | undefined {
  const path = fileOf(index, target);
  return path ? { path, anchor: 'anchor' in target ? target.anchor : undefined } : undefined;
}

/** Every destination the document writes, includes first: the `[t](d)` inside `[!INCLUDE …]` is not a link of its own. */
function referencesIn(model: DocumentModel): ReferenceAtCursor[] {
  return [
    ...model.includes
      .filter((include) => include.wellFormed)
      .map((include): ReferenceAtCursor => ({ kind: 'include', written: include.path, range: include.pathRange, markdownSyntax: true })),
    ...model.images.map(
      (image): ReferenceAtCursor => ({
        kind: 'image',
        written: image.source,
        range: image.sourceRange,
        markdownSyntax: image.kind === 'markdown',
      }),
    ),
    ...model.links
      .filter((link) => link.kind !== 'reference' && !model.includes.some((include) => contains(include.range, link.urlRange)))
      .map(
        (link): ReferenceAtCursor => ({
          kind: 'link',
          written: link.url,
          range: link.urlRange,
          whole: link.range,
          markdownSyntax: link.kind === 'inline' || link.kind === 'definition',
        }),
      ),
  ];
}

function contains(outer: Range, inner: Range): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}

function referenceAt(context: FeatureContext, position: Position): ReferenceAtCursor | undefined {
  const offset = context.document.offsetAt(position);
  const within = (range: Range) => range.start.offset <= offset && offset <= range.end.offset;
  return referencesIn(context.model).find((reference) => within(reference.range) || (reference.whole && within(reference.whole)));
}

function locationOfAnchor(path: string, model: DocumentModel, anchor: string): Location[] {
  const wanted = anchor.toLowerCase();
  const heading = model.headings.find((candidate) => candidate.id.toLowerCase() === wanted);
  const explicit = model.anchors.find((candidate) => candidate.id.toLowerCase() === wanted);
  const range = heading?.range ?? explicit?.range;
  const start = range ? toLspRange(range).start : { line: 0, character: 0 };
  return [{ uri: pathToUri(path), range: { start, end: start } }];
}
