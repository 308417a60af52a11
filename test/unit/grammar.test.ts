// The Learn injection grammar, tokenized the way VS Code runs it: injected into a Markdown grammar
// (a stand-in with VS Code's scope names) by vscode-textmate on vscode-oniguruma.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import textmate from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { ALERT_TYPES } from '../../server/src/engine/parse/learn-extensions.js';

const repoRoot = new URL('../../', import.meta.url);
const MARKDOWN_SCOPE = 'text.html.markdown';
const INJECTION_SCOPE = 'markdown.learn.injection';
const GRAMMAR_FILES: Record<string, URL> = {
  [MARKDOWN_SCOPE]: new URL('test/fixtures/grammar/markdown-base.tmLanguage.json', repoRoot),
  [INJECTION_SCOPE]: new URL('syntaxes/learn-markdown.injection.tmLanguage.json', repoRoot),
};

/** A token's text and its scopes below the root scope, space-separated. */
type Token = [text: string, scopes: string];

const QUOTE = 'markup.quote.markdown';
const PARAGRAPH = 'meta.paragraph.markdown';
/** The paragraph Markdown opens in a blockquote: the injection applies inside paragraphs and headings only. */
const QUOTED = `${QUOTE} ${PARAGRAPH}`;
const QUOTE_MARK: Token = ['>', `${QUOTE} punctuation.definition.quote.begin.markdown`];
const QUOTE_SPACE: Token = [' ', QUOTE];

let markdown: IGrammar;

before(async () => {
  const wasm = await readFile(new URL('node_modules/vscode-oniguruma/release/onig.wasm', repoRoot));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => oniguruma.createOnigScanner(patterns),
      createOnigString: (text) => oniguruma.createOnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? textmate.parseRawGrammar(await readFile(file, 'utf8'), file.pathname) : null;
    },
    // What `injectTo: ["text.html.markdown"]` in package.json does in VS Code.
    getInjections: (scopeName) => (scopeName === MARKDOWN_SCOPE ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN_SCOPE);
  assert.ok(grammar, 'the Markdown grammar loads');
  markdown = grammar;
});

/** Tokenizes a document line by line, carrying the rule stack across lines as an editor does. */
function tokenize(text: string): Token[][] {
  let ruleStack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = markdown.tokenizeLine(line, ruleStack);
    ruleStack = result.ruleStack;
    return result.tokens.map(({ startIndex, endIndex, scopes }): Token => {
      assert.equal(scopes[0], MARKDOWN_SCOPE);
      return [line.slice(startIndex, endIndex), scopes.slice(1).join(' ')];
    });
  });
}

function tokenizeLine(line: string): Token[] {
  const [tokens] = tokenize(line);
  return tokens!;
}

function learnTokens(lines: Token[][]): Token[] {
  return lines.flat().filter(([, scopes]) => scopes.split(' ').some((scope) => scope.endsWith('.learn')));
}

