// Text edits shared by the front matter fixes.
import { isMap, visit, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../parse/text.js';
import type { TextEdit } from '../types.js';
import { formatLearnDate } from './dates.js';
import { parseFrontMatter, type FrontMatter, type FrontMatterEntry } from '../parse/front-matter.js';

/** The line break the document uses (CRLF files get CRLF in inserted lines). */
export function lineBreakOf(text: string): string {
  const firstBreak = text.indexOf('\n');
  return firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Inserts `key: value` lines just before the closing `---` of the front matter; undefined when the
 * YAML is not a block mapping (a flow mapping `{…}` or a lone value), where new lines would not be keys.
 */
export function insertKeysEdit(text: string, frontMatter: FrontMatter, lines: string[]): TextEdit | undefined {
  const contents = frontMatter.document.contents;
  if (contents !== null && !(isMap(contents) && !contents.flow)) return undefined;
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

/**
 * Deletes a top-level entry, or undefined when that cannot be done without changing another key:
 * the entry defines an anchor that an alias elsewhere still uses, or it sits in a flow mapping
 * (`{a: 1, b: 2}`) between things other than commas and spaces.
 */
export function removeEntryEdit(text: string, lines: LineIndex, frontMatter: FrontMatter, entry: FrontMatterEntry): TextEdit | undefined {
  if (anchorsUsedElsewhere(frontMatter, entry)) return undefined;
  const contents = frontMatter.document.contents;
  return isMap(contents) && contents.flow ? removeFlowEntryEdit(text, frontMatter, entry) : removeEntryLinesEdit(lines, entry);
}

/** A block mapping entry: its key line, the lines its value continues on, and the line break. */
function removeEntryLinesEdit(lines: LineIndex, entry: FrontMatterEntry): TextEdit {
  const firstLine = entry.keyRange.start.line;
  const lastOffset = Math.max(entry.keyRange.end.offset, entry.valueRange.end.offset - 1);
  const lastLine = lines.point(lastOffset).line;
  const end = lastLine < lines.lineCount ? lines.lineStart(lastLine + 1) : lines.lineEnd(lastLine);
  return { start: lines.lineStart(firstLine), end, newText: '' };
}

/** A flow mapping entry: `key: value` with the comma after it (or, for the last entry, the one before). */
function removeFlowEntryEdit(text: string, frontMatter: FrontMatter, entry: FrontMatterEntry): TextEdit | undefined {
  const start = entry.keyRange.start.offset;
  const end = Math.max(entry.keyRange.end.offset, entry.valueRange.end.offset);
  let before = start;
  while (before > frontMatter.contentStart && /\s/.test(text[before - 1]!)) before--;
  let after = end;
  while (after < frontMatter.contentEnd && /\s/.test(text[after]!)) after++;
  const previous = text[before - 1];
  const next = text[after];
  // Anything else there (a tag or anchor on the key, a comment) is not ours to delete or keep apart.
  if ((previous !== ',' && previous !== '{') || (next !== ',' && next !== '}')) return undefined;
  if (next === ',') {
    let following = after + 1;
    while (text[following] === ' ' || text[following] === '\t') following++;
    return { start, end: following, newText: '' };
  }
  return previous === ',' ? { start: before - 1, end, newText: '' } : { start, end, newText: '' };
}

/** Whether the entry's key or value defines an anchor that an alias outside the entry refers to. */
function anchorsUsedElsewhere(frontMatter: FrontMatter, entry: FrontMatterEntry): boolean {
  const contents = frontMatter.document.contents;
  if (!isMap(contents)) return false;
  const anchors = new Set<string>();
  for (const node of [entry.pair.key, entry.pair.value]) {
    if (!node) continue;
    visit(node as YamlNode, {
      Node(_key, inner) {
        if (inner.anchor) anchors.add(inner.anchor);
      },
    });
  }
  if (anchors.size === 0) return false;
  let used = false;
  for (const pair of contents.items) {
    if (pair === entry.pair) continue;
    for (const node of [pair.key, pair.value]) {
      if (!node) continue;
      visit(node as YamlNode, {
        Alias(_key, alias) {
          if (anchors.has(alias.source)) used = true;
        },
      });
    }
  }
  return used;
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
  // A block scalar (`>` or `|`) takes its line breaks into its range: they stay, or the next key joins this line.
  const written = text.slice(start.offset, end.offset);
  return { start: start.offset, end: start.offset + written.trimEnd().length, newText };
}

export type SetDateResult = { kind: 'edit'; edit: TextEdit } | { kind: 'already-today' } | { kind: 'unclosed' } | { kind: 'not-a-mapping' };

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
  if (!entry) {
    const insert = insertKeysEdit(text, frontMatter, [`ms.date: ${date}`]);
    return insert ? { kind: 'edit', edit: insert } : { kind: 'not-a-mapping' };
  }
  const edit = replaceValueEdit(text, entry, date);
  return text.slice(edit.start, edit.end) === edit.newText ? { kind: 'already-today' } : { kind: 'edit', edit };
}
