// Where readers of a redirected reference land, written for the document that holds the reference:
// link-redirected and toc-redirected read a redirect the same way and propose the same replacement.
import type { ResolvedConfig } from '../config/config.js';
import { dirname, isInside, relativePath } from '../fs/file-system.js';
import type { TextEdit } from '../types.js';
import type { WorkspaceIndex } from '../workspace/index.js';
import type { RedirectTarget, ResolvedRedirect } from '../workspace/graph/redirects.js';
import type { ReferenceCheck } from '../workspace/graph/references.js';

/** A redirected reference as both rules report it. */
export interface RedirectedReference {
  /** The destination as written, path to anchor. */
  at: [number, number];
  /** The redirection file of the first hop, relative to its workspace folder. */
  file: string;
  /** The redirect URLs followed, quoted, joined with ", then ". */
  hops: string;
  /** Where readers land, written for this document, and the edit that writes it; undefined when the redirects go in a circle. */
  replacement?: { newText: string; edit: TextEdit; toFile: boolean };
}

export function readRedirect(
  check: ReferenceCheck,
  redirect: ResolvedRedirect,
  from: string,
  index: WorkspaceIndex,
  config: ResolvedConfig,
): RedirectedReference {
  const at: [number, number] = [check.at[0] + check.destination.pathStart, destinationEnd(check)];
  const first = redirect.chain[0]!;
  const file = relativePath(index.site.workspaceFolderOf(first.file) ?? dirname(first.file), first.file);
  const hops = redirect.chain.map((hop) => `"${hop.url}"`).join(', then ');
  if (redirect.target.kind === 'circular') return { at, file, hops };
  const newText = replacementFor(check, redirect.target, from, index, config.docsets);
  return { at, file, hops, replacement: { newText, edit: { start: at[0], end: at[1], newText }, toFile: redirect.target.kind === 'file' } };
}

/** End of the destination as written (path, `?query` and `#anchor`). */
export function destinationEnd(check: ReferenceCheck): number {
  return check.at[0] + check.written.trimEnd().length;
}

/** Where readers land, written for this document: a relative path into this repository, else a site path or URL. */
export function replacementFor(
  check: ReferenceCheck,
  target: Exclude<RedirectTarget, { kind: 'circular' }>,
  from: string,
  index: WorkspaceIndex,
  configured: Record<string, string>,
): string {
  const { destination } = check;
  const writtenEnd = destinationEnd(check) - check.at[0];
  const writtenQueryEnd = destination.anchorStart === -1 ? writtenEnd : destination.anchorStart - 1;
  const writtenQuery = check.written.slice(destination.pathStart + destination.rawPath.length, writtenQueryEnd);
  const anchorOf = (anchor: string | undefined): string => {
    if (anchor === undefined) return '';
    // The writer's own anchor is kept as written; one from a redirect URL is escaped for Markdown.
    if (anchor === destination.anchor && destination.anchorStart !== -1)
      return '#' + check.written.slice(destination.anchorStart, destination.anchorEnd);
    return '#' + encodeSpaces(anchor);
  };
  switch (target.kind) {
    case 'file':
      return encodeSpaces(pathFor(from, target.path, destination.kind, index, configured)) + writtenQuery + anchorOf(target.anchor);
    case 'site':
      return encodeSpaces(target.sitePath) + (target.query || writtenQuery) + anchorOf(target.anchor);
    case 'path':
      return encodeSpaces(relativePath(dirname(from), target.path)) + (target.query || writtenQuery) + anchorOf(target.anchor);
    case 'url':
      return target.url.includes('#') ? target.url : target.url + anchorOf(target.anchor);
  }
}

/**
 * A file of this repository as this document should name it: relative within the docset (`~/` when
 * the writer used it), a site path when it is published from another docset whose site path is known.
 */
function pathFor(
  from: string,
  file: string,
  style: ReferenceCheck['destination']['kind'],
  index: WorkspaceIndex,
  configured: Record<string, string>,
): string {
  const root = index.site.docsetRootOf(from);
  if (root && !isInside(file, root)) {
    const targetRoot = index.site.docsetRootOf(file);
    const base = targetRoot ? index.site.siteBaseOf(targetRoot, index.site.docsetMap(file, configured)) : undefined;
    if (targetRoot && base)
      return (
        base +
        relativePath(targetRoot, file)
          .replace(/(^|\/)index\.(md|yml)$/i, '$1')
          .replace(/\.(md|yml)$/i, '')
      );
  }
  if (style === 'docset-root' && root) return '~/' + relativePath(root, file);
  return relativePath(dirname(from), file);
}

function encodeSpaces(text: string): string {
  return text.replace(/ /g, '%20');
}
