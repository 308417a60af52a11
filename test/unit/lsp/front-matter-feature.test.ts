import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import type { FeatureContext } from '../../../server/src/lsp/features/feature.js';
import { frontMatterFeature } from '../../../server/src/lsp/features/front-matter.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';
import { featureContext } from '../../helpers/feature-context.js';

const PATH = '/ws/docs/article.md';

function contextFor(text: string, files: Record<string, string> = {}): FeatureContext {
  return featureContext(PATH, text, files, TEST_TODAY);
}

/** Completion at the `|` in `text`. */
function complete(textWithCursor: string, files?: Record<string, string>): CompletionItem[] {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const context = contextFor(text, files);
  return frontMatterFeature.completion!(context, context.document.positionAt(offset)) ?? [];
}

describe('front matter editor feature', () => {
  it('completes keys with descriptions, skipping keys already present', () => {
    const items = complete('---\ntitle: T\nms.t|\n---\n# T\n');
    const topic = items.find((item) => item.label === 'ms.topic');
    assert.ok(topic, 'ms.topic is offered');
    assert.match(topic.detail ?? '', /Kind of article/);
    assert.deepEqual(topic.textEdit, {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } },
      newText: 'ms.topic: ',
    });
    assert.ok(!items.some((item) => item.label === 'title'), 'present keys are skipped');
    assert.ok(!items.some((item) => item.label === 'ms.component'), 'retired keys are not offered');
  });

  it('completes ms.topic values after "ms.topic: "', () => {
    const items = complete('---\ntitle: T\nms.topic: |\n---\n');
    const concept = items.find((item) => item.label === 'concept-article');
    assert.ok(concept);
    assert.deepEqual(concept.textEdit, {
      range: { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } },
      newText: 'concept-article',
    });
    assert.ok(!items.some((item) => item.label === 'conceptual'));
  });

  it('adds the space after a bare colon', () => {
    const items = complete('---\nms.topic:|\n---\n');
    assert.equal(items.find((item) => item.label === 'how-to')?.textEdit?.newText, ' how-to');
  });

  it('offers configured topics and today for ms.date', () => {
    const topics = complete('---\nms.topic: |\n---\n', { '/ws/.guidancelint.json': '{"frontMatter":{"topics":["blog-post"]}}' });
    assert.deepEqual(
      topics.map((item) => item.label),
      ['blog-post'],
    );
    assert.deepEqual(
      complete('---\nms.date: |\n---\n').map((item) => item.label),
      ['11/22/2026'],
    );
  });

  it('offers nothing outside the front matter', () => {
    assert.deepEqual(complete('---\ntitle: T\n---\nms.t|\n'), []);
  });

  it('hovers a key with its description and allowed values', () => {
    const text = '---\nms.topic: article\nms.component: x\n---\n';
    const context = contextFor(text);
    const hover = frontMatterFeature.hover!(context, { line: 1, character: 3 });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /\*\*ms\.topic\*\*/);
    assert.match(value, /`concept-article`/);
    assert.match(value, /`conceptual` \(use `concept-article`\)/);
    assert.deepEqual(hover?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
    assert.match(
      (frontMatterFeature.hover!(context, { line: 2, character: 1 })!.contents as MarkupContent).value,
      /Retired: use `ms.subservice`/,
    );
    assert.equal(frontMatterFeature.hover!(context, { line: 1, character: 12 }), undefined);
  });
});
