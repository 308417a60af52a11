// What moving files means for the repository: every link, image and include that points to a moved
// file is rewritten to its new place, the moved files' own relative destinations are rewritten from
// their new folder, and a published article gets a redirection entry that keeps its old URL working.
// A plan, not an action: the CLI (`guidance-lint mv`) writes it, the editor returns it as the
// WorkspaceEdit of workspace/willRenameFiles.
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { dirname, isInside, joinPath, relativePath } from '../fs/file-system.js';
import type { DocumentModel } from '../parse/document.js';
import type { TextEdit } from '../types.js';
import { referrersOf, type ReferrerSources } from './graph/referrers.js';
import { classifyDestination } from './graph/urls.js';
import type { WorkspaceIndex } from './index.js';

export interface FileMove {
  from: string;
  to: string;
}

export interface RedirectionEntry {
  source_path_from_root: string;
  redirect_url: string;
  redirect_document_id: boolean;
}

export interface MovePlan {
  /** Text edits by the path each file has before the move, in no particular order within a file. */
  edits: Map<string, TextEdit[]>;
  /** The redirection file to write and its whole new text, when a published article moves. */
  redirection?: { path: string; created: boolean; text: string; entries: RedirectionEntry[] };
  /** What the plan leaves as it is, in a writer's words. */
  notes: string[];
}

export interface MoveSources extends ReferrerSources {
  /** The repository root a redirection's `source_path_from_root` is relative to. */
  repositoryRootOf(path: string): string | undefined;
  /** The Learn build publishes this file as an article (in the build scope, not an include or a TOC). */
  isPublishedArticle(path: string): boolean;
  /** The site path a file is published at (`/power-platform/guidance/plan`), when the docset's URL is known. */
  sitePathOf(path: string): string | undefined;
  /** The folder `~/` means for a file. */
  docsetRootOf(path: string): string | undefined;
  /** Current text of a file, undefined when it does not exist. */
  readText(path: string): string | undefined;
}

export interface MoveOptions {
  /** Add redirection entries for published articles (default true). */
  redirect?: boolean;
}

/** A file, or every file under a folder, moved from `from` to `to` (the index knows which it is). */
export function expandMove(index: WorkspaceIndex, from: string, to: string): FileMove[] {
  const found = index.lookup(from);
  if (found?.kind === 'file') return [{ from: found.path, to }];
  if (found?.kind !== 'directory') return [];
  return index
    .allFiles()
    .filter((file) => isInside(file, found.path) && file !== found.path)
    .map((file) => ({ from: file, to: joinPath(to, relativePath(found.path, file)) }));
}

const REDIRECTION_FILE = '.openpublishing.redirection.json';
const JSON_FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

export function planMoves(sources: MoveSources, moves: FileMove[], options: MoveOptions = {}): MovePlan {
  const moved = new Map(moves.map((move) => [move.from.toLowerCase(), move.to]));
  const newPathOf = (path: string) => moved.get(path.toLowerCase()) ?? path;
  const edits = new Map<string, Map<number, TextEdit>>();
  const notes: string[] = [];
  const addEdit = (path: string, edit: TextEdit) => {
    const forFile = edits.get(path) ?? new Map<number, TextEdit>();
    forFile.set(edit.start, edit);
    edits.set(path, forFile);
  };

  // Links to each moved file, from anywhere (moved files included).
  for (const move of moves) {
    for (const referrer of referrersOf(sources, move.from)) {
      const rewritten = rewriteDestination(sources, referrer.written, newPathOf(referrer.path), move.to);
      if (rewritten === 'site-path') notes.push(siteNote(referrer.path, move.from));
      else if (rewritten !== undefined && rewritten !== referrer.written)
        addEdit(referrer.path, { start: referrer.range.start.offset, end: referrer.range.end.offset, newText: rewritten });
    }
  }
  // Each moved file's own relative destinations to files that stay, now seen from its new folder.
  for (const move of moves) {
    const model = sources.readModel(move.from);
    if (!model) continue;
    for (const destination of destinationsOf(model)) {
      if (classifyDestination(destination.written).kind !== 'relative') continue;
      const resolved = sources.index.resolve(move.from, destination.written, sources.docsetsOf(move.from));
      if (resolved.kind !== 'path') continue;
      const target = existingFile(sources, resolved.path);
      if (!target || moved.has(target.toLowerCase())) continue; // a moved target was handled above
      const rewritten = rewriteDestination(sources, destination.written, move.to, target);
      if (rewritten !== undefined && rewritten !== 'site-path' && rewritten !== destination.written)
        addEdit(move.from, { start: destination.start, end: destination.end, newText: rewritten });
    }
  }

  const plan: MovePlan = {
    edits: new Map([...edits].map(([path, byStart]) => [path, [...byStart.values()]])),
    notes: [...new Set(notes)],
  };
  if (options.redirect !== false) {
    const redirection = redirectionFor(sources, moves);
    if (redirection) plan.redirection = redirection;
  }
  return plan;
}

