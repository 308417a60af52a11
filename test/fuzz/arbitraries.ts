// fast-check arbitraries for guidance Markdown as writers (and generators, and broken tools) leave
// it: Learn syntax in every spelling, random and broken YAML, odd link destinations, mixed line
// endings and awkward Unicode. Built from fragments the rules look at, so most runs reach the rules
// instead of stopping at "not Markdown".
import fc from 'fast-check';
import { encodeText } from '../../server/src/engine/parse/text.js';

/** Characters that break naive offset and width arithmetic: astral, replacement, combining, zero-width, RTL, tabs. */
const ODD_CHARS = [
  '😀',
  '𝔘',
  '\uFFFD',
  'e\u0301',
  '\u200B',
  '\u202E',
  '\u00A0',
  '\t',
  'ß',
  'İ',
  'Ã©',
  'â€™',
  '\\',
  '`',
  '*',
  '_',
  '<',
  '>',
  '&',
  '|',
  '"',
  "'",
  '#',
  '!',
  '[',
  ']',
  '(',
  ')',
  ':',
  '%',
];
const WORDS = [
  'the',
  'the',
  'Power',
  'Platform',
  'app',
  'click',
  'here',
  'Azure',
  'AD',
  'Certainly!',
  'As an AI',
  'delve',
  'e-mail',
  'setup',
  'login',
  'OK',
  'okay',
  'blacklist',
];

export const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_CHARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

export const inlineText = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

/** Destinations as they appear in real repositories, plus the ones that break decoders. */
const DESTINATIONS = [
  'a.md',
  'A.MD',
  'a',
  'a.md#setup',
  'a.md#Missing-Anchor',
  '#overview',
  '#',
  '',
  'sub/b.md',
  '../docs/a.md',
  '../../../../etc/passwd',
  '/azure/overview',
  '/en-us/azure/overview',
  '~/docs/a.md',
  'https://learn.microsoft.com/en-us/azure/overview',
  'https://learn.microsoft.com/azure/overview?view=x#y',
  'http://example.com',
  'https://',
  'mailto:someone@example.com',
  'file:///C:/docs/a.md',
  'C:\\docs\\a.md',
  '\\\\server\\share\\a.md',
  'media/pic.png',
  'media/missing.png',
  'includes/inc.md',
  '%00',
  'a%00.md',
  '%',
  '%zz',
  'a%2',
  '%E0%A4%A',
  '%C0%AF..%C0%AF',
  '%2e%2e/%2e%2e/a.md',
  'a%20b.md',
  '<a b.md>',
  'a b.md',
  'a.md "title"',
  'a.md#%',
  'javascript:alert(1)',
  'data:image/png;base64,AAAA',
  '😀.md',
  'a.md?',
  '..',
  '.',
  '/',
  '//',
];

export const destination = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DESTINATIONS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...DESTINATIONS), fc.constantFrom(...DESTINATIONS)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

const link = fc.tuple(inlineText, destination).map(([text, url]) => `[${text}](${url})`);
const image = fc.tuple(fc.option(inlineText, { nil: '' }), destination).map(([alt, url]) => `![${alt}](${url})`);
const referenceLink = fc.tuple(inlineText, fc.constantFrom('ref', 'Ref', 'missing', '')).map(([text, label]) => `[${text}][${label}]`);
const autolink = destination.map((url) => `<${url}>`);
const htmlLink = fc.tuple(destination, inlineText).map(([url, text]) => `<a href="${url}">${text}</a>`);
const htmlImage = fc
  .tuple(destination, fc.option(inlineText, { nil: undefined }))
  .map(([url, alt]) => (alt === undefined ? `<img src="${url}">` : `<img src="${url}" alt="${alt}">`));
const inlineCode = inlineText.map((text) => `\`${text}\``);
const emphasis = inlineText.map((text) => `**${text}**`);

export const inline = fc.oneof(
  { weight: 6, arbitrary: inlineText },
  { weight: 2, arbitrary: link },
  { weight: 1, arbitrary: image },
  { weight: 1, arbitrary: referenceLink },
  { weight: 1, arbitrary: autolink },
  { weight: 1, arbitrary: htmlLink },
  { weight: 1, arbitrary: htmlImage },
  { weight: 1, arbitrary: inlineCode },
  { weight: 1, arbitrary: emphasis },
);

export const paragraph = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), paragraph, fc.constantFrom('', ' #', ' ##', ' {#custom-id}', ''))
  .map(([depth, text, suffix]) => `${'#'.repeat(depth)} ${text}${suffix}`);
