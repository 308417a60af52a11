// Files too big or too deeply nested for a full parse are checked cheaply (front matter only), and
// a finding says what was skipped. The same limits apply in the editor and the CLI, so both agree.

/** Characters; a generated 100,000-row table is about 2 MB. */
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;
/** Blockquote and list levels on one line; real articles stay under ten. */
export const MAX_NESTING = 100;
/** Open `[` within one paragraph; the Markdown parser slows quadratically with them. */
export const MAX_BRACKET_DEPTH = 1000;
/**
 * Lines with a `|` (table rows). The GFM table parser takes about 20 KB of memory and 0.1 ms per row,
 * so a compact generated table of 100,000 rows (600 KB, under maxFileSize) took 2 GB and 10 s.
 * The largest real tables have about 1,500 rows.
 */
export const MAX_TABLE_LINES = 10_000;
/**
 * Bytes of one redirection file (`.openpublishing.redirection*.json`). The largest real ones hold tens of
 * thousands of entries in a few MB; a bigger file is not read (its redirects are not known).
 */
export const MAX_REDIRECTION_FILE_SIZE = 32_000_000;

export interface ExceededLimit {
  ruleId: 'file-too-large' | 'file-too-deep';
  message: string;
}

export function exceededLimit(text: string, maxFileSize: number): ExceededLimit | undefined {
  if (text.length > maxFileSize) {
    return {
      ruleId: 'file-too-large',
      message: `This file has ${text.length.toLocaleString('en-US')} characters, more than the limit of ${maxFileSize.toLocaleString('en-US')} (maxFileSize): only its front matter was checked.`,
    };
  }
  const tableLines = countTableLines(text);
  if (tableLines > MAX_TABLE_LINES) {
    return {
      ruleId: 'file-too-large',
      message: `This file has ${tableLines.toLocaleString('en-US')} table lines, more than the limit of ${MAX_TABLE_LINES.toLocaleString('en-US')}: only its front matter was checked.`,
    };
  }
  const depth = maxLineNesting(text);
  if (depth > MAX_NESTING) {
    return {
      ruleId: 'file-too-deep',
      message: `A line here nests ${depth} blockquote or list levels (the limit is ${MAX_NESTING}): only the front matter was checked.`,
    };
  }
  const brackets = maxBracketDepth(text);
  if (brackets > MAX_BRACKET_DEPTH) {
    return {
      ruleId: 'file-too-deep',
      message: `Square brackets nest ${brackets} levels deep here (the limit is ${MAX_BRACKET_DEPTH}): only the front matter was checked.`,
    };
  }
  return undefined;
}

/** Lines with at least one `|`. */
function countTableLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('|'); index !== -1; ) {
    count++;
    const lineEnd = text.indexOf('\n', index);
    if (lineEnd === -1) break;
    index = text.indexOf('|', lineEnd);
  }
  return count;
}

/** The most `[` open at once within a paragraph (a blank line closes them all). */
function maxBracketDepth(text: string): number {
  let deepest = 0;
  let depth = 0;
  let index = text.indexOf('[');
  while (index !== -1) {
    const blank = text.indexOf('\n\n', index);
    const paragraphEnd = blank === -1 ? text.length : blank;
    depth = 0;
    for (; index < paragraphEnd; index++) {
      const char = text.charCodeAt(index);
      if (char === 91 /* [ */) {
        if (++depth > deepest) deepest = depth;
      } else if (char === 93 /* ] */ && depth > 0) depth--;
    }
    index = text.indexOf('[', paragraphEnd);
  }
  return deepest;
}

/** The most container markers (`>`, `-`, `*`, `+`, `1.`) that open any one line. */
function maxLineNesting(text: string): number {
  let deepest = 0;
  let index = 0;
  while (index < text.length) {
    let depth = 0;
    for (;;) {
      while (text[index] === ' ' || text[index] === '\t') index++;
      const char = text[index];
      if (char === '>') {
        depth++;
        index++;
        continue;
      }
      if ((char === '-' || char === '*' || char === '+') && (text[index + 1] === ' ' || text[index + 1] === '\t')) {
        depth++;
        index += 2;
        continue;
      }
      let digits = index;
      while (text[digits]! >= '0' && text[digits]! <= '9' && digits - index < 9) digits++;
      if (digits > index && (text[digits] === '.' || text[digits] === ')') && (text[digits + 1] === ' ' || text[digits + 1] === '\t')) {
        depth++;
        index = digits + 2;
        continue;
      }
      break;
    }
    if (depth > deepest) deepest = depth;
    const lineEnd = text.indexOf('\n', index);
    if (lineEnd === -1) break;
    index = lineEnd + 1;
  }
  return deepest;
}

/** What a full parse may take: the text, or its front matter alone when the text exceeds a limit. */
export function textWithinLimits(text: string, maxFileSize: number): string {
  return exceededLimit(text, maxFileSize) ? frontMatterPrefix(text) : text;
}

/** The front matter block at the start of the text (with its closing line), or '' when there is none. */
export function frontMatterPrefix(text: string): string {
  if (!/^---[ \t]*\r?\n/.test(text)) return '';
  const closing = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return closing ? text.slice(0, 3 + closing.index + closing[0].length) : '';
}
