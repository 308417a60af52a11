// Parses a file once into the model every rule reads: the mdast tree plus the Learn constructs,
// links, headings and suppression comments, each with its exact range.
import type { Blockquote, Heading, Html, Nodes, Root, Text } from 'mdast';
// biome-ignore lint/suspicious/noShadowRestrictedNames: mdast-util-to-string's own name; a module import, never Object.prototype.toString
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { parseFrontMatter, type FrontMatter } from './front-matter.js';
import type { Range } from '../types.js';
import { htmlStartTags, type HtmlAttribute, type HtmlStartTag } from './html-tags.js';
import { findIncludes, findTripleColonBlocks, learnHeadingId, type Include, type TripleColonBlock } from './learn-syntax.js';
import { LineIndex } from './text.js';

export interface HeadingInfo {
  depth: number;
  text: string;
  /** Learn id, numbered when repeated (`setup`, `setup-1`…). */
  id: string;
  range: Range;
  /** `# [Tab name](#tab/id)`: a tab, not a section heading. */
  isTab: boolean;
  node: Heading;
}

export type LinkKind = 'inline' | 'reference' | 'definition' | 'autolink' | 'html';

export interface LinkInfo {
  kind: LinkKind;
  /** The destination as written in the source (escapes and percent-encoding kept). */
  url: string;
  /** Where the destination is written; for a reference, the label. */
  urlRange: Range;
  /** Visible text (for a definition, its label). */
  text: string;
  range: Range;
  /** For references and definitions: the normalised label. */
  label?: string;
  /** `[text][]` or `[text]` style references. */
  referenceType?: 'full' | 'collapsed' | 'shortcut';
}

export interface ImageInfo {
  /** `video`: a `<video>` element's `src` or `poster`, a media file like an image. */
  kind: 'markdown' | 'triple-colon' | 'html' | 'video';
  source: string;
  sourceRange: Range;
  alt: string | undefined;
  range: Range;
}

export interface Alert {
  /** The word inside `[!…]` as written. */
  type: string;
  typeRange: Range;
  /** `[!TYPE]` with its brackets. */
  markerRange: Range;
  /** Nothing but the marker on its line (within the blockquote). */
  markerAlone: boolean;
  hasBody: boolean;
  blockquote: Blockquote;
  range: Range;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  ruleIds: string[];
  /** Where each id is written, for reporting unknown ids. */
  ruleIdRanges: Range[];
  range: Range;
}

export interface AnchorInfo {
  id: string;
  range: Range;
}

export interface DocumentModel {
  /** Absolute path with forward slashes. */
  path: string;
  text: string;
  lines: LineIndex;
  tree: Root;
  frontMatter: FrontMatter | undefined;
  headings: HeadingInfo[];
  /** Explicit anchors: `<a name="x">`, `id="x"`. */
  anchors: AnchorInfo[];
  links: LinkInfo[];
  images: ImageInfo[];
  includes: Include[];
  alerts: Alert[];
  /** `> [!div class="…"]` markers: valid Learn syntax, not alerts. */
  divs: Range[];
  tripleColon: TripleColonBlock[];
  directives: Directive[];
  /** Sorted, non-overlapping [start, end) offsets of code blocks and code spans. */
  codeRanges: Array<[number, number]>;
  isInCode(offset: number): boolean;
}

/**
 * GFM tables, footnotes, strikethrough and task lists, but not autolink literals: that extension
 * examines every character and cost a quarter of all parsing time on a large docset. Bare URLs are
 * found by `BARE_URL` in text instead, for the link rules that care about them.
 */
function gfmWithoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.micromarkExtensions.push(gfmTable(), gfmFootnote(), gfmStrikethrough(), gfmTaskListItem());
  data.fromMarkdownExtensions ??= [];
  data.fromMarkdownExtensions.push(
    gfmTableFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmWithoutAutolinkLiterals);

/**
 * A file that is not Markdown (a redirection file, a toc.yml) still reaches the rules as a
 * DocumentModel, so ranges, suppressions and fixes work the same way: the text and its lines, and no
 * Markdown constructs, since none are parsed. The Markdown parser starts from it too.
 */
export function plainDocument(path: string, text: string, lines = new LineIndex(text)): DocumentModel {
  return {
    path,
    text,
    lines,
    tree: { type: 'root', children: [] },
    frontMatter: undefined,
    headings: [],
    anchors: [],
    links: [],
    images: [],
    includes: [],
    alerts: [],
    divs: [],
    tripleColon: [],
    directives: [],
    codeRanges: [],
    isInCode: () => false,
  };
}

/** An http(s) or www. URL in running text, as GFM would link it (trailing punctuation trimmed below). */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = '.,:;!?*_~\'"]';

