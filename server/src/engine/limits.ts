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
 * Bytes of a settings file: configuration, docfx.json, a front matter schema, a .gitignore, a
 * publishing config. Real ones are a few KB; a larger one is refused, not read.
 */
export const MAX_SETTINGS_FILE_BYTES = 4 * 1024 * 1024;
/**
 * Inline markers (`*`, `_`, `~` runs, `[`, `]`, `<!`, `<?`) times the characters of the paragraph
 * they sit in, summed over paragraphs. The Markdown parser resolves emphasis and links by walking
 * back over the whole paragraph from each marker, and looks for the end of an unclosed `<!--` to
 * the end of it, so its time grows with this product: `*a**a` repeated over 900 KB took hours.
 * The most in 38,000 real articles is under 10,000,000; at this limit a parse takes under a second.
 */
export const MAX_INLINE_COST = 50_000_000;
/**
 * Bytes of one redirection file (`.openpublishing.redirection*.json`). The largest real ones hold tens of
 * thousands of entries in a few MB; a bigger file is not read (its redirects are not known).
 */
export const MAX_REDIRECTION_FILE_SIZE = 32_000_000;

/**
 * Bytes of one YAML file read for the uids it defines. Generated API reference files run to a few MB;
 * a bigger one is not read (its uids are unknown, so links to them are not reported).
 */
export const MAX_UID_FILE_SIZE = 16_000_000;

/**
 * Bytes of a baseline file. VBA-Docs (38,000 articles, 90,000 findings) writes 18 MB; a bigger file
 * is refused with a message, not read.
 */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export interface ExceededLimit {
  ruleId: 'file-too-large' | 'file-too-deep';
  message: string;
}

/** The same size limit for a data file (toc.yml, toc.json): over it, nothing of the file is checked. */
export function exceededDataLimit(text: string, maxFileSize: number): ExceededLimit | undefined {
  if (text.length <= maxFileSize) return undefined;
  return {
    ruleId: 'file-too-large',
    message: `This file has ${text.length.toLocaleString('en-US')} characters, more than the limit of ${maxFileSize.toLocaleString('en-US')} (maxFileSize): it was not checked.`,
  };
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
  const inlineCost = inlineParseCost(text);
  if (inlineCost > MAX_INLINE_COST) {
    return {
      ruleId: 'file-too-large',
      message: `This file's paragraphs hold too many emphasis, bracket and HTML markers for their length (a parse cost of ${inlineCost.toLocaleString('en-US')}, more than the limit of ${MAX_INLINE_COST.toLocaleString('en-US')}): only its front matter was checked.`,
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

const CONTAINER_OR_HEADING_START = /^[ \t>]*(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)/;
const BLANK = /^[ \t>]*$/;
const TABLE_DELIMITER_ROW = /^[ \t>]*[|:-][ \t|:-]*$/;

/**
 * The sum, over inline runs, of the markers in the run times its length (see MAX_INLINE_COST). A run
 * is what the parser resolves as one: lines up to a blank line, a list item or a heading; each row
 * of a table is its own. Fenced code and HTML blocks are counted as if they were paragraphs, which
 * overestimates them, so that no paragraph can pass for one.
 */
function inlineParseCost(text: string): number {
  let total = 0;
  let markers = 0;
  let length = 0;
  let inTable = false;
  let previousLine = '';
  for (let lineStart = 0; lineStart <= text.length; ) {
    const found = text.indexOf('\n', lineStart);
    const lineEnd = found === -1 ? text.length : found;
    const line = text.slice(lineStart, lineEnd);
    const blank = BLANK.test(line);
    const delimiterRow =
      !inTable && line.includes('|') && line.includes('-') && TABLE_DELIMITER_ROW.test(line) && cellCount(line) === cellCount(previousLine);
    if (blank || delimiterRow || inTable || CONTAINER_OR_HEADING_START.test(line)) {
      total += markers * length;
      markers = 0;
      length = 0;
    }
    if (blank || (inTable && !line.includes('|'))) inTable = false;
    else if (delimiterRow) inTable = true;
    markers += countInlineMarkers(text, lineStart, lineEnd);
    length += lineEnd - lineStart + 1;
    previousLine = line;
    lineStart = lineEnd + 1;
  }
  return total + markers * length;
}

function countInlineMarkers(text: string, start: number, end: number): number {
  let count = 0;
  let previous = 0;
  for (let index = start; index < end; index++) {
    const char = text.charCodeAt(index);
    // A run of `*`, `_` or `~` is one delimiter; every bracket is one; `<!` and `<?` open HTML that scans for its end.
    if ((char === 42 /* * */ || char === 95 /* _ */ || char === 126) /* ~ */ && char !== previous) count++;
    else if (char === 91 /* [ */ || char === 93 /* ] */) count++;
    else if (char === 60 /* < */ && (text[index + 1] === '!' || text[index + 1] === '?')) count++;
    previous = char;
  }
  return count;
}

/** Cells of a table row: its unescaped `|` separators, outer pipes not counted. */
function cellCount(line: string): number {
  const trimmed = line.replace(/^[ \t>]*/, '').trimEnd();
  let pipes = 0;
  for (let index = 0; index < trimmed.length; index++) {
    if (trimmed[index] === '\\') index++;
    else if (trimmed[index] === '|') pipes++;
  }
  const outer = (trimmed.startsWith('|') ? 1 : 0) + (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && trimmed.length > 1 ? 1 : 0);
  return pipes - outer + 1;
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
