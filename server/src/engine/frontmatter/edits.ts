// Text edits shared by the front matter fixes.
import type { FrontMatter } from './parse.js';
import type { TextEdit } from '../types.js';

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