const ALERT_MARKER = /^\[!([A-Za-z][\w-]*)\]/;
const DIV_MARKER = /^\[!div(?:\s[^\]]*)?\]/i;
const DIRECTIVE_START = /<!--\s*guidance-lint-(disable-next-line|disable-file|disable|enable)\b/g;

export function parseDocument(path: string, text: string): DocumentModel {
  const lines = new LineIndex(text);
  const tree = markdownParser.parse(text);
  const model: DocumentModel = { ...plainDocument(path, text, lines), tree, frontMatter: parseFrontMatter(text, lines) };
  const collector = new Collector(model);
  collector.visit(tree);
  model.codeRanges.sort((a, b) => a[0] - b[0]);
  model.isInCode = (offset) => isInRanges(model.codeRanges, offset);
  model.includes = findIncludes(text, lines, model.isInCode);
  model.tripleColon = findTripleColonBlocks(lines, model.isInCode);
  collectTripleColonImages(model);
  model.directives = findDirectives(model);
  numberHeadingIds(model.headings);
  return model;
}

class Collector {
  private readonly definitions = new Set<string>();

  constructor(private readonly model: DocumentModel) {}

  /** Walks the tree in document order without recursion: deeply nested input must not overflow the stack. */
  visit(root: Nodes): void {
    const pending: Array<{ node: Nodes; inLink: boolean }> = [{ node: root, inLink: false }];
    while (pending.length > 0) {
      const { node, inLink } = pending.pop()!;
      if (node.type === 'text' && !inLink) this.bareUrls(node);
      if (this.collect(node) && 'children' in node) {
        const childrenInLink = inLink || node.type === 'link' || node.type === 'linkReference';
        for (let index = node.children.length - 1; index >= 0; index--)
          pending.push({ node: node.children[index] as Nodes, inLink: childrenInLink });
      }
    }
  }

  /** URLs written bare in text, recorded as autolinks exactly as written. */
  private bareUrls(node: Text): void {
    if (!node.position || (!node.value.includes('://') && !node.value.includes('www.'))) return;
    const start = node.position.start.offset!;
    const source = this.model.text.slice(start, node.position.end.offset!);
    for (const match of source.matchAll(BARE_URL)) {
      const written = match[0];
      // Sentence punctuation ends the URL; a closing parenthesis only when the URL opened none for it.
      // Counted once and updated as the end moves back, so a URL followed by 900,000 `)` stays linear.
      let end = written.length;
      const opening = count(written, '(');
      let closing = count(written, ')');
      for (;;) {
        const last = written[end - 1]!;
        if (TRAILING_PUNCTUATION.includes(last)) end--;
        else if (last === ')' && opening < closing) {
          end--;
          closing--;
        } else break;
      }
      const url = written.slice(0, end);
      if (/^(?:https?:\/\/|www\.)$/i.test(url)) continue;
      const urlStart = start + match.index;
      const range = this.model.lines.range(urlStart, urlStart + url.length);
      this.model.links.push({ kind: 'autolink', url, urlRange: range, text: url, range });
    }
  }

