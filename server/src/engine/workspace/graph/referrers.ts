// Who points at a file, or at one of its headings: the links, images and includes whose destination
// resolves to it. Find all references, renaming a heading and moving a file read the same answer.
// The index's linker and includer edges name the candidates; each candidate is then parsed in full,
// so what is returned is exactly what the rules check (the index's scan is only an approximation).
import { joinPath } from '../../fs/file-system.js';
import type { DocumentModel } from '../../parse/document.js';
import type { Range } from '../../types.js';
import type { WorkspaceIndex } from '../index.js';
import type { Target } from './site.js';

export interface Referrer {
  /** The file that holds the reference. */
  path: string;
  kind: 'link' | 'image' | 'include';
  /** The destination as written. */
  written: string;
  /** Where the destination is written. */
  range: Range;
  /** The anchor (after `#`) and where it is written, when the destination has one. */
  anchor?: { id: string; range: Range };
}

export interface ReferrerSources {
  index: WorkspaceIndex;
  /** The current text of a file, parsed (open editor buffers first); undefined when it cannot be read. */
  readModel(path: string): DocumentModel | undefined;
  /** The docset URL mapping configured for a file (`ResolvedConfig.docsets`). */
  docsetsOf(path: string): Record<string, string> | undefined;
}

/** Every reference in the workspace to `target` (an absolute path), the file's own `#anchor` links included. */
export function referrersOf(sources: ReferrerSources, target: string): Referrer[] {
  const { index } = sources;
  const wanted = target.toLowerCase();
  const candidates = new Set([target, ...index.linkersOf(target), ...index.includersOf(target)]);
  const found: Referrer[] = [];
  for (const candidate of candidates) {
    const model = sources.readModel(candidate);
    if (!model) continue;
    const docsets = sources.docsetsOf(candidate);
    for (const destination of destinationsIn(model)) {
      const resolved = index.resolve(candidate, destination.written, docsets);
      const file = resolved.kind === 'same-file' ? candidate : fileOf(index, resolved);
      if (file?.toLowerCase() !== wanted) continue;
      found.push({ path: candidate, ...destination, ...anchorOf(model, destination) });
    }
  }
  return found;
}

/** The references to one heading (or explicit anchor) of `target`, compared as Learn does: without regard to case. */
export function referrersOfAnchor(sources: ReferrerSources, target: string, anchorId: string): Referrer[] {
  const wanted = anchorId.toLowerCase();
  return referrersOf(sources, target).filter((referrer) => referrer.anchor?.id.toLowerCase() === wanted);
}

interface WrittenDestination {
  kind: Referrer['kind'];
  written: string;
  range: Range;
}

/** Includes first: the `[t](d)` inside `[!INCLUDE …]` is not a link of its own. */
function destinationsIn(model: DocumentModel): WrittenDestination[] {
  const within = (outer: Range, inner: Range) => outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
  return [
    ...model.includes
      .filter((include) => include.wellFormed)
      .map((include): WrittenDestination => ({ kind: 'include', written: include.path, range: include.pathRange })),
    ...model.images.map((image): WrittenDestination => ({ kind: 'image', written: image.source, range: image.sourceRange })),
    ...model.links
      .filter((link) => link.kind !== 'reference' && !model.includes.some((include) => within(include.range, link.urlRange)))
      .map((link): WrittenDestination => ({ kind: 'link', written: link.url, range: link.urlRange })),
  ];
}

/** The file a resolved destination names, trying `x`, `x.md` and `x/index.md` as the build does. */
export function fileOf(index: WorkspaceIndex, target: Target): string | undefined {
  const path = target.kind === 'path' || target.kind === 'site' || target.kind === 'outside-docset' ? target.path : undefined;
  if (!path) return undefined;
  for (const candidate of [path, path + '.md', joinPath(path, 'index.md')]) {
    const found = index.lookup(candidate);
    if (found?.kind === 'file') return found.path;
  }
  return undefined;
}

function anchorOf(model: DocumentModel, destination: WrittenDestination): Pick<Referrer, 'anchor'> {
  const hash = destination.written.indexOf('#');
  if (hash === -1) return {};
  // The range covers the destination as written; where it does not (an unusual form), no anchor range is claimed.
  const { start, end } = destination.range;
  if (model.text.slice(start.offset, end.offset) !== destination.written) return {};
  const id = destination.written.slice(hash + 1);
  const anchorStart = start.offset + hash + 1;
  return { anchor: { id, range: model.lines.range(anchorStart, anchorStart + id.length) } };
}