describe('alerts', () => {
  test('the grammar colours exactly the alert types the engine knows', async () => {
    const grammar = JSON.parse(await readFile(GRAMMAR_FILES[INJECTION_SCOPE]!, 'utf8')) as { repository: { alert: { match: string } } };
    const alternatives = /\(\?i:([A-Z|]+)\)/.exec(grammar.repository.alert.match);
    assert.ok(alternatives, 'the alert pattern lists its types as (?i:A|B|…)');
    assert.deepEqual(alternatives[1]!.split('|'), ALERT_TYPES);
  });

  for (const type of ALERT_TYPES) {
    test(`> [!${type}] is an alert marker; its body stays Markdown`, () => {
      assert.deepEqual(tokenize(`> [!${type}]\n> Body text.`), [
        [
          QUOTE_MARK,
          QUOTE_SPACE,
          ['[!', `${QUOTED} meta.alert.learn punctuation.definition.alert.begin.learn`],
          [type, `${QUOTED} meta.alert.learn keyword.control.alert.learn`],
          [']', `${QUOTED} meta.alert.learn punctuation.definition.alert.end.learn`],
        ],
        [QUOTE_MARK, QUOTE_SPACE, ['Body text.', QUOTED]],
      ]);
    });
  }

  test('a lower-case type is still coloured as an alert (md-alert-case reports it)', () => {
    assert.deepEqual(tokenizeLine('> [!tip]'), [
      QUOTE_MARK,
      QUOTE_SPACE,
      ['[!', `${QUOTED} meta.alert.learn punctuation.definition.alert.begin.learn`],
      ['tip', `${QUOTED} meta.alert.learn keyword.control.alert.learn`],
      [']', `${QUOTED} meta.alert.learn punctuation.definition.alert.end.learn`],
    ]);
  });

  test('an alert in a nested blockquote', () => {
    assert.deepEqual(tokenizeLine('> > [!WARNING]'), [
      QUOTE_MARK,
      QUOTE_SPACE,
      ['>', `${QUOTE} ${QUOTE} punctuation.definition.quote.begin.markdown`],
      [' ', `${QUOTE} ${QUOTE}`],
      ['[!', `${QUOTE} ${QUOTE} ${PARAGRAPH} meta.alert.learn punctuation.definition.alert.begin.learn`],
      ['WARNING', `${QUOTE} ${QUOTE} ${PARAGRAPH} meta.alert.learn keyword.control.alert.learn`],
      [']', `${QUOTE} ${QUOTE} ${PARAGRAPH} meta.alert.learn punctuation.definition.alert.end.learn`],
    ]);
  });

  test('outside a blockquote [!NOTE] is not an alert and Markdown keeps it', () => {
    assert.deepEqual(tokenizeLine('[!NOTE]'), [
      ['[', `${PARAGRAPH} meta.link.reference.markdown punctuation.definition.string.begin.markdown`],
      ['!NOTE', `${PARAGRAPH} meta.link.reference.markdown string.other.link.title.markdown`],
      [']', `${PARAGRAPH} meta.link.reference.markdown punctuation.definition.string.end.markdown`],
    ]);
  });

  test('a marker with text after it on the line is not an alert', () => {
    assert.deepEqual(learnTokens(tokenize('> [!NOTE] Text on the marker line.')), []);
  });

  test('an unknown alert type is not coloured (md-alert-type reports it)', () => {
    assert.deepEqual(learnTokens(tokenize('> [!NOTES]')), []);
  });
});

describe('includes', () => {
  test('[!INCLUDE [title](path)] in a sentence: keyword, title and path', () => {
    assert.deepEqual(tokenizeLine('See [!INCLUDE [goals](../includes/goals.md)] here.'), [
      ['See ', PARAGRAPH],
      ['[!', `${PARAGRAPH} meta.include.learn punctuation.definition.directive.begin.learn`],
      ['INCLUDE', `${PARAGRAPH} meta.include.learn keyword.control.include.learn`],
      [' ', `${PARAGRAPH} meta.include.learn`],
      ['[', `${PARAGRAPH} meta.include.learn punctuation.definition.string.begin.learn`],
      ['goals', `${PARAGRAPH} meta.include.learn string.other.link.title.learn`],
      [']', `${PARAGRAPH} meta.include.learn punctuation.definition.string.end.learn`],
      ['(', `${PARAGRAPH} meta.include.learn punctuation.definition.link.begin.learn`],
      ['../includes/goals.md', `${PARAGRAPH} meta.include.learn markup.underline.link.include.learn`],
      [')', `${PARAGRAPH} meta.include.learn punctuation.definition.link.end.learn`],
      [']', `${PARAGRAPH} meta.include.learn punctuation.definition.directive.end.learn`],
      [' here.', PARAGRAPH],
    ]);
  });

  test('an include that starts a line leaves the rest of the line to Markdown', () => {
    const line = tokenizeLine('[!INCLUDE [goals](../includes/goals.md)] and [Roles](roles.md)');
    assert.deepEqual(line.slice(-7), [
      [' and ', PARAGRAPH],
      ['[', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.string.begin.markdown`],
      ['Roles', `${PARAGRAPH} meta.link.inline.markdown string.other.link.title.markdown`],
      [']', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.string.end.markdown`],
      ['(', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.metadata.markdown`],
      ['roles.md', `${PARAGRAPH} meta.link.inline.markdown markup.underline.link.markdown`],
      [')', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.metadata.markdown`],
    ]);
  });

  test('without a space before the title and in lower case, as some articles write it', () => {
    assert.deepEqual(tokenizeLine('[!include[footer-include](../../includes/footer-banner.md)]'), [
      ['[!', `${PARAGRAPH} meta.include.learn punctuation.definition.directive.begin.learn`],
      ['include', `${PARAGRAPH} meta.include.learn keyword.control.include.learn`],
      ['[', `${PARAGRAPH} meta.include.learn punctuation.definition.string.begin.learn`],
      ['footer-include', `${PARAGRAPH} meta.include.learn string.other.link.title.learn`],
      [']', `${PARAGRAPH} meta.include.learn punctuation.definition.string.end.learn`],
      ['(', `${PARAGRAPH} meta.include.learn punctuation.definition.link.begin.learn`],
      ['../../includes/footer-banner.md', `${PARAGRAPH} meta.include.learn markup.underline.link.include.learn`],
      [')', `${PARAGRAPH} meta.include.learn punctuation.definition.link.end.learn`],
      [']', `${PARAGRAPH} meta.include.learn punctuation.definition.directive.end.learn`],
    ]);
  });
});