  /** Records what a node contributes to the model; false when its children are not to be visited. */
  private collect(node: Nodes): boolean {
    const { model } = this;
    // Nodes without a position are synthesised by extensions (none of ours need them).
    if (!node.position) return false;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        model.codeRanges.push([node.position.start.offset!, node.position.end.offset!]);
        return false;
      case 'heading':
        this.heading(node);
        break;
      case 'blockquote':
        this.blockquote(node);
        break;
      case 'link': {
        const range = this.range(node);
        const textEnd = node.children.length > 0 ? node.children.at(-1)!.position!.end.offset! : range.start.offset + 1;
        const url = this.destination(textEnd, range.end.offset);
        const isAutolink = model.text[range.start.offset] !== '[';
        model.links.push({
          kind: isAutolink ? 'autolink' : 'inline',
          url: url ? url.text : node.url,
          urlRange: url ? model.lines.range(url.start, url.end) : range,
          text: toString(node),
          range,
        });
        break;
      }
      case 'linkReference': {
        const range = this.range(node);
        model.links.push({
          kind: 'reference',
          url: '',
          urlRange: range,
          text: toString(node),
          range,
          label: node.identifier,
          referenceType: node.referenceType,
        });
        break;
      }
      case 'definition': {
        const range = this.range(node);
        const colon = model.text.indexOf(']:', range.start.offset);
        const url = colon === -1 ? undefined : this.rawDestination(colon + 2, range.end.offset);
        this.definitions.add(node.identifier);
        model.links.push({
          kind: 'definition',
          url: url ? url.text : node.url,
          urlRange: url ? model.lines.range(url.start, url.end) : range,
          text: node.label ?? node.identifier,
          range,
          label: node.identifier,
        });
        break;
      }
      case 'image': {
        const range = this.range(node);
        const source = this.destination(range.start.offset, range.end.offset);
        model.images.push({
          kind: 'markdown',
          source: source ? source.text : node.url,
          sourceRange: source ? model.lines.range(source.start, source.end) : range,
          alt: node.alt ?? '',
          range,
        });
        break;
      }
      case 'html':
        this.html(node);
        break;
    }
    return true;
  }

  private heading(node: Heading): void {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const isTab = only?.type === 'link' && only.url.startsWith('#tab/');
    const text = toString(node);
    this.model.headings.push({ depth: node.depth, text, id: learnHeadingId(text), range: this.range(node), isTab, node });
  }

  private blockquote(node: Blockquote): void {
    const { model } = this;
    const first = node.children[0];
    if (first?.type !== 'paragraph') return;
    const start = first.position!.start.offset!;
    const paragraphText = model.text.slice(start, first.position!.end.offset!);
    if (DIV_MARKER.test(paragraphText)) {
      const marker = DIV_MARKER.exec(paragraphText)!;
      model.divs.push(model.lines.range(start, start + marker[0].length));
      return;
    }
    const marker = ALERT_MARKER.exec(paragraphText);
    if (!marker || /^include$/i.test(marker[1]!)) return;
    const markerEnd = start + marker[0].length;
    const lineOfMarker = model.lines.point(start).line;
    const restOfLine = model.text.slice(markerEnd, model.lines.lineEnd(lineOfMarker));
    const markerAlone = restOfLine.trim() === '';
    const bodyText = paragraphText.slice(marker[0].length).replace(/^[\s>]*/, '');
    model.alerts.push({
      type: marker[1]!,
      typeRange: model.lines.range(start + 2, markerEnd - 1),
      markerRange: model.lines.range(start, markerEnd),
      markerAlone,
      hasBody: bodyText.length > 0 || node.children.length > 1,
      blockquote: node,
      range: this.range(node),
    });
  }

  private html(node: Html): void {
    const { model } = this;
    const base = node.position!.start.offset!;
    const range = (start: number, end: number) => model.lines.range(base + start, base + end);
    const tags = htmlStartTags(node.value);
    for (const tag of tags) {
      for (const attribute of tag.attributes) {
        if (!attribute.quoted || !attribute.value) continue;
        if (tag.name === 'a' && attribute.name === 'name')
          model.anchors.push({ id: attribute.value, range: range(tag.start, attribute.end) });
        else if (attribute.name === 'id') model.anchors.push({ id: attribute.value, range: range(attribute.start, attribute.end) });
      }
    }
    for (const tag of tags) {
      const href = tag.name === 'a' ? quotedAttribute(tag, 'href') : undefined;
      if (!href) continue;
      const url = trimmedValue(href, base);
      model.links.push({
        kind: 'html',
        url: url.text,
        urlRange: model.lines.range(url.start, url.end),
        text: '',
        range: range(tag.start, href.end),
      });
    }
    for (const tag of tags) {
      const src = tag.name === 'img' && tag.closed ? quotedAttribute(tag, 'src') : undefined;
      if (!src) continue;
      const source = trimmedValue(src, base);
      model.images.push({
        kind: 'html',
        source: source.text,
        sourceRange: model.lines.range(source.start, source.end),
        alt: quotedAttribute(tag, 'alt')?.value,
        range: range(tag.start, tag.end),
      });
    }
    // `<video>` targets the build copies and checks like images: its `src` and its `poster` frame.
    for (const tag of tags) {
      if (tag.name !== 'video') continue;
      for (const attribute of tag.attributes) {
        if ((attribute.name !== 'src' && attribute.name !== 'poster') || !attribute.quoted) continue;
        const target = trimmedValue(attribute, base);
        if (target.text === '') continue;
        model.images.push({
          kind: 'video',
          source: target.text,
          sourceRange: model.lines.range(target.start, target.end),
          alt: undefined,
          range: range(tag.start, tag.end),
        });
      }
    }
  }

  /** The destination of `[text](dest "title")` that follows offset `from` (the end of the text). */
  private destination(from: number, end: number): { text: string; start: number; end: number } | undefined {
    const open = this.model.text.indexOf('](', from);
    if (open === -1 || open >= end) return undefined;
    return this.rawDestination(open + 2, end);
  }

  private rawDestination(from: number, end: number): { text: string; start: number; end: number } | undefined {
    const text = this.model.text;
    let start = from;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (text[start] === '<') {
      const close = text.indexOf('>', start);
      if (close === -1 || close > end) return undefined;
      return { text: text.slice(start + 1, close), start: start + 1, end: close };
    }
    let stop = start;
    let depth = 0;
    while (stop < end) {
      const char = text[stop]!;
      if (char === '\\') {
        stop += 2;
        continue;
      }
      if (/\s/.test(char)) break;
      if (char === '(') depth++;
      if (char === ')') {
        if (depth === 0) break;
        depth--;
      }
      stop++;
    }
    stop = Math.min(stop, end);
    return { text: text.slice(start, stop), start, end: stop };
  }

  private range(node: Nodes): Range {
    return this.model.lines.range(node.position!.start.offset!, node.position!.end.offset!);
  }
}

