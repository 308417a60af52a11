// Text edits shared by the front matter fixes.
import { LineIndex } from '../parse/text.js';
import type { TextEdit } from '../types.js';
import { formatLearnDate } from './dates.js';
import { parseFrontMatter, type FrontMatter, type FrontMatterEntry } from './parse.js';

/** The line break the document uses (CRLF files get CRLF in inserted lines). */
export function lineBreakOf(text: string): string {
  const firstBreak = text.indexOf('\n');
  return firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
}

/** Inserts `key: value` lines just before the closing `---` of the front matter. */
export function insertKeysEdit(text: string, frontMatter: FrontMatter, lines: string[]): TextEdit {
  const eol = lineBreakOf(text);
  const block = lines.map((line) => line + eol).join('');
  const before = text.slice(0, frontMatter.contentEnd);
  const needsBreak = frontMatter.contentEnd > frontMatter.contentStart && !before.endsWith('\n');
  return { start: frontMatter.contentEnd, end: frontMatter.contentEnd, newText: (needsBreak ? eol : '') + block };
}

/** Quotes a value when YAML would otherwise misread it (a colon, a leading special character). */
export function yamlScalar(value: string): string {
  return /[:#'"{}[\],&*!|>%@`]|^\s|\s$|^-/.test(value) ? JSON.stringify(value) : value;
}

/** Deletes a top-level entry: its key line, the lines its value continues on, and the line break. */
export function removeEntryEdit(lines: LineIndex, entry: FrontMatterEntry): TextEdit {
  const firstLine = entry.keyRange.start.line;
  const lastOffset = Math.max(entry.keyRange.end.offset, entry.valueRange.end.offset - 1);
  const lastLine = lines.point(lastOffset).line;
  const end = lastLine < lines.lineCount ? lines.lineStart(lastLine + 1) : lines.lineEnd(lastLine);
  return { start: lines.lineStart(firstLine), end, newText: '' };
}

/** Replaces what is written as the entry's value (quotes included); an empty value gets one after `key: `. */
export function replaceValueEdit(text: string, entry: FrontMatterEntry, newText: string): TextEdit {
  const { start, end } = entry.valueRange;
  if (start.offset === end.offset) {
    // `key:` with nothing after it: write after the colon (and its space, when there is one).
    const colon = text.indexOf(':', entry.keyRange.end.offset);
    const after = colon + 1;
    const hasSpace = text[after] === ' ';
    return { start: hasSpace ? after + 1 : after, end: hasSpace ? after + 1 : after, newText: hasSpace ? newText : ` ${newText}` };
  }
  return { start: start.offset, end: end.offset, newText };
}

export type SetDateResult = { kind: 'edit'; edit: TextEdit } | { kind: 'already-today' } | { kind: 'unclosed' };

/** How to set ms.date to `today`: rewrite the value, add the key, or add a front matter block. */
export function setDateEdit(text: string, today: Date): SetDateResult {
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text, lines);
  const date = formatLearnDate(today);
  const eol = lineBreakOf(text);
  if (!frontMatter) return { kind: 'edit', edit: { start: 0, end: 0, newText: `---${eol}ms.date: ${date}${eol}---${eol}` } };
  // Without a closing fence there is no telling where the metadata ends.
  if (!frontMatter.closed) return { kind: 'unclosed' };
  const entry = frontMatter.entries.find((candidate) => candidate.key === 'ms.date');
  if (!entry) return { kind: 'edit', edit: insertKeysEdit(text, frontMatter, [`ms.date: ${date}`]) };
  const edit = replaceValueEdit(text, entry, date);
  return text.slice(edit.start, edit.end) === edit.newText ? { kind: 'already-today' } : { kind: 'edit', edit };
}
