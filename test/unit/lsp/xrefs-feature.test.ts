// The xref editor feature over an in-memory workspace: uids the repository defines complete after `xref:`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Linter } from '../../../server/src/engine/lint.js';
import { parseDocument } from '../../../server/src/engine/parse/document.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';
import type { FeatureContext } from '../../../server/src/lsp/features/feature.js';
import { xrefsFeature } from '../../../server/src/lsp/features/xrefs.js';

const files = {
  '/ws/docs/overview.md': '---\nuid: contoso-overview\n---\n# Overview\n',
  '/ws/docs/setup.md': '---\nuid: contoso-setup\n---\n# Setup\n',
  '/ws/docs/widgets.yml': '### YamlMime:Landing\nuid: Contoso.Widgets\n',
};

function contextFor(text: string): FeatureContext {
  const fs = new MemoryFileSystem({ ...files, '/ws/docs/article.md': text });
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
  const path = '/ws/docs/article.md';
  return {
    document: TextDocument.create('file:///ws/docs/article.md', 'markdown', 1, text),
    path,
    model: parseDocument(path, text),
    linter: new Linter({ fs, workspaceFolders: ['/ws'], index }),
    fs,
    workspaceFolders: ['/ws'],
    today: new Date(),
  };
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
