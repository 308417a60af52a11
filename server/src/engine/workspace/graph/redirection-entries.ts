// The entries of a redirection file, with where each is written, as docfx v3 reads them:
// `redirections` is an array of objects (`source_path` or `source_path_from_root`, `redirect_url`,
// `redirect_document_id`, `monikers`) or an object mapping a source path to a URL; `renames` is an
// object mapping a source path to a URL whose document id moves with it.
import { parseTree, type Node, type ParseError } from 'jsonc-parser';

export interface RedirectionEntry {
  sourcePath: string | undefined;
  sourcePathFromRoot: string | undefined;
  url: string | undefined;
  /** `redirect_document_id: true` (docfx also takes the string "true"), or an entry of `renames`. */
  documentId: boolean;
  /** The entry's monikers, sorted and joined: docfx keys a redirect by its source and its monikers. */
  monikers: string;
  /** Offsets of the source path as written (the string value, quotes included). */
  sourceAt: [number, number];
  /** Offsets of the redirect URL as written, or of the source when the entry has none. */
  urlAt: [number, number];
}

/** Every entry of a redirection file's text; undefined when the text is not JSON (a damaged file is not used). */
export function readRedirectionEntries(text: string): RedirectionEntry[] | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || root?.type !== 'object') return undefined;
  const entries: RedirectionEntry[] = [];
  const redirections = propertyValue(root, 'redirections');
  if (redirections?.type === 'array') {
    for (const item of redirections.children ?? []) {
      if (item.type !== 'object') continue;
      const sourcePath = propertyValue(item, 'source_path');
      const fromRoot = propertyValue(item, 'source_path_from_root');
      const url = propertyValue(item, 'redirect_url');
      const source = sourcePath ?? fromRoot ?? item;
      entries.push({
        sourcePath: stringOf(sourcePath),
        sourcePathFromRoot: stringOf(fromRoot),
        url: stringOf(url),
        documentId: isTrue(propertyValue(item, 'redirect_document_id')),
        monikers: monikersOf(propertyValue(item, 'monikers')),
        sourceAt: rangeOf(source),
        urlAt: rangeOf(url ?? source),
      });
    }
  } else if (redirections?.type === 'object') {
    entries.push(...mapEntries(redirections, false));
  }
  const renames = propertyValue(root, 'renames');
  if (renames?.type === 'object') entries.push(...mapEntries(renames, true));
  return entries;
}

function mapEntries(map: Node, documentId: boolean): RedirectionEntry[] {
  const entries: RedirectionEntry[] = [];
  for (const property of map.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key) continue;
    entries.push({
      sourcePath: stringOf(key),
      sourcePathFromRoot: undefined,
      url: stringOf(value),
      documentId,
      monikers: '',
      sourceAt: rangeOf(key),
      urlAt: rangeOf(value ?? key),
    });
  }
  return entries;
}

function propertyValue(object: Node, name: string): Node | undefined {
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.value === name) return value;
  }
  return undefined;
}

function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

function isTrue(node: Node | undefined): boolean {
  if (node?.type === 'boolean') return node.value === true;
  return node?.type === 'string' && (node.value as string).trim().toLowerCase() === 'true';
}

function monikersOf(node: Node | undefined): string {
  if (node?.type === 'string') return (node.value as string).trim().toLowerCase();
  if (node?.type !== 'array') return '';
  return (node.children ?? [])
    .filter((child) => child.type === 'string')
    .map((child) => (child.value as string).trim().toLowerCase())
    .sort()
    .join(',');
}

function rangeOf(node: Node): [number, number] {
  return [node.offset, node.offset + node.length];
}