interface OwnDestination {
  written: string;
  start: number;
  end: number;
}

function destinationsOf(model: DocumentModel): OwnDestination[] {
  const inside = (outer: { start: { offset: number }; end: { offset: number } }, offset: number) =>
    outer.start.offset <= offset && offset <= outer.end.offset;
  const asWritten = (written: string, range: { start: { offset: number }; end: { offset: number } }) =>
    model.text.slice(range.start.offset, range.end.offset) === written
      ? [{ written, start: range.start.offset, end: range.end.offset }]
      : [];
  return [
    ...model.includes.filter((include) => include.wellFormed).flatMap((include) => asWritten(include.path, include.pathRange)),
    ...model.images.flatMap((image) => asWritten(image.source, image.sourceRange)),
    ...model.links
      .filter((link) => link.kind !== 'reference' && !model.includes.some((include) => inside(include.range, link.urlRange.start.offset)))
      .flatMap((link) => asWritten(link.url, link.urlRange)),
  ];
}

function existingFile(sources: MoveSources, path: string): string | undefined {
  for (const candidate of [path, path + '.md', joinPath(path, 'index.md')]) {
    const found = sources.index.lookup(candidate);
    if (found?.kind === 'file') return found.path;
  }
  return undefined;
}

/**
 * The destination written in `source` (at its new place) for `target` (at its new place), in the
 * form it was written: relative stays relative, `~/` stays `~/`, and `.md`, a leading `./`, the
 * query and the anchor are kept. A site-relative path is left alone: the redirect keeps it working.
 */
function rewriteDestination(sources: MoveSources, written: string, source: string, target: string): string | undefined | 'site-path' {
  const split = /[?#]/.exec(written);
  const pathPart = split ? written.slice(0, split.index) : written;
  const suffix = split ? written.slice(split.index) : '';
  const kind = classifyDestination(written).kind;
  if (kind === 'site') return 'site-path';
  let path: string;
  if (kind === 'relative') {
    path = relativePath(dirname(source), target);
    if (pathPart.startsWith('./') && !path.startsWith('../')) path = './' + path;
  } else if (kind === 'docset-root') {
    const root = sources.docsetRootOf(target);
    if (!root || !isInside(target, root)) return undefined;
    path = '~/' + relativePath(root, target);
  } else return undefined;
  if (!/\.md$/i.test(pathPart) && /\.md$/i.test(path) && /\.md$/i.test(target)) path = path.replace(/\.md$/i, '');
  if (pathPart.includes('\\')) return undefined; // rare, and its separators are the writer's to fix (link-backslash)
  return encodeSpaces(path) + suffix;
}

/** Learn destinations cannot hold a space: `%20`, as the link rules ask. */
function encodeSpaces(path: string): string {
  return path.replace(/ /g, '%20');
}

function siteNote(referrer: string, from: string): string {
  return `${referrer}: its site-relative link to ${from} is left as it is; the redirection entry keeps it working.`;
}

function redirectionFor(sources: MoveSources, moves: FileMove[]): MovePlan['redirection'] {
  const articles = moves.filter((move) => sources.isPublishedArticle(move.from));
  if (articles.length === 0) return undefined;
  const root = sources.repositoryRootOf(articles[0]!.from);
  if (!root) return undefined;
  const path = redirectionFilePath(sources, root);
  const existing = sources.readText(path);
  const entries = articles.map(
    (move): RedirectionEntry => ({
      source_path_from_root: '/' + relativePath(root, move.from),
      redirect_url: redirectUrl(sources, move),
      redirect_document_id: true,
    }),
  );
  let text = existing ?? '{\n  "redirections": []\n}\n';
  for (const entry of entries) {
    text = applyEdits(text, modify(text, ['redirections', -1], entry, { formattingOptions: JSON_FORMAT, isArrayInsertion: true }));
  }
  return { path, created: existing === undefined, text, entries };
}

/** The redirection file beside the repository root, or the one already there. */
function redirectionFilePath(sources: MoveSources, root: string): string {
  const files = sources.index.redirects.files().filter((file) => isInside(file, root));
  return files.find((file) => dirname(file) === root) ?? files[0] ?? joinPath(root, REDIRECTION_FILE);
}

/** The new page's site path when the docset's URL is known; else relative to the old page's URL, which the build reads the same way. */
function redirectUrl(sources: MoveSources, move: FileMove): string {
  const site = sources.sitePathOf(move.to);
  if (site) return site;
  return encodeSpaces(relativePath(dirname(move.from), move.to).replace(/\.md$/i, ''));
}