const INLINE_IMAGE = /:::image\s([^\n]{0,2000}?):::/g;
const INLINE_IMAGE_ATTRIBUTE = /\b(source|alt-text)\s*=\s*"([^"\n]*)"/g;

function collectTripleColonImages(model: DocumentModel): void {
  const blockStarts = new Set(model.tripleColon.map((block) => block.range.start.offset));
  // In table cells and running text `:::image …:::` sits mid-line, where block recognition does not look.
  if (model.text.includes(':::image')) {
    for (const match of model.text.matchAll(INLINE_IMAGE)) {
      if (blockStarts.has(match.index) || model.isInCode(match.index)) continue;
      const attributesStart = match.index + ':::image'.length + 1;
      const values = new Map<string, { value: string; start: number }>();
      for (const attribute of match[1]!.matchAll(INLINE_IMAGE_ATTRIBUTE)) {
        values.set(attribute[1]!, {
          value: attribute[2]!,
          start: attributesStart + attribute.index + attribute[0].length - 1 - attribute[2]!.length,
        });
      }
      const source = values.get('source');
      if (!source?.value) continue;
      model.images.push({
        kind: 'triple-colon',
        source: source.value,
        sourceRange: model.lines.range(source.start, source.start + source.value.length),
        alt: values.get('alt-text')?.value,
        range: model.lines.range(match.index, match.index + match[0].length),
      });
    }
  }
  for (const block of model.tripleColon) {
    if (block.name !== 'image' || block.isEnd) continue;
    const source = block.attributes.find((attribute) => attribute.name === 'source');
    if (!source?.value || !source.valueRange) continue;
    model.images.push({
      kind: 'triple-colon',
      source: source.value,
      sourceRange: source.valueRange,
      alt: block.attributes.find((attribute) => attribute.name === 'alt-text')?.value,
      range: block.range,
    });
  }
}

function findDirectives(model: DocumentModel): Directive[] {
  const directives: Directive[] = [];
  if (!model.text.includes('guidance-lint-')) return directives;
  const text = model.text;
  // The comment's end is found with indexOf and kept while it is still ahead: many unclosed
  // directives must not each search to the end of the file.
  let close = -1;
  DIRECTIVE_START.lastIndex = 0;
  for (let match = DIRECTIVE_START.exec(text); match; match = DIRECTIVE_START.exec(text)) {
    const start = match.index;
    const idsStart = start + match[0].length;
    if (close < idsStart) close = text.indexOf('-->', idsStart);
    if (close === -1) break;
    DIRECTIVE_START.lastIndex = close + 3;
    if (model.isInCode(start)) continue;
    const ruleIds: string[] = [];
    const ruleIdRanges: Range[] = [];
    for (const id of text.slice(idsStart, close).matchAll(/[^\s,]+/g)) {
      ruleIds.push(id[0]);
      ruleIdRanges.push(model.lines.range(idsStart + id.index, idsStart + id.index + id[0].length));
    }
    directives.push({
      kind: match[1] as Directive['kind'],
      ruleIds,
      ruleIdRanges,
      range: model.lines.range(start, close + 3),
    });
  }
  return directives;
}

/** The first attribute of that name, when its value is quoted (`href=x` is left to the browser). */
function quotedAttribute(tag: HtmlStartTag, name: string): HtmlAttribute | undefined {
  const attribute = tag.attributes.find((candidate) => candidate.name === name);
  return attribute?.quoted ? attribute : undefined;
}

/** An attribute's value without the spaces around it (the build trims them), with its document offsets. */
function trimmedValue(attribute: HtmlAttribute, base: number): { text: string; start: number; end: number } {
  const value = attribute.value ?? '';
  const start = base + attribute.valueStart + value.length - value.trimStart().length;
  const text = value.trim();
  return { text, start, end: start + text.length };
}

function count(text: string, char: string): number {
  let total = 0;
  for (let index = text.indexOf(char); index !== -1; index = text.indexOf(char, index + 1)) total++;
  return total;
}

function numberHeadingIds(headings: HeadingInfo[]): void {
  const seen = new Map<string, number>();
  for (const heading of headings) {
    if (heading.isTab) continue;
    const count = seen.get(heading.id);
    seen.set(heading.id, (count ?? -1) + 1);
    if (count !== undefined) heading.id = `${heading.id}-${count + 1}`;
  }
}

function isInRanges(ranges: Array<[number, number]>, offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle]!;
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return true;
  }
  return false;
}