const setextHeading = fc.tuple(inlineText, fc.constantFrom('===', '---', '-')).map(([text, underline]) => `${text}\n${underline}`);
const tabHeading = fc
  .tuple(inlineText, fc.constantFrom('tab/windows', 'tab/linux', 'tab/', 'windows'))
  .map(([text, id]) => `# [${text}](#${id})`);

/** Alert types in any letter case, the real ones and near misses. */
const alertType = fc
  .tuple(
    fc.constantFrom('NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING', 'WARN', 'INFO', 'DIV', 'INCLUDE', 'NOTE ', ''),
    fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  )
  .map(([type, upper]) => [...type].map((char, index) => (upper[index] ? char.toUpperCase() : char.toLowerCase())).join(''));
const alert = fc
  .tuple(
    alertType,
    fc.constantFrom('> ', '>', '>  ', '> > '),
    fc.array(paragraph, { maxLength: 3 }),
    fc.constantFrom('', ' ', ' text after'),
  )
  .map(([type, prefix, body, after]) => [`${prefix}[!${type}]${after}`, ...body.map((line) => `${prefix}${line}`)].join('\n'));
const nextStepAction = fc
  .tuple(link, fc.constantFrom('class="nextstepaction"', 'class="checklist"', '', 'class='))
  .map(([target, attrs]) => `> [!div ${attrs}]\n> ${target}`);

/** Includes as written, misspelled and pointing at odd places. */
const includePath = fc.constantFrom(
  'includes/inc.md',
  '../includes/shared.md',
  'includes/self.md',
  'includes/loop-a.md',
  'includes/missing.md',
  'a.md',
  'includes/inc',
  '',
  ' ',
  '%00',
  'includes/%zz.md',
  '../../../../outside/secret.md',
  '/includes/inc.md',
  'https://example.com/inc.md',
  'includes\\inc.md',
  'includes/inc.md#frag',
);
const include = fc
  .tuple(
    fc.constantFrom('[!INCLUDE ', '[!include', '[!Include ', '[!INCLUDE', '[! INCLUDE ', '[INCLUDE '),
    inlineText,
    includePath,
    fc.constantFrom(']', '', ' ]', ']]'),
    fc.constantFrom('', '> ', '- ', 'Text ', '  '),
  )
  .map(([keyword, title, path, close, before]) => `${before}${keyword}[${title}](${path})${close}`);

/** :::blocks with attributes, quoted right and wrong, closed and not. */
const attribute = fc
  .tuple(
    fc.constantFrom(
      'type',
      'source',
      'alt-text',
      'border',
      'lightbox',
      'pivot',
      'id',
      'range',
      'highlight',
      'language',
      'unknown-attr',
      'Source',
    ),
    fc.oneof(
      fc.constantFrom(
        '"content"',
        '"media/pic.png"',
        '"media/missing.png"',
        '"complex"',
        '"icon"',
        '""',
        "'single'",
        'bare',
        '"unclosed',
        '"%00"',
        '"a"b"',
      ),
      destination.map((url) => `"${url}"`),
    ),
  )
  .map(([name, value]) => `${name}=${value}`);
const tripleColon = fc
  .tuple(
    fc.constantFrom(
      'image',
      'image-end',
      'zone',
      'zone-end',
      'moniker',
      'moniker-end',
      'row',
      'row-end',
      'column',
      'column-end',
      'code',
      'video',
      'no-loc',
      'unknown',
      '',
    ),
    fc.array(attribute, { maxLength: 4 }),
    fc.constantFrom(':::', '', '::', ' :::'),
    fc.option(paragraph, { nil: undefined }),
  )
  .map(([name, attributes, close, body]) => {
    const open = `:::${name}${attributes.length ? ' ' + attributes.join(' ') : ''}${close}`;
    return body === undefined ? open : `${open}\n${body}\n:::${name.replace(/-end$/, '')}-end:::`;
  });

const codeFence = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````', '``'),
    fc.constantFrom('', 'powershell', 'azurecli', 'json', 'PowerShell', 'c#', 'unknown-lang'),
    fc.array(paragraph, { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([fence, language, lines, closed]) => [fence + language, ...lines, ...(closed ? [fence] : [])].join('\n'));
const indentedCode = paragraph.map((line) => `    ${line}`);

const directive = fc
  .tuple(
    fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-file', 'Disable', 'disable-line'),
    fc.array(
      fc.constantFrom('md-h1', 'md-alert-case', 'style-repeated-word', 'link-file-not-found', 'fm-missing', 'no-such-rule', '', ','),
      { maxLength: 3 },
    ),
    fc.constantFrom(' -->', '-->', '', ' --> trailing'),
  )
  .map(([kind, ids, close]) => `<!-- guidance-lint-${kind}${ids.length ? ' ' + ids.join(' ') : ''}${close}`);
const htmlComment = fc.oneof(
  directive,
  inlineText.map((text) => `<!-- ${text} -->`),
  fc.constant('<!--'),
  fc.constant('-->'),
);

const listItem = fc
  .tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '  - ', '    * ', '-'), paragraph)
  .map(([marker, text]) => marker + text);
