// Completions for Learn syntax (server/src/lsp/features/authoring.ts), asked of the feature with a
// document built the way the language server builds it, and applied as VS Code applies them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Linter } from '../../../server/src/engine/lint.js';
import { parseDocument } from '../../../server/src/engine/parse/document.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import type { FeatureContext } from '../../../server/src/lsp/features/feature.js';
import { LANGUAGE_FEATURES } from '../../../server/src/lsp/features/index.js';
import { LEARN_ALERTS as ALERT_TYPES } from '../../../server/src/engine/parse/learn-extensions.js';
import { authoringFeature, lineCompletions } from '../../../server/src/lsp/features/authoring.js';
import { expandSnippet, loadSnippets } from '../../helpers/expand-snippet.js';
import { featureContext } from '../../helpers/feature-context.js';

const PATH = '/ws/docs/adoption/training-strategy.md';
const TODAY = new Date(2026, 10, 22);
/** Marks the cursor in test documents. */
const CURSOR = '‸';

function contextFor(text: string): FeatureContext {
  return featureContext(PATH, text, {}, TODAY);
}

/** The completion items at the cursor mark, and the document they apply to. */
function complete(textWithCursor: string): { items: CompletionItem[]; document: TextDocument } {
  const offset = textWithCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the test text marks the cursor');
  const context = contextFor(textWithCursor.replace(CURSOR, ''));
  const items = authoringFeature.completion!(context, context.document.positionAt(offset)) ?? [];
  return { items, document: context.document };
}

function labels(textWithCursor: string): string[] {
  return complete(textWithCursor).items.map((item) => item.label);
}

/** The text after accepting `label`, snippets expanded with their defaults (as when the writer tabs through). */
function accept(textWithCursor: string, label: string): string {
  const { items, document } = complete(textWithCursor);
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `"${label}" is offered; got ${items.map((candidate) => candidate.label).join(', ')}`);
  assert.ok(item.textEdit && 'range' in item.textEdit, 'the item edits a range');
  const { range, newText } = item.textEdit;
  const inserted = item.insertTextFormat === 2 ? expandSnippet(newText, { now: TODAY, filePath: PATH }) : newText;
  const text = document.getText();
  return text.slice(0, document.offsetAt(range.start)) + inserted + text.slice(document.offsetAt(range.end));
}

describe('alert types after > [!', () => {
  test('the five types, in Learn order, each with what it is for', () => {
    const { items } = complete(`Intro.\n\n> [!${CURSOR}`);
    assert.deepEqual(
      items.map((item) => item.label),
      ['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING'],
    );
    for (const item of items) assert.match(item.detail ?? '', /^[A-Z].{20,}\.$/, `${item.label} says what it is for`);
    assert.deepEqual(
      items.map((item) => item.sortText),
      ['0', '1', '2', '3', '4'],
    );
  });

  test('inserts TYPE] when nothing follows, and does not double a ] that is already there', () => {
    assert.equal(accept(`> [!${CURSOR}`, 'TIP'), '> [!TIP]');
    assert.equal(accept(`> [!${CURSOR}]`, 'TIP'), '> [!TIP]');
    assert.equal(accept(`> [!${CURSOR}]\n> Save first.`, 'IMPORTANT'), '> [!IMPORTANT]\n> Save first.');
  });

  test('replaces the type typed so far, on either side of the cursor', () => {
    assert.equal(accept(`> [!ti${CURSOR}`, 'TIP'), '> [!TIP]');
    assert.equal(accept(`> [!NO${CURSOR}TE]`, 'NOTE'), '> [!NOTE]');
    assert.equal(accept(`> [!Warn${CURSOR}]`, 'WARNING'), '> [!WARNING]');
  });

  test('works in nested blockquotes and without a space after >', () => {
    assert.equal(accept(`> > [!${CURSOR}`, 'CAUTION'), '> > [!CAUTION]');
    assert.equal(accept(`>[!${CURSOR}`, 'NOTE'), '>[!NOTE]');
    assert.equal(accept(`  > [!${CURSOR}`, 'NOTE'), '  > [!NOTE]');
  });

  test('nothing outside a blockquote, after other text, or in code', () => {
    assert.deepEqual(labels(`[!${CURSOR}`), []);
    assert.deepEqual(labels(`> Text [!${CURSOR}`), []);
    assert.deepEqual(labels(`[!INCLUDE [note](../includes/${CURSOR}`), []);
    assert.deepEqual(labels(`\`\`\`markdown\n> [!${CURSOR}\n\`\`\``), []);
    assert.deepEqual(labels(`\`\`\`markdown\n> [!${CURSOR}`), [], 'an unclosed fence runs to the end');
    assert.deepEqual(labels(`Text.\n\n    > [!${CURSOR}`), [], 'indented code');
  });

  test('nothing in front matter', () => {
    assert.deepEqual(labels(`---\ntitle: > [!${CURSOR}\n---\n`), []);
  });

  test('the descriptions are the ones the alert snippets use as their default text', async () => {
    const snippets = await loadSnippets();
    for (const { type, purpose } of ALERT_TYPES) {
      const snippet = Object.values(snippets).find((candidate) => (candidate.body as string[])[0] === `> [!${type}]`);
      assert.ok(snippet, `an alert snippet for ${type}`);
      assert.equal(expandSnippet(snippet.body, { now: new Date(), filePath: PATH }), `> [!${type}]\n> ${purpose}`);
    }
  });
});