describe('[!div]', () => {
  test('a next-step action: tag, attribute name and quoted value; the link line stays Markdown', () => {
    const div = `${QUOTED} meta.directive.div.learn`;
    assert.deepEqual(tokenize('> [!div class="nextstepaction"]\n> [Define roles](roles.md)'), [
      [
        QUOTE_MARK,
        QUOTE_SPACE,
        ['[!', `${div} punctuation.definition.directive.begin.learn`],
        ['div', `${div} entity.name.tag.learn`],
        [' ', div],
        ['class', `${div} entity.other.attribute-name.learn`],
        ['=', `${div} punctuation.separator.key-value.learn`],
        ['"', `${div} string.quoted.double.learn punctuation.definition.string.begin.learn`],
        ['nextstepaction', `${div} string.quoted.double.learn`],
        ['"', `${div} string.quoted.double.learn punctuation.definition.string.end.learn`],
        [']', `${div} punctuation.definition.directive.end.learn`],
      ],
      [
        QUOTE_MARK,
        QUOTE_SPACE,
        ['[', `${QUOTED} meta.link.inline.markdown punctuation.definition.string.begin.markdown`],
        ['Define roles', `${QUOTED} meta.link.inline.markdown string.other.link.title.markdown`],
        [']', `${QUOTED} meta.link.inline.markdown punctuation.definition.string.end.markdown`],
        ['(', `${QUOTED} meta.link.inline.markdown punctuation.definition.metadata.markdown`],
        ['roles.md', `${QUOTED} meta.link.inline.markdown markup.underline.link.markdown`],
        [')', `${QUOTED} meta.link.inline.markdown punctuation.definition.metadata.markdown`],
      ],
    ]);
  });
});

