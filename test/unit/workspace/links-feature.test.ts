// The links editor feature over an in-memory workspace: completions, go to definition, hover.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeatureContext } from '../../../server/src/lsp/features/feature.js';
import { linksFeature } from '../../../server/src/lsp/features/links.js';
import { featureContext } from '../../helpers/feature-context.js';

const files = {
  '/ws/docs/setup.md': '---\ntitle: Set up the tools\n---\n# Setup\n\n## Install the app\n',
  '/ws/docs/media/chart.png': '',
  '/ws/docs/media/notes.txt': '',
  '/ws/includes/footer.md': 'Footer\n',
};

function contextFor(text: string): FeatureContext {
  return featureContext('/ws/docs/article.md', text, files);
}

function endOf(text: string) {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}

describe('links editor feature', () => {
  it('completes link paths, anchors of another file, include paths and image sources', () => {
    const link = 'See [setup](se';
    assert.ok(linksFeature.completion!(contextFor(link), endOf(link))!.some((item) => item.label === 'setup.md'));
    const anchor = 'See [setup](setup.md#ins';
    const anchors = linksFeature.completion!(contextFor(anchor), endOf(anchor))!;
    assert.deepEqual(
      anchors.map((item) => item.label),
      ['setup', 'install-the-app'],
    );
    const include = '[!INCLUDE [f](~/includes/';
    assert.deepEqual(
      linksFeature.completion!(contextFor(include), endOf(include))!.map((item) => item.label),
      ['footer.md'],
    );
    const image = ':::image source="media/';
    assert.deepEqual(
      linksFeature.completion!(contextFor(image), endOf(image))!.map((item) => item.label),
      ['chart.png'],
    );
  });

  it('goes to the heading a ~/ link names, and hovers with the target title', () => {
    const text = 'See [install](~/docs/setup.md#install-the-app).\n';
    const context = contextFor(text);
    const [location] = linksFeature.definition!(context, { line: 0, character: 20 })!;
    assert.equal(location!.uri, 'file:///ws/docs/setup.md');
    assert.deepEqual(location!.range.start, { line: 5, character: 0 });
    const hover = linksFeature.hover!(context, { line: 0, character: 20 })!;
    assert.match((hover.contents as { value: string }).value, /\*\*Set up the tools\*\*/);
  });

  it('leaves file-relative Markdown links to the built-in Markdown support, not :::image sources', () => {
    const relative = linksFeature.definition!(contextFor('See [install](setup.md#install-the-app).\n'), { line: 0, character: 16 });
    assert.equal(relative, undefined, 'VS Code already answers: a second answer opens a "Definitions (2)" peek');
    const include = linksFeature.definition!(contextFor('[!INCLUDE [f](../includes/footer.md)]\n'), { line: 0, character: 18 });
    assert.equal(include, undefined);
    const [image] = linksFeature.definition!(contextFor(':::image source="media/chart.png" alt-text="Chart":::\n'), {
      line: 0,
      character: 20,
    })!;
    assert.equal(image!.uri, 'file:///ws/docs/media/chart.png');
  });

  it('links ~/ and :::image destinations that resolve in the repository, and leaves Markdown-relative ones to VS Code', () => {
    const text = [
      'See [setup](~/docs/setup.md#install-the-app) and [again](setup.md).',
      ':::image source="media/chart.png" alt-text="Chart":::',
      '[!INCLUDE [footer](~/includes/footer.md)]',
      'Gone: [old](~/docs/removed.md).',
    ].join('\n');
    const links = linksFeature.documentLinks!(contextFor(text));
    assert.deepEqual(
      links.map((link) => [link.range.start.line, link.range.start.character, link.target]),
      [
        [2, 19, 'file:///ws/includes/footer.md'],
        [1, 17, 'file:///ws/docs/media/chart.png'],
        [0, 12, 'file:///ws/docs/setup.md'],
      ],
    );
  });
});