describe('extension names after :::', () => {
  const NAMES = [
    'image',
    'code',
    'zone',
    'zone-end',
    'moniker',
    'moniker-end',
    'row',
    'row-end',
    'column',
    'column-end',
    'image-end',
    'video',
    'no-loc',
    'form',
  ];

  test('every Learn extension, each with a description', () => {
    const { items } = complete(`:::${CURSOR}`);
    assert.deepEqual(items.map((item) => item.label).sort(), [...NAMES].sort());
    for (const item of items) assert.ok((item.detail ?? '').length > 10, `${item.label} is described`);
  });

  test('on an empty line, a snippet with the required attributes that parses as that extension', () => {
    for (const name of NAMES) {
      const text = accept(`Intro.\n\n:::${CURSOR}\n`, name);
      const blocks = parseDocument(PATH, text).tripleColon;
      assert.equal(blocks[0]?.name, name.replace(/-end$/, ''), `${name}: ${text}`);
      assert.equal(blocks[0]?.isEnd, name.endsWith('-end'), name);
    }
    assert.equal(
      accept(`:::${CURSOR}`, 'image'),
      ':::image type="content" source="media/training-strategy/image.png" alt-text="Screenshot that shows what the reader needs to see.":::',
    );
    assert.equal(accept(`:::${CURSOR}`, 'code'), ':::code language="csharp" source="snippets/example.cs":::');
    assert.equal(accept(`:::${CURSOR}`, 'no-loc'), ':::no-loc text="Power Platform":::');
    assert.equal(accept(`:::${CURSOR}`, 'form'), ':::form action="create-resource" submitText="Create":::');
    assert.match(accept(`:::${CURSOR}`, 'video'), /^:::video source="https:\/\/[^"]+" title="[^"]+":::$/);
  });

  test('what each snippet inserts passes the project rules in an article', async () => {
    const frontMatter = Object.values(await loadSnippets()).find((snippet) => [snippet.prefix].flat().includes('frontmatter'))!;
    const article = expandSnippet(frontMatter.body, { now: TODAY, filePath: PATH });
    const blocks = NAMES.filter((name) => !name.endsWith('-end')).map((name) => accept(`:::${CURSOR}`, name));
    const text = `${article}\n\n${blocks.join('\n\n')}\n`;
    const fs = new MemoryFileSystem({
      [PATH]: text,
      '/ws/docs/adoption/media/training-strategy/image.png': 'png',
      '/ws/docs/adoption/snippets/example.cs': '// code',
    });
    // The placeholder text is there to be typed over: style-template-placeholder reports it until it is, which is its job.
    const findings = new Linter({ fs, workspaceFolders: ['/ws'], today: TODAY, mode: 'repository' })
      .lintText(PATH, text)
      .findings.filter((finding) => finding.ruleId !== 'style-template-placeholder');
    assert.deepEqual(
      findings.map((finding) => `${finding.range.start.line}: ${finding.ruleId} ${finding.message}`),
      [],
    );
  });

  test('block extensions come with their end marker', () => {
    assert.equal(accept(`:::${CURSOR}`, 'zone'), ':::zone pivot="pivot-id"\n\n\n\n:::zone-end');
    assert.equal(accept(`:::${CURSOR}`, 'moniker'), ':::moniker range=">= product-version"\n\n\n\n:::moniker-end');
    const row = accept(`:::${CURSOR}`, 'row').split('\n');
    assert.deepEqual([row[0], row.at(-1)], [':::row:::', ':::row-end:::']);
    assert.equal(row.filter((line) => line.trim() === ':::column:::').length, 2);
    assert.equal(row.filter((line) => line.trim() === ':::column-end:::').length, 2);
  });

  test('continuation lines repeat the blockquote markers or indentation of the line', () => {
    assert.equal(accept(`> :::${CURSOR}`, 'zone'), '> :::zone pivot="pivot-id"\n> \n> \n> \n> :::zone-end');
    assert.equal(accept(`   :::${CURSOR}`, 'column'), '   :::column:::\n      Content of the column.\n   :::column-end:::');
  });

  test('replaces the name typed so far; on a line that already has attributes, only the name', () => {
    assert.equal(accept(`:::ima${CURSOR}`, 'image').split(' ')[0], ':::image');
    assert.equal(accept(`:::ima${CURSOR} type="icon" source="a.svg":::`, 'image'), ':::image type="icon" source="a.svg":::');
    assert.equal(accept(`:::zo${CURSOR}ne pivot="a"`, 'zone'), ':::zone pivot="a"');
  });

  test('nothing after :: or in code', () => {
    assert.deepEqual(labels(`::${CURSOR}`), []);
    assert.deepEqual(labels(`\`\`\`\n:::${CURSOR}\n\`\`\``), []);
    assert.deepEqual(labels(`Use \`:::${CURSOR}\` here.`), []);
  });
});

