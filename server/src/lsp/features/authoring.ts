// Completions for Learn syntax as a writer types it: alert types after `> [!`, extension names
// after `:::`, and attribute names and values inside a `:::name …` line. What to offer depends
// only on the line around the cursor (`lineCompletions`); the feature adds what needs the parsed
// document: nothing is offered in code or front matter.
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver';
import { LEARN_ALERTS, LEARN_EXTENSION_BY_NAME, type LearnAttribute } from '../../engine/parse/learn-extensions.js';
import type { FeatureContext, LanguageFeature } from './feature.js';

interface ExtensionSpec {
  name: string;
  description: string;
  /** What follows `:::` when the extension is inserted on an empty line; `\n` starts a continuation line. */
  snippet: (article: string) => string;
  attributes: LearnAttribute[];
}

/** A Learn extension as a completion, with what it inserts. */
function fromLearn(name: string, snippet: (article: string) => string): ExtensionSpec {
  const { description, attributes } = LEARN_EXTENSION_BY_NAME.get(name)!;
  return { name, description, snippet, attributes };
}

/** The line that closes a container extension, offered after it. */
function closingLine(name: string, description: string, snippet: () => string): ExtensionSpec {
  return { name, description, snippet, attributes: [] };
}

/** Learn's triple-colon extensions and their closing lines, in the order they are offered. */
const EXTENSIONS: ExtensionSpec[] = [
  fromLearn(
    'image',
    (article) =>
      `image type="content" source="\${1:media/${article}/image.png}" alt-text="\${2:Screenshot that shows what the reader needs to see.}":::$0`,
  ),
  fromLearn('code', () => 'code language="${1:csharp}" source="${2:snippets/example.cs}":::$0'),
  fromLearn('zone', () => 'zone pivot="${1:pivot-id}"\n\n$0\n\n:::zone-end'),
  closingLine('zone-end', 'Closes a :::zone.', () => 'zone-end$0'),
  fromLearn('moniker', () => 'moniker range="${1:>= product-version}"\n\n$0\n\n:::moniker-end'),
  closingLine('moniker-end', 'Closes a :::moniker.', () => 'moniker-end$0'),
  fromLearn(
    'row',
    () =>
      'row:::\n   :::column:::\n      ${1:Content of the first column.}\n   :::column-end:::\n   :::column:::\n      ${2:Content of the second column.}\n   :::column-end:::\n:::row-end:::$0',
  ),
  closingLine('row-end', 'Closes a :::row:::.', () => 'row-end:::$0'),
  fromLearn('column', () => 'column:::\n   ${1:Content of the column.}\n:::column-end:::$0'),
  closingLine('column-end', 'Closes a :::column:::.', () => 'column-end:::$0'),
  closingLine('image-end', 'Closes a :::image type="complex"::: after its long description.', () => 'image-end:::$0'),
  fromLearn('video', () => 'video source="${1:https://www.youtube-nocookie.com/embed/VIDEO_ID}" title="${2:What the video shows}":::$0'),
  fromLearn('no-loc', () => 'no-loc text="${1:Power Platform}":::$0'),
  fromLearn('form', () => 'form action="${1:create-resource}" submitText="${2:Create}":::$0'),
];

const EXTENSION_BY_NAME = new Map(EXTENSIONS.map((extension) => [extension.name, extension]));

