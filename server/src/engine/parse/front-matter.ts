// Finds the YAML block between the first two `---` lines and parses it with `yaml`, keeping
// source offsets so every finding can point at a key or a value.
import { isMap, isScalar, parseDocument, visit, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { LineIndex } from './text.js';
import type { Range } from '../types.js';

export interface FrontMatterEntry {
  key: string;
  keyRange: Range;
  /** The value as JavaScript (strings, numbers, arrays…); null when empty. */
  value: unknown;
  /** Where the value is written; for an empty value, the end of the key. */
  valueRange: Range;
  pair: Pair;
}

export interface FrontMatterProblem {
  message: string;
  range: Range;
  code: string;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  range: Range;
  /** Offsets of the YAML text between the fences. */
  contentStart: number;
  contentEnd: number;
  /** False when the opening `---` has no closing line: the rest of the file is not read as YAML. */
  closed: boolean;
  document: Document.Parsed;
  /** Top-level keys in order (duplicates included). */
  entries: FrontMatterEntry[];
  errors: FrontMatterProblem[];
  /** Offset of the first character after the closing fence line. */
  bodyStart: number;
}

// A BOM is normally stripped when the file is decoded; text from elsewhere may still carry one.
// Any line break ends the fence line, a lone CR included (old Mac files; editors and docfx take it so).
const OPENING_FENCE = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/;
const LONE_CR = /\r(?!\n)/g;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

export function parseFrontMatter(text: string, lines: LineIndex): FrontMatter | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  let contentEnd = -1;
  let bodyStart = text.length;
  for (let line = 2; line <= lines.lineCount; line++) {
    if (CLOSING_FENCE.test(lines.lineText(line))) {
      contentEnd = lines.lineStart(line);
      bodyStart = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
      break;
    }
  }
  const closed = contentEnd !== -1;
  if (!closed) contentEnd = contentStart;
  // yaml breaks lines only at LF: a lone CR becomes one (same length, so offsets stay valid).
  const source = text.slice(contentStart, contentEnd).replace(LONE_CR, '\n');
  const document = parseDocument(source, {
    uniqueKeys: true,
    prettyErrors: false,
  });
  const toRange = (start: number, end: number) => lines.range(contentStart + start, contentStart + end);
  const entries = closed ? topLevelEntries(document, toRange) : [];
  const yamlErrors = [...document.errors, ...(closed ? unresolvedAliases(document) : [])];
  const errors: FrontMatterProblem[] = yamlErrors.map((error) => {
    const start = contentStart + error.pos[0];
    // yaml marks a duplicate key by its first character; the finding should cover the whole key.
    const key = error.code === 'DUPLICATE_KEY' ? entries.find((entry) => entry.keyRange.start.offset === start) : undefined;
    // yaml reports an unclosed quote where the document ends; the writer needs the line that opened it.
    const openQuote = error.code === 'MISSING_CHAR' ? unclosedQuoteStart(source, error.message) : undefined;
    const range = key
      ? key.keyRange
      : openQuote !== undefined
        ? toRange(openQuote, openQuote + 1)
        : toRange(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1));
    return { message: error.message.split('\n')[0]!, range, code: error.code };
  });
  return {
    range: lines.range(0, closed ? bodyStart : text.length),
    contentStart,
    contentEnd,
    closed,
    document,
    entries,
    errors,
    bodyStart: closed ? bodyStart : contentStart,
  };
}

/**
 * yaml accepts an alias without its anchor and fails only when the value is read, so such front
 * matter was neither read nor reported: each one is a syntax error.
 */
function unresolvedAliases(document: Document.Parsed): Array<{ code: string; message: string; pos: [number, number] }> {
  const errors: Array<{ code: string; message: string; pos: [number, number] }> = [];
  visit(document, {
    Alias(_key, alias) {
      if (alias.range && !alias.resolve(document)) {
        errors.push({
          code: 'BAD_ALIAS',
          message: `the alias *${alias.source} has no anchor &${alias.source} before it`,
          pos: [alias.range[0], alias.range[1]],
        });
      }
    },
  });
  return errors;
}

function topLevelEntries(document: Document.Parsed, toRange: (start: number, end: number) => Range): FrontMatterEntry[] {
  const contents = document.contents;
  if (!isMap(contents)) return [];
  const entries: FrontMatterEntry[] = [];
  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
    if (!keyNode?.range) continue;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value as YamlNode | null;
    const keyRange = toRange(keyNode.range[0], keyNode.range[1]);
    const valueRange = valueNode?.range ? toRange(valueNode.range[0], valueNode.range[1]) : toRange(keyNode.range[1], keyNode.range[1]);
    entries.push({ key, keyRange, value: valueNode ? safeToJs(valueNode, document) : null, valueRange, pair });
  }
  return entries;
}

function safeToJs(node: YamlNode, document: Document.Parsed): unknown {
  try {
    // A low alias limit turns "billion laughs" documents into an error instead of a memory blow-up.
    return node.toJS(document, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** Offset of the quote that opens a value and is never closed on its line, if the error is about one. */
function unclosedQuoteStart(source: string, message: string): number | undefined {
  const quote = message.includes('"quote') ? '"' : message.includes("'quote") ? "'" : undefined;
  if (!quote) return undefined;
  let offset = 0;
  for (const line of source.split('\n')) {
    const opening = line.search(new RegExp(`:\\s+${quote}`));
    if (opening !== -1) {
      const valueStart = line.indexOf(quote, opening);
      if (line.indexOf(quote, valueStart + 1) === -1) return offset + valueStart;
    }
    offset += line.length + 1;
  }
  return undefined;
}