describe('attributes inside a :::name line', () => {
  test('image: its attributes, required ones first, with a choice for type', () => {
    assert.deepEqual(labels(`:::image ${CURSOR}`), ['type', 'source', 'alt-text', 'border', 'lightbox', 'link', 'loc-scope']);
    assert.equal(accept(`:::image ${CURSOR}`, 'type'), ':::image type="content"');
    assert.equal(accept(`:::image ${CURSOR}`, 'source'), ':::image source="media/image.png"');
  });

  test('attributes already on the line are not offered again', () => {
    assert.deepEqual(labels(`:::image type="content" ${CURSOR}`), ['source', 'alt-text', 'border', 'lightbox', 'link', 'loc-scope']);
    assert.deepEqual(labels(`:::image ${CURSOR} type="content" alt-text="A chart.":::`), [
      'source',
      'border',
      'lightbox',
      'link',
      'loc-scope',
    ]);
  });

  test('a partial name is replaced; inserting before another attribute keeps them apart', () => {
    assert.equal(accept(`:::image type="content" sou${CURSOR}`, 'source'), ':::image type="content" source="media/image.png"');
    assert.equal(accept(`:::image ${CURSOR}alt-text="A chart.":::`, 'source'), ':::image source="media/image.png" alt-text="A chart.":::');
    assert.equal(accept(`:::image type="content" ${CURSOR}:::`, 'source'), ':::image type="content" source="media/image.png":::');
  });

  test('type values inside the quotes, or quoted after =', () => {
    assert.deepEqual(labels(`:::image type="${CURSOR}"`), ['content', 'icon', 'complex']);
    assert.equal(accept(`:::image type="${CURSOR}" source="a.png":::`, 'icon'), ':::image type="icon" source="a.png":::');
    assert.equal(accept(`:::image type="con${CURSOR}`, 'complex'), ':::image type="complex');
    assert.equal(accept(`:::image type="co${CURSOR}ntent":::`, 'icon'), ':::image type="icon":::');
    assert.deepEqual(labels(`:::image type=${CURSOR}`), ['"content"', '"icon"', '"complex"']);
    assert.equal(accept(`:::image type=${CURSOR}`, '"icon"'), ':::image type="icon"');
    assert.deepEqual(labels(`:::image source="${CURSOR}"`), [], 'free-form values are left to the writer (and to path completion)');
  });

  test('the attributes of code, zone, moniker, video and no-loc', () => {
    assert.deepEqual(labels(`:::code ${CURSOR}`), ['source', 'language', 'range', 'highlight', 'id', 'interactive']);
    assert.deepEqual(labels(`:::zone ${CURSOR}`), ['pivot', 'target']);
    assert.deepEqual(labels(`:::zone target="${CURSOR}"`), ['docs', 'chromeless', 'pdf']);
    assert.deepEqual(labels(`:::moniker ${CURSOR}`), ['range']);
    assert.deepEqual(labels(`:::video ${CURSOR}`), ['source', 'title', 'max-width']);
    assert.deepEqual(labels(`:::no-loc ${CURSOR}`), ['text']);
    assert.deepEqual(labels(`> :::column ${CURSOR}`), ['span']);
  });

  test('nothing after the closing :::, on -end lines, for unknown extensions, or in code', () => {
    assert.deepEqual(labels(`:::image type="icon" source="a.svg"::: ${CURSOR}`), []);
    assert.deepEqual(labels(`:::zone-end ${CURSOR}`), []);
    assert.deepEqual(labels(`:::imag ${CURSOR}`), []);
    assert.deepEqual(labels(`:::image type="icon"${CURSOR}`), [], 'no attribute glued to a value');
    assert.deepEqual(labels(`~~~\n:::image ${CURSOR}\n~~~`), []);
  });
});

