// The Learn syntax recognisers: what the document model reports for alerts, divs, includes and
// triple-colon blocks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/engine/parse/document.js';
import { proseContaining, proseTexts } from '../../../server/src/engine/parse/prose.js';

const parse = (text: string) => parseDocument('/ws/docs/a.md', text);

describe('triple-colon blocks', () => {
  it('reads name, attributes and closing colons', () => {
    const [block] = parse(':::image source="a.png" alt-text="A chart" lightbox:::\n').tripleColon;
    assert.equal(block?.name, 'image');
    assert.equal(block?.selfClosing, true);
    assert.deepEqual(
      block?.attributes.map((attribute) => [attribute.name, attribute.value, attribute.quoted]),
      [
        ['source', 'a.png', true],
        ['alt-text', 'A chart', true],
        ['lightbox', undefined, false],
      ],
    );
  });

  it('stops attributes at the closing colons when text follows them', () => {
    const [block] = parse(':::image source="a.png" alt-text="A":::  and more text\n').tripleColon;
    assert.equal(block?.selfClosing, true);
    assert.deepEqual(
      block?.attributes.map((attribute) => attribute.name),
      ['source', 'alt-text'],
    );
  });

  it('does not take colons inside a quoted value for the end', () => {
    const [block] = parse(':::image source="a.png" alt-text="Ratio 1:::2"\n').tripleColon;
    assert.equal(block?.selfClosing, false);
    assert.equal(block?.attributes.find((attribute) => attribute.name === 'alt-text')?.value, 'Ratio 1:::2');
  });

  it('recognises zone ends written with a space and without closing colons', () => {
    const blocks = parse('::: zone pivot="python"\n\nText.\n\n::: zone-end\n').tripleColon;
    assert.deepEqual(
      blocks.map((block) => [block.name, block.isEnd, block.selfClosing]),
      [
        ['zone', false, false],
        ['zone', true, false],
      ],
    );
  });

  it('closes an open block at an end marker that CommonMark reads as indented code', () => {
    const blocks = parse(':::row:::\n    :::column:::\n    \n    :::column-end:::\n:::row-end:::\n').tripleColon;
    assert.deepEqual(
      blocks.map((block) => `${block.name}${block.isEnd ? '-end' : ''}`),
      ['row', 'column', 'column-end', 'row-end'],
    );
  });

  it('ignores triple-colon syntax shown in code when no block is open', () => {
    assert.deepEqual(parse('```md\n:::zone pivot="x"\n:::zone-end:::\n```\n').tripleColon, []);
    assert.deepEqual(parse('Text.\n\n    :::row-end:::\n').tripleColon, []);
  });
});

describe('alerts and divs', () => {
  it('tells alerts from nextstepaction divs and video embeds', () => {
    const model = parse('> [!tip]\n> Body.\n\n> [!div class="nextstepaction"]\n> [Next](n.md)\n\n> [!VIDEO https://x/v]\n');
    assert.deepEqual(
      model.alerts.map((alert) => [alert.type, alert.markerAlone, alert.hasBody]),
      [['tip', true, true]],
    );
    assert.equal(model.divs.length, 1);
  });

  it('knows an alert with text on the marker line, and one without a body', () => {
    const model = parse('> [!NOTE] Same line.\n\n> [!WARNING]\n');
    assert.deepEqual(
      model.alerts.map((alert) => [alert.type, alert.markerAlone, alert.hasBody]),
      [
        ['NOTE', false, true],
        ['WARNING', true, false],
      ],
    );
  });
});

describe('includes', () => {
  it('finds includes in any case, well formed or not, and not in code', () => {
    const model = parse('[!include[a](~/includes/a.md)]\n\n[!INCLUDE [b](b.md)\n\n`[!INCLUDE [c](c.md)]`\n');
    assert.deepEqual(
      model.includes.map((include) => [include.keyword, include.wellFormed, include.path]),
      [
        ['include', true, '~/includes/a.md'],
        ['INCLUDE', false, ''],
      ],
    );
  });
});

describe('prose', () => {
  it('holds text nodes and leaves out code, HTML and link destinations', () => {
    const model = parse('# Title\n\nSee [the page](page.md) and `code`.\n\n<!-- hidden -->\n\n```\nfenced\n```\n');
    assert.deepEqual(
      proseTexts(model).map((text) => text.source),
      ['Title', 'See ', 'the page', ' and ', '.'],
    );
  });

  it('finds the text node that holds a range, and none for a range across nodes', () => {
    const model = parse('Plain **bold** text.\n');
    const plain = model.text.indexOf('Plain');
    assert.equal(proseContaining(model, plain, plain + 5)?.source, 'Plain ');
    assert.equal(proseContaining(model, plain, model.text.indexOf('bold') + 4), undefined);
  });
});
