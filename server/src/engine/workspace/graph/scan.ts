// A fast line scanner that finds what the workspace index keeps about a Markdown file: heading ids,
// explicit anchors, includes and link destinations. It is a generous approximation of the full
// parse (about a hundred times cheaper), so a target's anchors may include a few extra candidates;
// rules confirm a missing anchor with the full parse before reporting it.
import { findIncludes, learnHeadingId } from '../../parse/learn-syntax.js';
import { LineIndex } from '../../parse/text.js';

export interface ScannedFile {
  /** Front matter `title`, else the first H1's text. */
  title: string | undefined;
  /** The first H1's text (not a tab heading, not inside an HTML comment block). */
  h1: string | undefined;
  /** The front matter values docset-wide checks read, as written (quotes removed). */
  metadata: ScannedMetadata;
  /** Heading ids (numbered as Learn numbers repeats), `tab/<id>` of tab headings, explicit anchors. */
  anchors: string[];
  /** Include paths as written. */
  includes: string[];
  /** Destinations of links and images as written. */
  destinations: string[];
  /** Section headings (not tab headings) and include paths as written, in document order. */
  outline: ScannedOutlineEntry[];
  /** Front matter `uid`: the id `xref:` links name. */
  uid: string | undefined;
  /** Front matter `monikerRange`: the same uid may then be defined again for other versions. */
  versioned: boolean;
}

export interface ScannedMetadata {
  titleSuffix?: string;
  robots?: string;
  'ms.topic'?: string;
}

export type ScannedOutlineEntry = { depth: number } | { include: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const TAB_HEADING = /^\[[^\]]*\]\(#(tab\/[^)\s]+)\)$/;
// Bounded repeats: a long line without the closing character must not cost quadratic time.
const HTML_ANCHOR = /<a\s[^>]{0,500}?\bname\s*=\s*["']([^"'\n]{1,500})["']|\bid\s*=\s*["']([^"'\n]{1,500})["']/gi;
const DESTINATION = /\]\(\s*<?([^)\s>]+)|\b(?:href|src|source)\s*=\s*["']([^"']+)["']|<(xref:[^>\s]+)>/gi;
/** A reference definition, `[label]: destination`: its target is linked as surely as an inline link's. */
const DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:[ \t]*<?([^\s>]+)/;
const TITLE_KEY = /^title:[ \t]*(.*)$/m;
const UID_KEY = /^uid:[ \t]*(.*)$/m;
const MONIKER_RANGE_KEY = /^monikerRange:/m;
const METADATA_KEY = /^(titleSuffix|robots|ms\.topic):[ \t]*(.*)$/gm;
const BLOCKQUOTE_PREFIX = /^(?: {0,3}>[ \t]?)+/;

