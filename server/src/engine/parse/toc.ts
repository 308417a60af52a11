// Tables of contents as the Learn build reads them (docfx v3 TocParser and TocLoader): `toc.yml` and
// `toc.json` hold a list of entries (or a map whose `items` is that list), each with `name`,
// `displayName`, `href`, `topicHref`, `tocHref`, `uid` and nested `items`; `toc.md` is a list of
// ATX headings, each holding a single link, an xref or plain text, whose levels give the nesting.
// The model keeps the exact offsets of every value, so TOC rules point at what they report.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Heading, Link, PhrasingContent } from 'mdast';
import { isMap, isScalar, isSeq, LineCounter, parseDocument as parseYaml, type Node as YamlNode, type Pair } from 'yaml';
import type { DocumentModel, LinkInfo } from './document.js';
import { plainDocument } from './document.js';
import { LineIndex } from './text.js';

export type TocFormat = 'yaml' | 'json' | 'markdown';

/** A written value and the offsets of the value itself (inside quotes, when quoted). */
export interface TocValue {
  value: string;
  at: [number, number];
}

export type TocReferenceKey = 'href' | 'topicHref' | 'tocHref';

export interface TocEntry {
  /** The whole entry (a YAML map, a JSON object, a Markdown heading line). */
  at: [number, number];
  name?: TocValue;
  href?: TocValue;
  topicHref?: TocValue;
  tocHref?: TocValue;
  uid?: TocValue;
  /** toc.md only: the heading level. */
  level?: number;
  items: TocEntry[];
}

export interface TocProblem {
  message: string;
  at: [number, number];
  /** Milder than the rule's severity (a duplicate key is a warning in the build). */
  severity?: 'warning';
}

export interface TocLevelSkip {
  from: number;
  to: number;
  at: [number, number];
}

export interface TocModel {
  format: TocFormat;
  entries: TocEntry[];
  /** Text the build cannot read as a TOC: syntax errors, a wrong shape, a non-heading line in toc.md. */
  syntax: TocProblem[];
  /** toc.md headings whose level skips one (`#` then `###`), or rises above the first heading's. */
  levelSkips: TocLevelSkip[];
}

const TOC_NAME = /(?:^|\/)toc\.(md|yml|json)$/i;
const STRING_KEYS = ['name', 'displayName', 'href', 'topicHref', 'tocHref', 'uid', 'topicUid'] as const;

/** `toc.md`, `toc.yml` or `toc.json` in any letter case: the names the build reads as a table of contents. */
export function tocFormatOf(path: string): TocFormat | undefined {
  const extension = TOC_NAME.exec(path)?.[1]?.toLowerCase();
  return extension === 'md' ? 'markdown' : extension === 'yml' ? 'yaml' : extension === 'json' ? 'json' : undefined;
}

/** Every entry of a TOC, depth first in document order. */
export function* tocEntries(entries: readonly TocEntry[]): Generator<TocEntry> {
  const pending = [...entries].reverse();
  while (pending.length > 0) {
    const entry = pending.pop()!;
    yield entry;
    for (let index = entry.items.length - 1; index >= 0; index--) pending.push(entry.items[index]!);
  }
}

export function tocReferences(entry: TocEntry): Array<[TocReferenceKey, TocValue]> {
  const references: Array<[TocReferenceKey, TocValue]> = [];
  for (const key of ['href', 'topicHref', 'tocHref'] as const) {
    const value = entry[key];
    if (value && value.value !== '') references.push([key, value]);
  }
  return references;
}

const modelsByDocument = new WeakMap<DocumentModel, TocModel>();

/** The TOC model of a TOC document (parsed with `parseTocDocument`, or a parsed toc.md); undefined for other files. */
export function tocOf(document: DocumentModel): TocModel | undefined {
  const cached = modelsByDocument.get(document);
  if (cached) return cached;
  if (tocFormatOf(document.path) !== 'markdown') return undefined;
  const model = markdownToc(document);
  modelsByDocument.set(document, model);
  return model;
}

/**
 * A `toc.yml` or `toc.json` as a document model: its text and lines, no Markdown, and its references
 * as links (so links are resolved and checked the same way as an article's). `tocOf` returns its TOC.
 */
export function parseTocDocument(path: string, text: string): DocumentModel {
  const lines = new LineIndex(text);
  const toc = tocFormatOf(path) === 'json' ? jsonToc(text) : yamlToc(text);
  const links: LinkInfo[] = [];
  for (const entry of tocEntries(toc.entries)) {
    for (const [, reference] of tocReferences(entry)) {
      links.push({
        kind: 'inline',
        url: reference.value,
        urlRange: lines.range(reference.at[0], reference.at[1]),
        text: entry.name?.value ?? '',
        range: lines.range(entry.at[0], entry.at[1]),
      });
    }
  }
  const document: DocumentModel = { ...plainDocument(path, text, lines), links };
  modelsByDocument.set(document, toc);
  return document;
}