describe('triple-colon extensions', () => {
  const EXTENSION = `${PARAGRAPH} meta.extension.learn`;
  const END = `${PARAGRAPH} meta.extension.end.learn`;

  /** The tokens of ` name="value"` inside an extension whose enclosing scopes are `outer`. */
  function quotedAttribute(outer: string, name: string, value: string): Token[] {
    const tokens: Token[] = [
      [' ', outer],
      [name, `${outer} entity.other.attribute-name.learn`],
      ['=', `${outer} punctuation.separator.key-value.learn`],
      ['"', `${outer} string.quoted.double.learn punctuation.definition.string.begin.learn`],
    ];
    if (value) tokens.push([value, `${outer} string.quoted.double.learn`]);
    tokens.push(['"', `${outer} string.quoted.double.learn punctuation.definition.string.end.learn`]);
    return tokens;
  }

  test(':::image type="content" …::: with alt-text', () => {
    assert.deepEqual(tokenizeLine(':::image type="content" source="media/x.png" alt-text="Screenshot of the app: the home page.":::'), [
      [':::', `${EXTENSION} punctuation.definition.tag.begin.learn`],
      ['image', `${EXTENSION} entity.name.tag.learn`],
      ...quotedAttribute(EXTENSION, 'type', 'content'),
      ...quotedAttribute(EXTENSION, 'source', 'media/x.png'),
      ...quotedAttribute(EXTENSION, 'alt-text', 'Screenshot of the app: the home page.'),
      [':::', `${EXTENSION} punctuation.definition.tag.end.learn`],
    ]);
  });

  test('an icon image inside a table row, followed by an ordinary link', () => {
    assert.deepEqual(tokenizeLine('| :::image source="../media/plan.svg" type="icon"::: [Plan](plan-overview.md) |'), [
      ['| ', PARAGRAPH],
      [':::', `${EXTENSION} punctuation.definition.tag.begin.learn`],
      ['image', `${EXTENSION} entity.name.tag.learn`],
      ...quotedAttribute(EXTENSION, 'source', '../media/plan.svg'),
      ...quotedAttribute(EXTENSION, 'type', 'icon'),
      [':::', `${EXTENSION} punctuation.definition.tag.end.learn`],
      [' ', PARAGRAPH],
      ['[', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.string.begin.markdown`],
      ['Plan', `${PARAGRAPH} meta.link.inline.markdown string.other.link.title.markdown`],
      [']', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.string.end.markdown`],
      ['(', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.metadata.markdown`],
      ['plan-overview.md', `${PARAGRAPH} meta.link.inline.markdown markup.underline.link.markdown`],
      [')', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.metadata.markdown`],
      [' |', PARAGRAPH],
    ]);
  });

  test('a complex image: opener, long description as plain text, :::image-end:::', () => {
    assert.deepEqual(
      tokenize(
        ':::image type="complex" source="media/flow.png" alt-text="Diagram of the flow.":::\nThe long description.\n:::image-end:::',
      ),
      [
        [
          [':::', `${EXTENSION} punctuation.definition.tag.begin.learn`],
          ['image', `${EXTENSION} entity.name.tag.learn`],
          ...quotedAttribute(EXTENSION, 'type', 'complex'),
          ...quotedAttribute(EXTENSION, 'source', 'media/flow.png'),
          ...quotedAttribute(EXTENSION, 'alt-text', 'Diagram of the flow.'),
          [':::', `${EXTENSION} punctuation.definition.tag.end.learn`],
        ],
        [['The long description.', PARAGRAPH]],
        [
          [':::', `${END} punctuation.definition.tag.begin.learn`],
          ['image-end', `${END} entity.name.tag.learn`],
          [':::', `${END} punctuation.definition.tag.end.learn`],
        ],
      ],
    );
  });

  test(':::zone pivot="…" runs to the end of its line; :::zone-end::: closes it', () => {
    assert.deepEqual(tokenize(':::zone pivot="python"\nText.\n:::zone-end:::'), [
      [
        [':::', `${EXTENSION} punctuation.definition.tag.begin.learn`],
        ['zone', `${EXTENSION} entity.name.tag.learn`],
        ...quotedAttribute(EXTENSION, 'pivot', 'python'),
      ],
      [['Text.', PARAGRAPH]],
      [
        [':::', `${END} punctuation.definition.tag.begin.learn`],
        ['zone-end', `${END} entity.name.tag.learn`],
        [':::', `${END} punctuation.definition.tag.end.learn`],
      ],
    ]);
  });

  test('::: zone-end with a space and without closing colons', () => {
    assert.deepEqual(tokenizeLine('::: zone-end'), [
      [':::', `${END} punctuation.definition.tag.begin.learn`],
      [' ', END],
      ['zone-end', `${END} entity.name.tag.learn`],
    ]);
  });

  test('an empty quoted value and a bare extension', () => {
    assert.deepEqual(tokenize(':::row:::\n:::column span="":::'), [
      [
        [':::', `${EXTENSION} punctuation.definition.tag.begin.learn`],
        ['row', `${EXTENSION} entity.name.tag.learn`],
        [':::', `${EXTENSION} punctuation.definition.tag.end.learn`],
      ],
      [
        [':::', `${EXTENSION} punctuation.definition.tag.begin.learn`],
        ['column', `${EXTENSION} entity.name.tag.learn`],
        ...quotedAttribute(EXTENSION, 'span', ''),
        [':::', `${EXTENSION} punctuation.definition.tag.end.learn`],
      ],
    ]);
  });

  test('an unquoted value is scoped as unquoted (md-triple-colon reports it)', () => {
    assert.deepEqual(tokenizeLine(':::zone pivot=python'), [
      [':::', `${EXTENSION} punctuation.definition.tag.begin.learn`],
      ['zone', `${EXTENSION} entity.name.tag.learn`],
      [' ', EXTENSION],
      ['pivot', `${EXTENSION} entity.other.attribute-name.learn`],
      ['=', `${EXTENSION} punctuation.separator.key-value.learn`],
      ['python', `${EXTENSION} string.unquoted.learn`],
    ]);
  });
});

