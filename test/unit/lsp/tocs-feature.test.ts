// The TOC editor feature over an in-memory workspace: path completion after href, topicHref and
// tocHref in toc.yml and toc.json, and go to definition on an entry's path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeatureContext } from '../../../server/src/lsp/features/feature.js';
import { tocsFeature } from '../../../server/src/lsp/features/tocs.js';
import { featureContext } from '../../helpers/feature-context.js';

const files = {
  '/ws/docs/setup.md': '# Setup\n',
  '/ws/docs/landing.yml': '### YamlMime:Landing\n',
  '/ws/docs/media/chart.png': '',
  '/ws/docs/sub/TOC.yml': '- name: A\n',
  '/ws/docs/sub/page.md': '# Page\n',
};

function contextFor(text: string, path = '/ws/docs/toc.yml'): FeatureContext {
  return featureContext(path, text, files);
}

function endOf(text: string) {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}

function labels(text: string, path?: string): string[] {
  return (tocsFeature.completion!(contextFor(text, path), endOf(text)) ?? []).map((item) => item.label).sort();
}

describe('TOC editor feature', () => {
  it('completes href with articles, landing pages, TOC files and folders; not images or the TOC itself', () => {
    assert.deepEqual(labels('- name: A\n  href: '), ['landing.yml', 'media/', 'setup.md', 'sub/']);
  });

  it('completes topicHref with articles only, tocHref with TOC files, inside a folder typed so far', () => {
    assert.deepEqual(labels('- name: A\n  topicHref: sub/'), ['page.md']);
    assert.deepEqual(labels('- name: A\n  tocHref: "sub/'), ['TOC.yml']);
  });

  it('completes in a toc.json after "href": "', () => {
    assert.deepEqual(labels('[{ "name": "A", "href": "s', '/ws/docs/toc.json'), ['landing.yml', 'media/', 'setup.md', 'sub/']);
  });

  it('offers nothing outside a path key, or in another YAML file', () => {
    assert.deepEqual(labels('- name: '), []);
    assert.deepEqual(labels('- href: ', '/ws/docs/data.yml'), []);
  });

  it('goes to the article an entry names, and to the TOC a folder holds', () => {
    const text = '- name: A\n  href: setup.md\n- name: B\n  tocHref: sub/\n';
    const context = contextFor(text);
    assert.deepEqual(
      tocsFeature.definition!(context, { line: 1, character: 10 })!.map((location) => location.uri),
      ['file:///ws/docs/setup.md'],
    );
    assert.deepEqual(
      tocsFeature.definition!(context, { line: 3, character: 12 })!.map((location) => location.uri),
      ['file:///ws/docs/sub/TOC.yml'],
    );
    assert.equal(tocsFeature.definition!(context, { line: 0, character: 4 }), undefined);
  });
});