const list = fc.array(listItem, { minLength: 1, maxLength: 4 }).map((items) => items.join('\n'));
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(inline, { minLength: 1, maxLength: 4 }), { maxLength: 4 }))
  .map(([columns, rows]) =>
    [`|${' h |'.repeat(columns)}`, `|${' --- |'.repeat(columns)}`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n'),
  );
const definition = fc.tuple(fc.constantFrom('ref', 'Ref', 'unused', ''), destination).map(([label, url]) => `[${label}]: ${url}`);
const thematicBreak = fc.constantFrom('---', '***', '___', '- - -');
const rawHtml = fc.constantFrom(
  '<div>',
  '</div>',
  '<br>',
  '<a name="explicit-anchor"></a>',
  '<span id="x">',
  '<details><summary>More</summary>',
  '</details>',
  '<img>',
  '<a href=>',
);

export const block = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 3, arbitrary: heading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 1, arbitrary: tabHeading },
  { weight: 2, arbitrary: alert },
  { weight: 1, arbitrary: nextStepAction },
  { weight: 2, arbitrary: include },
  { weight: 2, arbitrary: tripleColon },
  { weight: 2, arbitrary: codeFence },
  { weight: 1, arbitrary: indentedCode },
  { weight: 2, arbitrary: htmlComment },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: definition },
  { weight: 1, arbitrary: thematicBreak },
  { weight: 1, arbitrary: rawHtml },
);

// ---- Front matter ----------------------------------------------------------------------------