describe('the feature in the server', () => {
  test('is registered, and completion opens on [ ! : space and "', () => {
    assert.ok(LANGUAGE_FEATURES.includes(authoringFeature));
    for (const character of ['[', '!', ':', ' ', '"']) assert.ok(authoringFeature.triggerCharacters?.includes(character), character);
  });

  test('lineCompletions answers from the line alone, and nothing for ordinary prose', () => {
    assert.deepEqual(
      lineCompletions('> [!', 4, 4, 'article')?.items.map((item) => item.label),
      ['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING'],
    );
    assert.equal(lineCompletions('> [!', 4, 4, 'article')?.constructStart, 2);
    assert.equal(lineCompletions('Plain prose with a space ', 0, 25, 'article'), undefined);
    assert.equal(lineCompletions('Ratio 3:::4 ', 0, 12, 'article'), undefined);
  });

  test('a space typed in prose is answered from the line, without reading the parsed model', () => {
    const context = contextFor('Some prose and a space ');
    const withoutModel: FeatureContext = {
      ...context,
      get model(): FeatureContext['model'] {
        throw new Error('the model was read');
      },
    };
    assert.equal(authoringFeature.completion!(withoutModel, { line: 0, character: 23 }), undefined);
  });

  // Sized so that a backtracking pattern would stall the suite for minutes, not a timing check.
  test('a very long line still gets its completions', () => {
    const line = `> ${'> '.repeat(20_000)}[!`;
    assert.equal(lineCompletions(line, 0, line.length, 'article')?.items.length, 5);
    const attributes = `:::image ${'a="b" '.repeat(20_000)}`;
    assert.equal(lineCompletions(attributes, 0, attributes.length, 'article')?.items.length, 7);
  });
});