// ---- YAML --------------------------------------------------------------------------------

function yamlToc(text: string): TocModel {
  const model: TocModel = { format: 'yaml', entries: [], syntax: [], levelSkips: [] };
  const parsed = parseYaml(text, { lineCounter: new LineCounter(), uniqueKeys: true });
  for (const error of parsed.errors) {
    // The position is the finding's range: the message keeps only what went wrong.
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // The build reads a TOC with a repeated key (the last one wins) and warns.
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^[^\s:]*/.exec(text.slice(error.pos[0]))![0];
      model.syntax.push({
        message: `${message}: the build uses the last value.`,
        at: [error.pos[0], error.pos[0] + key.length],
        severity: 'warning',
      });
    } else model.syntax.push({ message, at: unclosedQuote(text, error.code, message) ?? error.pos });
  }
  if (parsed.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return model;
  model.entries = yamlItems(parsed.contents, model, true);
  return model;
}

/** An unclosed quote is reported where the text ends; the writer needs the line where it opens. */
function unclosedQuote(text: string, code: string, message: string): [number, number] | undefined {
  if (code !== 'MISSING_CHAR') return undefined;
  const quote = message.includes('"quote') ? '"' : message.includes("'quote") ? "'" : undefined;
  if (!quote) return undefined;
  // The open quote ran to the end of the text, so no quote after it closed it: it is the last one.
  const start = text.lastIndexOf(quote);
  if (start === -1) return undefined;
  const lineEnd = text.indexOf('\n', start);
  return [start, lineEnd === -1 ? text.length : lineEnd];
}

function yamlItems(node: YamlNode | null, model: TocModel, root: boolean): TocEntry[] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (root && isMap(node)) {
    // A map at the root is the TOC itself: its `items` are the entries.
    const items = node.items.find((pair) => yamlKey(pair) === 'items');
    return items ? yamlItems(items.value as YamlNode | null, model, false) : [];
  }
  if (!isSeq(node)) {
    model.syntax.push({ message: root ? 'A TOC must be a list of entries.' : '"items" must be a list of entries.', at: yamlRange(node) });
    return [];
  }
  const entries: TocEntry[] = [];
  for (const item of node.items) {
    if (!isMap(item)) {
      model.syntax.push({ message: 'A TOC entry must be a map of keys (name, href, items…).', at: yamlRange(item as YamlNode) });
      continue;
    }
    const entry: TocEntry = { at: yamlRange(item), items: [] };
    for (const pair of item.items) {
      const key = yamlKey(pair);
      const value = pair.value as YamlNode | null;
      if (key === 'items') entry.items = yamlItems(value, model, false);
      else if (isStringKey(key)) readYamlString(entry, key, value, model);
    }
    entries.push(entry);
  }
  return entries;
}

function readYamlString(entry: TocEntry, key: (typeof STRING_KEYS)[number], node: YamlNode | null, model: TocModel): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isScalar(node) || typeof node.value === 'object') {
    model.syntax.push({ message: `"${key}" must be text.`, at: yamlRange(node) });
    return;
  }
  const [start, end] = yamlRange(node);
  // The value inside its quotes, so a fix or a completion edits the path alone.
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const value: TocValue = { value: String(node.value), at: quoted ? [start + 1, Math.max(start + 1, end - 1)] : [start, end] };
  setValue(entry, key, value);
}

