// Front matter help while typing: key names with their descriptions, values the schema allows
// (ms.topic kinds, today's date for ms.date), and a hover that explains a key.
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type Hover,
  type MarkupContent,
  type Position,
  type Range as LspRange,
} from 'vscode-languageserver';
import { formatLearnDate } from '../../engine/frontmatter/dates.js';
import { learnGuidanceSchema, loadFrontMatterSchema, type FrontMatterSchema, type KeyInfo } from '../../engine/frontmatter/schema.js';
import { effectiveSettings } from '../../engine/frontmatter/settings.js';
import { toLspRange } from '../convert.js';
import type { FeatureContext, LanguageFeature } from './feature.js';

/** A top-level key being typed at the start of a line. */
const KEY_PREFIX = /^[\w.-]*$/;
/** `key: partial value` up to the cursor. */
const VALUE_PREFIX = /^([\w.-]+):([ \t]*)(\S*)$/;
/** `  - partial item` under a list key. */
const ITEM_PREFIX = /^[ \t]+-[ \t]*(\S*)$/;
const TOP_LEVEL_KEY = /^([\w.-]+):/;

export const frontMatterFeature: LanguageFeature = {
  triggerCharacters: [':'],

  completion(context, position) {
    const lineText = frontMatterLine(context, position);
    if (lineText === undefined) return undefined;
    const before = lineText.slice(0, position.character);
    const { schema, topics } = schemaFor(context);
    if (KEY_PREFIX.test(before) && !lineText.slice(position.character).includes(':')) {
      return keyCompletions(context, position, schema);
    }
    const value = VALUE_PREFIX.exec(before);
    if (value) {
      const key = value[1]!;
      const partial = value[3]!;
      const range = { start: { line: position.line, character: position.character - partial.length }, end: position };
      return valueCompletions(context, schema.keyInfo(key), key, topics).map((item) => withEdit(item, range, value[2] === '' ? ' ' : ''));
    }
    const item = ITEM_PREFIX.exec(before);
    if (item) {
      const key = parentKey(context, position.line);
      const values = key ? schema.keyInfo(key)?.itemValues : undefined;
      const range = { start: { line: position.line, character: position.character - item[1]!.length }, end: position };
      return (values ?? []).map((label) => withEdit({ label, kind: CompletionItemKind.EnumMember }, range, ''));
    }
    return undefined;
  },

  warmUp(context) {
    schemaFor(context);
  },

  hover(context, position) {
    if (frontMatterLine(context, position) === undefined) return undefined;
    const offset = context.model.lines.lineStart(position.line + 1) + position.character;
    const entry = context.model.frontMatter?.entries.find(
      (candidate) => candidate.keyRange.start.offset <= offset && offset <= candidate.keyRange.end.offset,
    );
    if (!entry) return undefined;
    const { schema, topics } = schemaFor(context);
    const info = schema.keyInfo(entry.key);
    const contents: MarkupContent = info
      ? documentation(info, info.key === 'ms.topic' ? topics : info.values)
      : { kind: MarkupKind.Markdown, value: `**${entry.key}** is not a key the front matter schema knows.` };
    const hover: Hover = { contents, range: toLspRange(entry.keyRange) };
    return hover;
  },
};

/** The text of the line at `position` when it lies inside the front matter (an unclosed block runs to the end). */
function frontMatterLine(context: FeatureContext, position: Position): string | undefined {
  const frontMatter = context.model.frontMatter;
  if (!frontMatter) return undefined;
  const { lines } = context.model;
  const lineStart = lines.lineStart(position.line + 1);
  const end = frontMatter.closed ? frontMatter.contentEnd : context.model.text.length;
  if (position.line + 1 > lines.lineCount || lineStart < frontMatter.contentStart || lineStart >= end) return undefined;
  return lines.lineText(position.line + 1);
}

/** The schema and allowed topics configured for the document; the defaults when configuration is broken. */
function schemaFor(context: Pick<FeatureContext, 'linter' | 'path' | 'fs'>): { schema: FrontMatterSchema; topics: string[] } {
  try {
    const config = context.linter.config.resolve(context.path);
    const schema = loadFrontMatterSchema(config.frontMatter.schemaPath, context.fs);
    return { schema, topics: effectiveSettings(config, schema).topics };
  } catch {
    // A broken config or schema is reported as a diagnostic elsewhere; completion still helps meanwhile.
    const schema = learnGuidanceSchema();
    return { schema, topics: schema.keys.get('ms.topic')?.values ?? [] };
  }
}

function keyCompletions(context: FeatureContext, position: Position, schema: FrontMatterSchema): CompletionItem[] {
  const present = new Set(
    context.model.frontMatter?.entries.filter((entry) => entry.keyRange.start.line !== position.line + 1).map((entry) => entry.key),
  );
  const required = new Set(schema.required);
  const range = { start: { line: position.line, character: 0 }, end: position };
  const items: CompletionItem[] = [];
  for (const info of schema.keys.values()) {
    if (info.deprecated || present.has(info.key)) continue;
    items.push({
      label: info.key,
      kind: CompletionItemKind.Property,
      detail: info.description,
      documentation: documentation(info, info.values),
      // Required keys first, then the rest alphabetically.
      sortText: `${required.has(info.key) ? '0' : '1'}${info.key}`,
      textEdit: { range, newText: `${info.key}: ` },
    });
  }
  return items;
}

function valueCompletions(context: FeatureContext, info: KeyInfo | undefined, key: string, topics: string[]): CompletionItem[] {
  if (key === 'ms.date') return [{ label: formatLearnDate(context.today), kind: CompletionItemKind.Value, detail: 'Today' }];
  const values = key === 'ms.topic' ? topics : info?.values;
  return (values ?? []).map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
}

function withEdit(item: CompletionItem, range: LspRange, prefix: string): CompletionItem {
  return { ...item, filterText: item.label, textEdit: { range, newText: prefix + item.label } };
}

/** The top-level key whose list the line at `line` (0-based) belongs to. */
function parentKey(context: FeatureContext, line: number): string | undefined {
  for (let current = line; current >= 1; current--) {
    const key = TOP_LEVEL_KEY.exec(context.model.lines.lineText(current));
    if (key) return key[1];
  }
  return undefined;
}

function documentation(info: KeyInfo, values: string[] | undefined): MarkupContent {
  const parts = [`**${info.key}**`, info.description || 'No description in the schema.'];
  if (info.deprecated) parts.push(info.replacedBy ? `Retired: use \`${info.replacedBy}\`.` : 'Retired: Learn no longer reads it.');
  if (values?.length) parts.push(`Allowed values: ${values.map((value) => `\`${value}\``).join(', ')}`);
  const retired = Object.entries(info.deprecatedValues);
  if (retired.length)
    parts.push(`Retired values: ${retired.map(([value, replacement]) => `\`${value}\` (use \`${replacement}\`)`).join(', ')}`);
  return { kind: MarkupKind.Markdown, value: parts.join('\n\n') };
}