/** Blockquote markers before `[!`, then the part of the type typed so far. */
const ALERT_BEFORE_CURSOR = /^[ \t]*(?:>[ \t]*)+\[!([A-Za-z]*)$/;
const WORD_AFTER_CURSOR = /^[A-Za-z]*/;
/** Indentation or blockquote markers, `:::`, then the part of the extension name typed so far. */
const EXTENSION_NAME_BEFORE_CURSOR = /^([ \t>]*):::[ \t]*([A-Za-z-]*)$/;
const NAME_AFTER_CURSOR = /^[A-Za-z-]*/;
/** A `:::name` line with whatever follows the name. */
const EXTENSION_LINE = /^([ \t>]*):::[ \t]*([A-Za-z][\w-]*)(?=[ \t])/;
const ATTRIBUTE_NAME = /[A-Za-z_][\w-]*/y;

export interface LineCompletions {
  /** Column (0-based) of the construct the completions belong to, to check it is not in code. */
  constructStart: number;
  items: CompletionItem[];
}

/**
 * What to offer at `character` of a line: the pure core of the feature. `line` only places the
 * edits; `articleName` (the file name without extension) names the media folder in image snippets.
 */
export function lineCompletions(lineText: string, line: number, character: number, articleName: string): LineCompletions | undefined {
  const before = lineText.slice(0, character);
  const after = lineText.slice(character);
  if (before.includes('[!')) {
    const alert = ALERT_BEFORE_CURSOR.exec(before);
    if (alert) return alertCompletions(alert, after, line, character);
  }
  if (!before.includes(':::')) return undefined;
  const name = EXTENSION_NAME_BEFORE_CURSOR.exec(before);
  if (name) return extensionNameCompletions(name, after, line, character, articleName);
  const extension = EXTENSION_LINE.exec(lineText);
  if (extension && character > extension[0].length) return attributeCompletions(extension, lineText, line, character);
  return undefined;
}

function alertCompletions(match: RegExpExecArray, after: string, line: number, character: number): LineCompletions {
  const typedStart = character - match[1]!.length;
  // Replace the whole type and its closing bracket, so `> [!|]` and `> [!TI|P]` both end as `> [!TIP]`.
  const rest = WORD_AFTER_CURSOR.exec(after)![0].length;
  const end = character + rest + (after[rest] === ']' ? 1 : 0);
  const range = { start: { line, character: typedStart }, end: { line, character: end } };
  const items = LEARN_ALERTS.map(
    ({ type, purpose }, index): CompletionItem => ({
      label: type,
      kind: CompletionItemKind.EnumMember,
      detail: purpose,
      documentation: { kind: MarkupKind.Markdown, value: `${purpose}\n\n\`\`\`markdown\n> [!${type}]\n> ${purpose}\n\`\`\`` },
      sortText: String(index),
      filterText: type,
      textEdit: { range, newText: `${type}]` },
    }),
  );
  return { constructStart: typedStart - 2, items };
}

function extensionNameCompletions(
  match: RegExpExecArray,
  after: string,
  line: number,
  character: number,
  articleName: string,
): LineCompletions {
  const continuation = match[1]!;
  const typedStart = character - match[2]!.length;
  const end = character + NAME_AFTER_CURSOR.exec(after)![0].length;
  // On a line that already has attributes or a closing `:::`, only the name is replaced.
  const lineIsOpen = after.slice(end - character).trim() === '';
  const range = { start: { line, character: typedStart }, end: { line, character: end } };
  const items = EXTENSIONS.map((extension, index): CompletionItem => {
    const item: CompletionItem = {
      label: extension.name,
      kind: extension.name.endsWith('-end') ? CompletionItemKind.Keyword : CompletionItemKind.Snippet,
      detail: extension.description,
      sortText: String(index).padStart(2, '0'),
      filterText: extension.name,
      textEdit: { range, newText: extension.name },
    };
    if (lineIsOpen) {
      // Continuation lines repeat the line's indentation or blockquote markers.
      const snippet = extension.snippet(escapeSnippetText(articleName)).replaceAll('\n', `\n${escapeSnippetText(continuation)}`);
      item.textEdit = { range, newText: snippet };
      item.insertTextFormat = InsertTextFormat.Snippet;
      item.insertTextMode = InsertTextMode.asIs;
      item.documentation = { kind: MarkupKind.Markdown, value: `\`\`\`markdown\n:::${snippetPreview(snippet)}\n\`\`\`` };
    }
    return item;
  });
  return { constructStart: match[1]!.length, items };
}

interface AttributeToken {
  name: string;
  start: number;
  nameEnd: number;
  /** Offset just past `=`, when there is one. */
  afterEquals?: number;
  /** The value's text span, inside its quotes when quoted (to the end of the line when a quote is not closed). */
  valueStart?: number;
  valueEnd?: number;
  quoted?: boolean;
}

/** Attributes of a `:::name` line after the name, and where a closing `:::` starts (if any). */
function tokenizeAttributes(lineText: string, from: number): { tokens: AttributeToken[]; closing: number | undefined } {
  const tokens: AttributeToken[] = [];
  let index = from;
  const skipBlanks = () => {
    while (lineText[index] === ' ' || lineText[index] === '\t') index++;
  };
  while (true) {
    skipBlanks();
    if (index >= lineText.length) return { tokens, closing: undefined };
    if (lineText.startsWith(':::', index)) return { tokens, closing: index };
    ATTRIBUTE_NAME.lastIndex = index;
    const name = ATTRIBUTE_NAME.exec(lineText);
    if (!name) {
      index++;
      continue;
    }
    const token: AttributeToken = { name: name[0], start: index, nameEnd: index + name[0].length };
    tokens.push(token);
    index = token.nameEnd;
    skipBlanks();
    if (lineText[index] !== '=') continue;
    index++;
    token.afterEquals = index;
    skipBlanks();
    const quote = lineText[index];
    if (quote === '"' || quote === "'") {
      const close = lineText.indexOf(quote, index + 1);
      token.quoted = true;
      token.valueStart = index + 1;
      token.valueEnd = close === -1 ? lineText.length : close;
      index = close === -1 ? lineText.length : close + 1;
    } else if (index < lineText.length && !lineText.startsWith(':::', index)) {
      token.valueStart = index;
      while (index < lineText.length && !/[\s"']/.test(lineText[index]!) && !lineText.startsWith(':::', index)) index++;
      token.valueEnd = index;
    }
  }
}

function attributeCompletions(match: RegExpExecArray, lineText: string, line: number, character: number): LineCompletions | undefined {
  const extension = EXTENSION_BY_NAME.get(match[2]!);
  if (!extension || extension.attributes.length === 0) return undefined;
  const constructStart = match[1]!.length;
  const { tokens, closing } = tokenizeAttributes(lineText, match[0].length);
  if (closing !== undefined && character > closing) return undefined;
  const at = (start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });

  for (const token of tokens) {
    if (token.valueStart !== undefined && character >= token.valueStart && character <= token.valueEnd!) {
      const values = extension.attributes.find((attribute) => attribute.name === token.name)?.values;
      if (!values) return undefined;
      const range = at(token.valueStart, token.valueEnd!);
      return { constructStart, items: values.map((value, index) => valueItem(value, index, range, token.quoted ? value : `"${value}"`)) };
    }
    if (
      token.afterEquals !== undefined &&
      token.valueStart === undefined &&
      character >= token.afterEquals &&
      lineText.slice(token.afterEquals, character).trim() === ''
    ) {
      const values = extension.attributes.find((attribute) => attribute.name === token.name)?.values;
      if (!values) return undefined;
      const range = at(character, character);
      return { constructStart, items: values.map((value, index) => valueItem(`"${value}"`, index, range, `"${value}"`)) };
    }
    // At the very start of a name the writer is inserting before it, not renaming it.
    if (character > token.start && character <= token.nameEnd) {
      return { constructStart, items: attributeNameItems(extension, tokens, token, at(token.start, token.nameEnd)) };
    }
  }
  // Between attributes: a new one may start only after a blank.
  if (!/[ \t]/.test(lineText[character - 1] ?? '')) return undefined;
  const needsSpaceAfter = character < lineText.length && !/[ \t]/.test(lineText[character]!) && character !== closing;
  return { constructStart, items: attributeNameItems(extension, tokens, undefined, at(character, character), needsSpaceAfter) };
}

function attributeNameItems(
  extension: ExtensionSpec,
  tokens: AttributeToken[],
  editing: AttributeToken | undefined,
  range: Range,
  needsSpaceAfter = false,
): CompletionItem[] {
  const present = new Set(tokens.filter((token) => token !== editing).map((token) => token.name));
  // Renaming an attribute that already has a value replaces the name alone.
  const nameOnly = editing?.afterEquals !== undefined;
  return extension.attributes
    .filter((attribute) => !present.has(attribute.name))
    .map((attribute, index): CompletionItem => {
      const value = attribute.values ? `\${1|${attribute.values.join(',')}|}` : `\${1:${escapeSnippetText(attribute.placeholder)}}`;
      return {
        label: attribute.name,
        kind: CompletionItemKind.Property,
        detail: attribute.description,
        sortText: String(index).padStart(2, '0'),
        filterText: attribute.name,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: nameOnly ? attribute.name : `${attribute.name}="${value}"${needsSpaceAfter ? ' ' : ''}$0` },
      };
    });
}

function valueItem(label: string, index: number, range: Range, newText: string): CompletionItem {
  return { label, kind: CompletionItemKind.Value, sortText: String(index), filterText: newText, textEdit: { range, newText } };
}

function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** The snippet as the writer sees it with its defaults, for the documentation popup. */
function snippetPreview(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

export const authoringFeature: LanguageFeature = {
  triggerCharacters: ['[', '!', ':', ' ', '"', '='],
  completion(context: FeatureContext, position: Position): CompletionItem[] | undefined {
    // Most requests (a space typed in prose) end at the line check, before the model is read.
    const { document } = context;
    const lineText = document
      .getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } })
      .replace(/\r?\n$/, '');
    const articleName = context.path.slice(context.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    const completions = lineCompletions(lineText, position.line, position.character, articleName);
    if (!completions) return undefined;
    const { model } = context;
    const constructOffset = document.offsetAt({ line: position.line, character: completions.constructStart });
    if (model.frontMatter && constructOffset < model.frontMatter.bodyStart) return undefined;
    if (model.isInCode(constructOffset)) return undefined;
    return completions.items;
  },
};