export function scanMarkdown(text: string): ScannedFile {
  const lines = text.split('\n');
  const codeLines = new Set<number>();
  const headingTexts: Array<{ text: string; tab: string | undefined; depth: number; line: number; inComment: boolean }> = [];
  const explicitAnchors: string[] = [];
  const destinations: string[] = [];
  let title: string | undefined;
  let uid: string | undefined;
  let versioned = false;
  let h1: string | undefined;
  const metadata: ScannedMetadata = {};
  let first = 0;
  if (/^---[ \t]*\r?$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(line));
    if (close !== -1) {
      first = close + 1;
      // Trimmed after the match: a lazy `(.*?)[ \t]*$` retries the trailing blanks from every character.
      const yaml = lines.slice(1, close).join('\n');
      const yamlTitle = TITLE_KEY.exec(yaml)?.[1]?.trimEnd();
      if (yamlTitle) title = unquote(yamlTitle);
      const yamlUid = UID_KEY.exec(yaml)?.[1]?.trim();
      if (yamlUid) uid = unquote(yamlUid);
      versioned = MONIKER_RANGE_KEY.test(yaml);
      for (const match of yaml.matchAll(METADATA_KEY)) {
        const key = match[1] as keyof ScannedMetadata;
        metadata[key] ??= unquote(match[2]!.trimEnd());
      }
    }
  }
  let fence: string | undefined;
  let previousText: string | undefined;
  // An HTML comment block (a line starting with `<!--`) hides headings from the page, not from the anchors kept here.
  let inComment = false;
  for (let index = first; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    const content = line.replace(BLOCKQUOTE_PREFIX, '');
    const fenceMatch = FENCE.exec(content);
    if (fence) {
      codeLines.add(index);
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      previousText = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      codeLines.add(index);
      previousText = undefined;
      continue;
    }
    const lineInComment = inComment;
    if (inComment) inComment = !content.includes('-->');
    else if (/^ {0,3}<!--/.test(content)) inComment = !content.slice(content.indexOf('<!--') + 4).includes('-->');
    const atx = ATX_HEADING.exec(content);
    if (atx) {
      const raw = headingContent(content.slice(atx[0].length));
      headingTexts.push({ text: raw, tab: TAB_HEADING.exec(raw)?.[1], depth: atx[1]!.length, line: index, inComment: lineInComment });
      previousText = undefined;
    } else if (previousText !== undefined && SETEXT_UNDERLINE.test(content)) {
      headingTexts.push({
        text: previousText,
        tab: undefined,
        depth: content.trim()[0] === '=' ? 1 : 2,
        line: index,
        inComment: lineInComment,
      });
      previousText = undefined;
    } else {
      previousText = content.trim() === '' || /^ {4}/.test(content) ? undefined : content.trim();
    }
    if (line.includes('<') || line.includes('id=')) {
      for (const match of line.matchAll(HTML_ANCHOR)) explicitAnchors.push(match[1] ?? match[2]!);
    }
    if (line.includes('](') || line.includes('=') || line.includes('<xref:')) {
      for (const match of line.matchAll(DESTINATION)) destinations.push(match[1] ?? match[2] ?? match[3]!);
    }
    if (content.includes(']:')) {
      const definition = DEFINITION.exec(content);
      if (definition) destinations.push(definition[1]!);
    }
  }
  const anchors: string[] = [];
  const seen = new Map<string, number>();
  for (const heading of headingTexts) {
    if (heading.tab) {
      anchors.push(heading.tab);
      continue;
    }
    const plain = inlineText(heading.text);
    if (heading.depth === 1 && !heading.inComment && h1 === undefined) h1 = plain;
    const id = learnHeadingId(plain);
    const count = seen.get(id);
    seen.set(id, (count ?? -1) + 1);
    anchors.push(count === undefined ? id : `${id}-${count + 1}`);
  }
  title ??= h1;
  anchors.push(...explicitAnchors);
  const lineIndex = new LineIndex(text);
  const found = text.includes('[!')
    ? findIncludes(text, lineIndex, (offset) => codeLines.has(lineIndex.point(offset).line - 1)).filter((include) => include.wellFormed)
    : [];
  const includes = found.map((include) => include.path);
  const outline = [
    ...headingTexts.filter((heading) => !heading.tab).map((heading) => ({ line: heading.line, entry: { depth: heading.depth } })),
    ...found.map((include) => ({ line: include.range.start.line - 1, entry: { include: include.path } })),
  ]
    .sort((a, b) => a.line - b.line)
    .map(({ entry }) => entry);
  return { title, h1, metadata, anchors, includes, destinations, outline, uid, versioned };
}

/** A one-line YAML scalar without its quotes. */
function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

/** ATX heading text without its optional closing `#` sequence. */
function headingContent(rest: string): string {
  const trimmed = rest.trim();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  if (end === 0) return '';
  return end < trimmed.length && /[ \t]/.test(trimmed[end - 1]!) ? trimmed.slice(0, end).trim() : trimmed;
}

/** The visible text of a heading's inline Markdown, as mdast-util-to-string would give it. */
function inlineText(source: string): string {
  return (
    source
      .replace(/!?\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
      .replace(/\[([^\]]{0,500})\]\[[^\]]{0,500}\]/g, '$1')
      .replace(/<[^>]{0,500}>/g, '')
      .replace(/`+/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      // A run of `*` or `_` is dropped whole: `**` after a space, or before one.
      .replace(/(^|[^\p{L}\p{N}*_])[*_]+|[*_]+(?=[^\p{L}\p{N}]|$)/gu, '$1')
  );
}