function yamlKey(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

function yamlRange(node: YamlNode): [number, number] {
  const range = node.range;
  return range ? [range[0], range[1]] : [0, 0];
}

// ---- JSON --------------------------------------------------------------------------------

function jsonToc(text: string): TocModel {
  const model: TocModel = { format: 'json', entries: [], syntax: [], levelSkips: [] };
  const errors: ParseError[] = [];
  // Comments and trailing commas are read by the build's JSON reader too.
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  // After the first error the parser's guesses cascade: the first one is the one to fix.
  const error = errors[0];
  if (error)
    model.syntax.push({
      message: `JSON syntax error: ${describeJsonError(printParseErrorCode(error.error))}.`,
      at: [error.offset, error.offset + error.length],
    });
  if (errors.length > 0 || !root) return model;
  model.entries = jsonItems(root, model, true);
  return model;
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function jsonItems(node: JsonNode, model: TocModel, root: boolean): TocEntry[] {
  if (node.type === 'null') return [];
  if (root && node.type === 'object') {
    const items = node.children?.find((property) => property.children?.[0]?.value === 'items')?.children?.[1];
    return items ? jsonItems(items, model, false) : [];
  }
  if (node.type !== 'array') {
    model.syntax.push({ message: root ? 'A TOC must be a list of entries.' : '"items" must be a list of entries.', at: jsonRange(node) });
    return [];
  }
  const entries: TocEntry[] = [];
  for (const item of node.children ?? []) {
    if (item.type !== 'object') {
      model.syntax.push({ message: 'A TOC entry must be an object of keys (name, href, items…).', at: jsonRange(item) });
      continue;
    }
    const entry: TocEntry = { at: jsonRange(item), items: [] };
    const seen = new Set<string>();
    for (const property of item.children ?? []) {
      const [keyNode, value] = property.children ?? [];
      const key = typeof keyNode?.value === 'string' ? keyNode.value : undefined;
      if (!key || !value) continue;
      if (seen.has(key)) {
        model.syntax.push({
          message: `Map keys must be unique ("${key}" again): the build uses the last value.`,
          at: jsonRange(keyNode!),
          severity: 'warning',
        });
      }
      seen.add(key);
      if (key === 'items') entry.items = jsonItems(value, model, false);
      else if (isStringKey(key) && value.type !== 'null') {
        if (value.type !== 'string') model.syntax.push({ message: `"${key}" must be text.`, at: jsonRange(value) });
        // Inside the quotes; escapes make the written text longer than the value, so the range is the written one.
        else setValue(entry, key, { value: String(value.value), at: [value.offset + 1, value.offset + value.length - 1] });
      }
    }
    entries.push(entry);
  }
  return entries;
}

function jsonRange(node: JsonNode): [number, number] {
  return [node.offset, node.offset + node.length];
}

// ---- Markdown ----------------------------------------------------------------------------

function markdownToc(document: DocumentModel): TocModel {
  const model: TocModel = { format: 'markdown', entries: [], syntax: [], levelSkips: [] };
  // The nesting is built the build's way: the first heading's parent level is one above it; a
  // heading deeper than its parent by more than one, or above the root, is reported and left out.
  const stack: Array<{ level: number; entry: TocEntry | undefined }> = [];
  // A docset's TOC.md can hold tens of thousands of links: each heading finds its own by offset.
  const linksByStart = new Map(document.links.map((link) => [link.range.start.offset, link]));
  for (const block of document.tree.children) {
    if (block.type === 'yaml' || (block.type === 'html' && /^\s*<!--/.test(block.value))) continue;
    const at = offsetsOf(block);
    if (block.type !== 'heading') {
      const hashes = /^#{7,}/.exec(document.text.slice(at[0], at[1]))?.[0].length;
      model.syntax.push({
        message: hashes
          ? `A heading has at most six "#" (this line has ${hashes}): the build reads the line as text, not as a TOC entry.`
          : 'Each line of a Markdown TOC must be a heading ("# ", "## "…) with one link, one xref or plain text.',
        at,
      });
      continue;
    }
    const entry = markdownEntry(block, linksByStart, model);
    if (!entry) continue;
    if (stack.length === 0) stack.push({ level: block.depth - 1, entry: undefined });
    while (stack.length > 0 && stack[stack.length - 1]!.level >= block.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent || block.depth !== parent.level + 1) model.levelSkips.push({ from: parent?.level ?? 0, to: block.depth, at });
    else if (parent.entry) parent.entry.items.push(entry);
    else model.entries.push(entry);
    stack.push({ level: block.depth, entry });
  }
  return model;
}

function markdownEntry(heading: Heading, linksByStart: ReadonlyMap<number, LinkInfo>, model: TocModel): TocEntry | undefined {
  const at = offsetsOf(heading);
  const entry: TocEntry = { at, level: heading.depth, items: [] };
  const inlines = heading.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const link = inlines.find((child): child is Link => child.type === 'link');
  if (link && inlines.length > 1) {
    model.syntax.push({ message: 'A TOC heading holds one link, one xref or plain text, not a link among other text.', at });
    return undefined;
  }
  if (link) {
    const info = linksByStart.get(link.position?.start.offset ?? -1);
    const text = plainText(link.children);
    if (text) entry.name = { value: text, at: offsetsOf(link) };
    if (info && link.url !== '') {
      const target: TocValue = { value: info.url, at: [info.urlRange.start.offset, info.urlRange.end.offset] };
      if (/^xref:/i.test(info.url)) entry.uid = target;
      else entry.href = target;
    }
    return entry;
  }
  const text = plainText(heading.children);
  const xref = /^@(\S+)$/.exec(text) ?? /^<xref:([^>]+)>$/.exec(text);
  if (xref) entry.uid = { value: xref[1]!, at };
  else if (text) entry.name = { value: text, at };
  return entry;
}

function plainText(children: PhrasingContent[]): string {
  let text = '';
  for (const child of children) {
    if ('value' in child) text += child.value;
    else if ('children' in child) text += plainText(child.children as PhrasingContent[]);
  }
  return text.trim();
}

function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

function isStringKey(key: string | undefined): key is (typeof STRING_KEYS)[number] {
  return (STRING_KEYS as readonly (string | undefined)[]).includes(key);
}

function setValue(entry: TocEntry, key: (typeof STRING_KEYS)[number], value: TocValue): void {
  // `topicUid` is the older spelling of `uid`; `displayName` only changes what the site shows.
  if (key === 'topicUid') entry.uid ??= value;
  else if (key !== 'displayName') entry[key] = value;
}
