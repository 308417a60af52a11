// The xref editor feature over an in-memory workspace: uids the repository defines complete after `xref:`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeatureContext } from '../../../server/src/lsp/features/feature.js';
import { xrefsFeature } from '../../../server/src/lsp/features/xrefs.js';
import { featureContext } from '../../helpers/feature-context.js';

const files = {
  '/ws/docs/overview.md': '---\nuid: contoso-overview\n---\n# Overview\n',
  '/ws/docs/setup.md': '---\nuid: contoso-setup\n---\n# Setup\n',
  '/ws/docs/widgets.yml': '### YamlMime:Landing\nuid: Contoso.Widgets\n',
};

function contextFor(text: string): FeatureContext {
  return featureContext('/ws/docs/article.md', text, files);
}

function complete(text: string) {
  const lines = text.split('\n');
  return xrefsFeature.completion!(contextFor(text), { line: lines.length - 1, character: lines.at(-1)!.length });
}

describe('xrefs editor feature', () => {
  it('completes the uids that start with what is typed, replacing it', () => {
    const items = complete('See [the setup](xref:contoso-s');
    assert.deepEqual(
      items?.map((item) => [item.label, item.detail]),
      [['contoso-setup', 'docs/setup.md']],
    );
    assert.deepEqual(items?.[0]?.textEdit, {
      range: { start: { line: 0, character: 21 }, end: { line: 0, character: 30 } },
      newText: 'contoso-setup',
    });
  });

  it('offers every uid after <xref: and a reference definition, YAML uids included', () => {
    assert.deepEqual(
      complete('See <xref:')!.map((item) => item.label),
      ['Contoso.Widgets', 'contoso-overview', 'contoso-setup'],
    );
    assert.equal(complete('[s]: xref:C')?.length, 3);
  });

  it('stays silent elsewhere', () => {
    assert.equal(complete('See [the setup](setup'), undefined);
    assert.equal(complete('A note: xref:'), undefined);
  });
});