const FRONT_MATTER_KEYS = [
  'title',
  'titleSuffix',
  'description',
  'author',
  'ms.author',
  'ms.date',
  'ms.topic',
  'ms.service',
  'ms.subservice',
  'ms.custom',
  'ms.prod',
  'ms.technology',
  'ms.reviewer',
  'ms.collection',
  'ms.search.keywords',
  'keywords',
  'ROBOTS',
  'no-loc',
  'zone_pivot_groups',
  'monikerRange',
  'unknown-key',
  'Title',
  'ms.Date',
  'ms date',
  '',
];
const scalarValue = fc.oneof(
  fc.constantFrom(
    '11/01/2026',
    '2026-11-01',
    '13/45/2026',
    '1/2/2020',
    '02/30/2025',
    '11/22/2026',
    'today',
    'article',
    'conceptual',
    'how-to',
    'overview',
    'Tutorial',
    'writer',
    'true',
    'null',
    '~',
    '',
    '""',
    "''",
    '"unclosed',
    "'unclosed",
    '"a\\"b"',
    '| literal',
    '>-',
    '- item',
    '[a, b',
    '{a: 1',
    '{a: 1}',
    '[a, b]',
    '&anchor value',
    '*anchor',
    '*missing',
    '!!binary AAAA',
    '!custom x',
    '@at',
    '`tick',
    '%percent',
    'a: b: c',
    '#comment',
    'value # comment',
    'Plan your Power Platform adoption - Power Platform | Microsoft Learn',
  ),
  inlineText,
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
);
const frontMatterLine = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...FRONT_MATTER_KEYS), fc.constantFrom(': ', ':', ' : ', ':  ', ':\t'), scalarValue)
      .map(([key, colon, value]) => `${key}${colon}${value}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...FRONT_MATTER_KEYS),
        fc.array(scalarValue, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('  - ', '- ', '\t- ', '    - '),
      )
      .map(([key, items, marker]) => `${key}:\n${items.map((item) => marker + item).join('\n')}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...FRONT_MATTER_KEYS),
        fc.constantFrom('>', '>-', '|', '|-', '>+'),
        fc.array(inlineText, { minLength: 1, maxLength: 3 }),
      )
      .map(([key, style, lines]) => `${key}: ${style}\n${lines.map((line) => '  ' + line).join('\n')}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'base: &b {x: 1}',
      'copy: *b',
      '<<: *b',
      'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]',
      '  indented: wrong',
      '\tTabbed: wrong',
      '---',
      '...',
      ':',
      '- orphan item',
      '? complex key',
      '"quoted key": v',
      'key with spaces: v',
      '# a comment',
    ),
  },
);
const frontMatterBody = fc.array(frontMatterLine, { maxLength: 9 }).map((lines) => lines.join('\n'));
/** A complete Learn front matter, so the value rules (dates, topic, title suffix) get past "missing". */
const VALID_FRONT_MATTER_LINES = [
  'title: Plan your adoption',
  'description: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers onward.',
  'author: writer',
  'ms.author: writer',
  'ms.date: 11/01/2024',
  'ms.topic: how-to',
];
export const frontMatter = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.shuffledSubarray(VALID_FRONT_MATTER_LINES, { minLength: 4 }), fc.array(frontMatterLine, { maxLength: 3 }))
      .map(([lines, extra]) => `---\n${[...lines, ...extra].join('\n')}\n---`),
  },
  { weight: 3, arbitrary: frontMatterBody.map((body) => `---\n${body}\n---`) },
  { weight: 1, arbitrary: frontMatterBody.map((body) => `---\n${body}`) },
  { weight: 1, arbitrary: frontMatterBody.map((body) => `---\n${body}\n...`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('--- ', '---\t', ' ---', '----', '+++'), frontMatterBody)
      .map(([fence, body]) => `${fence}\n${body}\n---`),
  },
  { weight: 1, arbitrary: fc.constant('') },
);

// ---- Whole documents -------------------------------------------------------------------------

/** Line breaks: mostly LF, sometimes CRLF, rarely a lone CR. */
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\n\n', '\r\n\r\n', '\r');

/** Joins lines with a randomly chosen line break after each, so one file mixes LF, CRLF and CR. */
function joinWithBreaks(text: string, breaks: readonly string[]): string {
  const lines = text.split('\n');
  return lines.map((line, index) => (index < lines.length - 1 ? line + breaks[index % breaks.length]! : line)).join('');
}

export const document = fc
  .tuple(
    fc.option(frontMatter, { freq: 4, nil: undefined }),
    fc.array(block, { maxLength: 12 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(['\n']) },
      { weight: 1, arbitrary: fc.constant(['\r\n']) },
      { weight: 2, arbitrary: fc.array(lineBreak, { minLength: 1, maxLength: 8 }) },
    ),
    fc.constantFrom('', '\n', '\n\n', '\r\n'),
  )
  .map(([front, blocks, breaks, end]) => {
    const body = blocks.join('\n\n');
    const text = front === undefined ? body : front === '' ? body : `${front}\n${body}`;
    return joinWithBreaks(text, breaks) + end;
  });

// ---- Random edits ----------------------------------------------------------------------------

/** An edit at a relative position, so it applies to a document of any length. */
export type RandomEdit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number };

const editText = fc.oneof(
  inline,
  block,
  fc.constantFrom(
    '\n',
    '\r\n',
    '\r',
    '---\n',
    '> ',
    '[',
    ']',
    '(',
    ')',
    '`',
    '```',
    ':::',
    '<!--',
    '-->',
    '\uFFFD',
    '😀',
    '\uD83D',
    '\uDE00',
    '\t',
    '#',
  ),
);
export const randomEdit: fc.Arbitrary<RandomEdit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: editText }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 80 }),
  }),
);

export function applyRandomEdit(text: string, edit: RandomEdit): string {
  const at = Math.floor(edit.at * text.length);
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at) + edit.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'duplicate':
      return text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
  }
}

/** A generated document, then a few random edits to it: what a writer's buffer looks like mid-typing. */
export const editedDocument = fc
  .tuple(document, fc.array(randomEdit, { maxLength: 4 }))
  .map(([text, edits]) => edits.reduce(applyRandomEdit, text));

// ---- Bytes -----------------------------------------------------------------------------------

/** Latin-1 bytes of a text (characters past U+00FF as `?`): what an old editor saves. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f));
}

/** A byte that is never valid on its own in UTF-8, put at a relative position. */
const strayByte = fc.tuple(fc.constantFrom(0x80, 0xc3, 0xe9, 0xff, 0xf0), fc.double({ min: 0, max: 1, noNaN: true }));

/** A document's bytes in each encoding a repository holds, valid or not. */
export const encodedDocument: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    editedDocument,
    fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'latin-1', 'stray-byte'),
    strayByte,
  )
  .map(([text, encoding, [byte, at]]) => {
    switch (encoding) {
      case 'utf-8':
        return encodeText(text, { encoding: 'utf-8', bom: false });
      case 'utf-8-bom':
        return encodeText(text, { encoding: 'utf-8', bom: true });
      case 'latin-1':
        return latin1(text);
      case 'stray-byte': {
        const bytes = encodeText(text, { encoding: 'utf-8', bom: false });
        const index = Math.floor(at * bytes.length);
        return Uint8Array.from([...bytes.subarray(0, index), byte, ...bytes.subarray(index)]);
      }
      default:
        return encodeText(text, { encoding, bom: true });
    }
  });
