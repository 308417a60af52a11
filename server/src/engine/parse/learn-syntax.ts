// Recognition of the Learn Markdown extensions that CommonMark reads as plain text:
// [!INCLUDE …], triple-colon blocks, heading ids, and the attribute lists they carry.
import type { Range } from '../types.js';
import { TRIPLE_COLON_EXTENSIONS } from './learn-extensions.js';
import type { LineIndex } from './text.js';

export interface Include {
  /** Whole `[!INCLUDE [title](path)]`, or for a malformed one, the text from `[!INCLUDE` to the end of the line. */
  range: Range;
  /** The keyword as written (`INCLUDE`, `include`, `Include`…). */
  keyword: string;
  keywordRange: Range;
  wellFormed: boolean;
  title: string;
  /** The path as written (empty when missing). */
  path: string;
  pathRange: Range;
}

export interface TripleColonAttribute {
  name: string;
  /** Undefined for a bare attribute (`:::zone pivot`). */
  value: string | undefined;
  quoted: boolean;
  range: Range;
  valueRange: Range | undefined;
}

export interface TripleColonBlock {
  /** Extension name as written, without `-end` (`image`, `zone`, `moniker`…). */
  name: string;
  nameRange: Range;
  /** The whole marker line from `:::`. */
  range: Range;
  attributes: TripleColonAttribute[];
  /** `:::name …:::` on one line. */
  selfClosing: boolean;
  /** `:::name-end:::` */
  isEnd: boolean;
}

const INCLUDE_KEYWORD = /\[!include/gi;
// Bounded title, path and link title: many `[!include [` on one long line must not each scan to its end.
const WELL_FORMED_INCLUDE = /\[!(include)\s*\[([^\]\n]{0,1000})\]\(\s*<?([^)\s>]{0,2000})>?(?:\s+"[^"\n]{0,1000}")?\s*\)\s*\]/diy;
const COMPLEX_TYPE = /\btype\s*=\s*"complex"/;
const TRIPLE_COLON_LINE = /^([ \t>]*):::[ \t]*([A-Za-z][\w-]*)?(.*)$/;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=]+)))?/g;

export function findIncludes(text: string, lines: LineIndex, isInCode: (offset: number) => boolean): Include[] {
  const includes: Include[] = [];
  for (const match of text.matchAll(INCLUDE_KEYWORD)) {
    const start = match.index;
    if (isInCode(start)) continue;
    const keywordRange = lines.range(start + 2, start + 2 + 'include'.length);
    const keyword = text.slice(start + 2, start + 9);
    WELL_FORMED_INCLUDE.lastIndex = start;
    const full = WELL_FORMED_INCLUDE.exec(text);
    if (full?.[3]) {
      const [pathStart, pathEnd] = full.indices![3]!;
      includes.push({
        range: lines.range(start, start + full[0].length),
        keyword,
        keywordRange,
        wellFormed: true,
        title: full[2]!,
        path: full[3],
        pathRange: lines.range(pathStart, pathEnd),
      });
      continue;
    }
    const lineEnd = lines.lineEnd(lines.point(start).line);
    includes.push({
      range: lines.range(start, lineEnd),
      keyword,
      keywordRange,
      wellFormed: false,
      title: '',
      path: '',
      pathRange: lines.range(lineEnd, lineEnd),
    });
  }
  return includes;
}

export function findTripleColonBlocks(lines: LineIndex, isInCode: (offset: number) => boolean): TripleColonBlock[] {
  const blocks: TripleColonBlock[] = [];
  /** Open blocks by lower-case name: Learn closes them at `:::name-end` even where CommonMark sees indented code. */
  const openCount = new Map<string, number>();
  for (let line = 1; line <= lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    if (!lineText.includes(':::')) continue;
    const match = TRIPLE_COLON_LINE.exec(lineText);
    if (!match) continue;
    const lineStart = lines.lineStart(line);
    const markerStart = lineStart + match[1]!.length;
    const rawName = match[2] ?? '';
    const isEnd = rawName.endsWith('-end');
    const key = (isEnd ? rawName.slice(0, -'-end'.length) : rawName).toLowerCase();
    if (isInCode(markerStart) && !(isEnd && (openCount.get(key) ?? 0) > 0)) continue;
    const opensBlock = !isEnd && (TRIPLE_COLON_EXTENSIONS.get(key) !== 'inline' || COMPLEX_TYPE.test(match[3]!));
    if (opensBlock || isEnd) openCount.set(key, Math.max(0, (openCount.get(key) ?? 0) + (isEnd ? -1 : 1)));
    const nameStart = lineStart + lineText.indexOf(rawName, match[1]!.length + 3);
    // Attributes end at the first `:::` outside quotes; inline text may follow it (`:::image …::: text`).
    const closing = closingColons(match[3]!);
    const rest = closing === -1 ? match[3]! : match[3]!.slice(0, closing);
    const selfClosing = closing !== -1 && !isEnd;
    const restStart = nameStart + rawName.length;
    blocks.push({
      name: isEnd ? rawName.slice(0, -'-end'.length) : rawName,
      nameRange: lines.range(nameStart, nameStart + rawName.length),
      range: lines.range(markerStart, lineStart + lineText.length),
      attributes: parseAttributes(rest, restStart, lines),
      selfClosing,
      isEnd,
    });
  }
  return blocks;
}

function closingColons(source: string): number {
  let inQuotes = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === ':' && source.startsWith(':::', index)) return index;
  }
  return -1;
}

function parseAttributes(source: string, sourceStart: number, lines: LineIndex): TripleColonAttribute[] {
  const attributes: TripleColonAttribute[] = [];
  for (const match of source.matchAll(ATTRIBUTE)) {
    const start = sourceStart + match.index;
    const value = match[2] ?? match[3] ?? match[4];
    const quoted = match[2] !== undefined || match[3] !== undefined;
    let valueRange: Range | undefined;
    if (value !== undefined) {
      const valueEnd = start + match[0].length - (quoted ? 1 : 0);
      valueRange = lines.range(valueEnd - value.length, valueEnd);
    }
    attributes.push({ name: match[1]!, value, quoted, range: lines.range(start, start + match[0].length), valueRange });
  }
  return attributes;
}

/**
 * The id Learn gives a heading: lower case, punctuation removed (hyphens and underscores kept),
 * each space turned into `-`. Repeats are numbered by the caller.
 */
export function learnHeadingId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