describe('xref links', () => {
  const XREF = `${PARAGRAPH} meta.link.xref.learn`;

  test('<xref:uid>', () => {
    assert.deepEqual(tokenizeLine('Use <xref:System.String?displayProperty=fullName>.'), [
      ['Use ', PARAGRAPH],
      ['<', `${XREF} punctuation.definition.link.begin.learn`],
      ['xref:System.String?displayProperty=fullName', `${XREF} markup.underline.link.xref.learn`],
      ['>', `${XREF} punctuation.definition.link.end.learn`],
      ['.', PARAGRAPH],
    ]);
  });

  test('[text](xref:uid "title") wins over the Markdown link; an ordinary link does not change', () => {
    assert.deepEqual(tokenizeLine('[String](xref:System.String "The string type") or [Roles](roles.md)'), [
      ['[', `${XREF} punctuation.definition.string.begin.learn`],
      ['String', `${XREF} string.other.link.title.learn`],
      [']', `${XREF} punctuation.definition.string.end.learn`],
      ['(', `${XREF} punctuation.definition.link.begin.learn`],
      ['xref:System.String', `${XREF} markup.underline.link.xref.learn`],
      [' ', XREF],
      ['"The string type"', `${XREF} string.other.link.description.title.learn`],
      [')', `${XREF} punctuation.definition.link.end.learn`],
      [' or ', PARAGRAPH],
      ['[', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.string.begin.markdown`],
      ['Roles', `${PARAGRAPH} meta.link.inline.markdown string.other.link.title.markdown`],
      [']', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.string.end.markdown`],
      ['(', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.metadata.markdown`],
      ['roles.md', `${PARAGRAPH} meta.link.inline.markdown markup.underline.link.markdown`],
      [')', `${PARAGRAPH} meta.link.inline.markdown punctuation.definition.metadata.markdown`],
    ]);
  });

  test('an xref in a heading', () => {
    const heading = 'markup.heading.markdown entity.name.section.markdown meta.link.xref.learn';
    assert.deepEqual(tokenizeLine('## The <xref:System.String> type').slice(3, 6), [
      ['<', `${heading} punctuation.definition.link.begin.learn`],
      ['xref:System.String', `${heading} markup.underline.link.xref.learn`],
      ['>', `${heading} punctuation.definition.link.end.learn`],
    ]);
  });
});

describe('regions where Learn syntax is text', () => {
  const SAMPLES = [
    '> [!NOTE]',
    '> [!div class="nextstepaction"]',
    '[!INCLUDE [goals](../includes/goals.md)]',
    ':::image type="content" source="media/x.png" alt-text="Screenshot.":::',
    ':::image-end:::',
    '<xref:System.String>',
  ];

  test('a fenced code block', () => {
    const lines = tokenize(['```', ...SAMPLES, '```'].join('\n'));
    assert.deepEqual(learnTokens(lines), []);
    for (const line of lines) for (const [, scopes] of line) assert.match(scopes, /^markup\.fenced_code\.block\.markdown\b/);
  });

  test('a Markdown fenced code block, whose content is Markdown again', () => {
    const lines = tokenize(['~~~markdown', ...SAMPLES, '~~~'].join('\n'));
    assert.deepEqual(learnTokens(lines), []);
    assert.deepEqual(lines[4], [[SAMPLES[3], 'markup.fenced_code.block.markdown meta.embedded.block.markdown meta.paragraph.markdown']]);
  });

  test('an indented code block', () => {
    const lines = tokenize(SAMPLES.map((sample) => `    ${sample}`).join('\n'));
    assert.deepEqual(learnTokens(lines), []);
    assert.deepEqual(lines[2], [
      ['    ', 'markup.raw.block.markdown'],
      [SAMPLES[2], 'markup.raw.block.markdown'],
    ]);
  });

  test('inline code', () => {
    const raw = `${PARAGRAPH} markup.inline.raw.string.markdown`;
    assert.deepEqual(tokenizeLine('Write `[!INCLUDE [t](p.md)]` or `:::image-end:::`.'), [
      ['Write ', PARAGRAPH],
      ['`', `${raw} punctuation.definition.raw.markdown`],
      ['[!INCLUDE [t](p.md)]', raw],
      ['`', `${raw} punctuation.definition.raw.markdown`],
      [' or ', PARAGRAPH],
      ['`', `${raw} punctuation.definition.raw.markdown`],
      [':::image-end:::', raw],
      ['`', `${raw} punctuation.definition.raw.markdown`],
      ['.', PARAGRAPH],
    ]);
  });

  test('an HTML comment, as a block and inside a paragraph', () => {
    assert.deepEqual(learnTokens(tokenize(['<!--', ...SAMPLES, '-->'].join('\n'))), []);
    const comment = `${PARAGRAPH} comment.block.html`;
    assert.deepEqual(tokenizeLine('Text <!-- [!INCLUDE [t](p.md)] --> text.'), [
      ['Text ', PARAGRAPH],
      ['<!--', `${comment} punctuation.definition.comment.html`],
      [' [!INCLUDE [t](p.md)] ', comment],
      ['-->', `${comment} punctuation.definition.comment.html`],
      [' text.', PARAGRAPH],
    ]);
  });

  test('front matter', () => {
    const lines = tokenize('---\ndescription: Compare <xref:System.String> and :::image type="icon":::\n---\n\n:::row:::');
    assert.deepEqual(learnTokens(lines.slice(0, 3)), []);
    assert.equal(learnTokens(lines.slice(4)).length, 3, 'Learn syntax after the front matter is coloured again');
  });
});
