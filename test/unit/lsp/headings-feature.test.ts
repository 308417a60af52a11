// Rename a heading and find references, over an in-memory workspace: Learn ids, links in other
// files (open or not), same-file anchors, articles that include the file, and what is left alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureContext } from '../../../server/src/lsp/features/feature.js';
import { headingsFeature } from '../../../server/src/lsp/features/headings.js';
import { featureContext } from '../../helpers/feature-context.js';

const ARTICLE = '# Plan the rollout\n\nSee [below](#set-up-environments).\n\n## Set up environments\n\nText.\n\n## Set up environments\n';
const FILES: Record<string, string> = {
  '/ws/docs/operate.md': '# Operate\n\nFirst [set up](plan.md#set-up-environments), then [the second](plan.md#set-up-environments-1).\n',
  '/ws/docs/deep/other.md': '# Other\n\n[Case differs](../plan.md#Set-Up-Environments) and [the page](../plan.md).\n',
  '/ws/docs/unrelated.md': '# Unrelated\n\n[Same words, other file](operate.md#set-up-environments).\n',
};

function contextFor(path: string, text: string, files: Record<string, string> = FILES): FeatureContext {
  return featureContext(path, text, files);
}

/** The text of each file after the edit. */
function applied(edit: WorkspaceEdit, texts: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const path = uri.replace(/^file:\/\//, '');
    const document = TextDocument.create(uri, 'markdown', 1, texts[path]!);
    result[path] = TextDocument.applyEdits(document, edits as TextEdit[]);
  }
  return result;
}

describe('rename a heading', () => {
  const plan = '/ws/docs/plan.md';

  it('offers the heading text, not its # marks, and nothing elsewhere', () => {
    const context = contextFor(plan, ARTICLE);
    assert.deepEqual(headingsFeature.prepareRename!(context, { line: 4, character: 1 }), {
      range: { start: { line: 4, character: 3 }, end: { line: 4, character: 22 } },
      placeholder: 'Set up environments',
    });
    assert.equal(headingsFeature.prepareRename!(context, { line: 2, character: 2 }), undefined);
  });

  it('rewrites the heading and every anchor that names it, with the id Learn gives the new text', () => {
    const context = contextFor(plan, ARTICLE);
    const edit = headingsFeature.rename!(context, { line: 4, character: 5 }, 'Create the environments')!;
    const after = applied(edit, { ...FILES, [plan]: ARTICLE });
    assert.equal(
      after[plan],
      '# Plan the rollout\n\nSee [below](#create-the-environments).\n\n## Create the environments\n\nText.\n\n## Set up environments\n',
    );
    // The second heading keeps its text; its id loses the number, and that link is not this rename's to change.
    assert.equal(
      after['/ws/docs/operate.md'],
      '# Operate\n\nFirst [set up](plan.md#create-the-environments), then [the second](plan.md#set-up-environments-1).\n',
    );
    assert.equal(
      after['/ws/docs/deep/other.md'],
      '# Other\n\n[Case differs](../plan.md#create-the-environments) and [the page](../plan.md).\n',
    );
    assert.equal(after['/ws/docs/unrelated.md'], undefined, 'a link to the same id in another file is not touched');
  });

  it('a change of case or spacing that keeps the id touches the heading only', () => {
    const edit = headingsFeature.rename!(contextFor(plan, ARTICLE), { line: 4, character: 5 }, 'Set Up Environments')!;
    assert.deepEqual(Object.keys(edit.changes!), ['file:///ws/docs/plan.md']);
  });

  it('renames a heading of an include in the articles that include it', () => {
    const include = '/ws/docs/includes/setup.md';
    const files = {
      '/ws/docs/host.md': '# Host\n\n[!INCLUDE [setup](includes/setup.md)]\n',
      '/ws/docs/reader.md': '# Reader\n\n[Setup](host.md#install-the-tools).\n',
    };
    const text = '## Install the tools\n\nText.\n';
    const edit = headingsFeature.rename!(contextFor(include, text, files), { line: 0, character: 4 }, 'Install the apps')!;
    assert.equal(applied(edit, { ...files, [include]: text })['/ws/docs/reader.md'], '# Reader\n\n[Setup](host.md#install-the-apps).\n');
  });

  it('refuses an empty or multi-line name with a message', () => {
    assert.throws(() => headingsFeature.rename!(contextFor(plan, ARTICLE), { line: 4, character: 5 }, '  '), /one line of text/);
  });
});

describe('find all references', () => {
  const plan = '/ws/docs/plan.md';

  it('on a heading: the links to it across the workspace, and the heading itself when asked', () => {
    const locations = headingsFeature.references!(contextFor(plan, ARTICLE), { line: 4, character: 5 }, true)!;
    assert.deepEqual(locations.map((location) => `${location.uri.replace('file:///ws/docs/', '')}:${location.range.start.line}`).sort(), [
      'deep/other.md:2',
      'operate.md:2',
      'plan.md:2',
      'plan.md:4',
    ]);
  });

  it('elsewhere in an article: every reference to the article', () => {
    const locations = headingsFeature.references!(contextFor(plan, ARTICLE), { line: 6, character: 1 }, false)!;
    assert.equal(locations.filter((location) => location.uri === 'file:///ws/docs/deep/other.md').length, 2);
    assert.equal(locations.filter((location) => location.uri === 'file:///ws/docs/operate.md').length, 2);
  });

  it('on a link: the references to its target', () => {
    const text = '# Reader\n\nSee [operate](operate.md).\n';
    const locations = headingsFeature.references!(contextFor('/ws/docs/reader.md', text), { line: 2, character: 16 }, false)!;
    assert.deepEqual(
      locations.map((location) => location.uri),
      ['file:///ws/docs/reader.md', 'file:///ws/docs/unrelated.md'].sort(),
    );
  });
});
