// The quick fixes that silence a finding, as plain functions of the text: where each comment goes,
// and a repository setting written into a JSONC configuration without losing its comments.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/engine/parse/text.js';
import { silenceActions, type ConfigTarget } from '../../../server/src/lsp/silence-actions.js';

const URI = 'file:///ws/docs/article.md';
const CONFIG_URI = 'file:///ws/.guidancelint.jsonc';

function actionsFor(text: string, line: number, ruleId: string, config?: ConfigTarget) {
  const diagnostic: Diagnostic = { range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: 'm', code: ruleId };
  const context = { uri: URI, path: '/ws/docs/article.md', text, lines: new LineIndex(text), configTarget: () => config };
  return new Map(silenceActions(context, diagnostic, ruleId).map((action) => [action.title, action]));
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), edits);
}

describe('silence actions', () => {
  it('adds the id to a disable-next-line comment already above the line', () => {
    const text = '# T\n\n<!-- guidance-lint-disable-next-line style-a -->\nThe the text.\n';
    const line = actionsFor(text, 3, 'style-repeated-word').get('Disable style-repeated-word for this line')!;
    assert.equal(
      apply(text, line.edit!.changes![URI]!),
      '# T\n\n<!-- guidance-lint-disable-next-line style-a style-repeated-word -->\nThe the text.\n',
    );
  });

  it('keeps CRLF line endings and puts a file comment at the top when there is no front matter', () => {
    const text = '# T\r\n\r\nThe the text.\r\n';
    const actions = actionsFor(text, 2, 'style-repeated-word');
    assert.equal(
      apply(text, actions.get('Disable style-repeated-word for this line')!.edit!.changes![URI]!),
      '# T\r\n\r\n<!-- guidance-lint-disable-next-line style-repeated-word -->\r\nThe the text.\r\n',
    );
    assert.equal(
      apply(text, actions.get('Disable style-repeated-word for this file')!.edit!.changes![URI]!),
      '<!-- guidance-lint-disable-file style-repeated-word -->\r\n# T\r\n\r\nThe the text.\r\n',
    );
  });

  it('offers no comment for an engine finding (the file was not checked), only the repository setting', () => {
    const config = { path: '/ws/.guidancelint.jsonc', label: '.guidancelint.jsonc', text: '{}' };
    assert.deepEqual(
      [...actionsFor('# T\n', 0, 'file-time-budget', config).keys()],
      ['Disable file-time-budget for the repository (.guidancelint.jsonc)'],
    );
  });

  it('writes "off" into the rules of a JSONC configuration and keeps its comments', () => {
    const configText = '{\n  // Our docs set.\n  "root": true,\n  "rules": {\n    // House style.\n    "md-h1": "warning"\n  }\n}\n';
    const config = { path: '/ws/.guidancelint.jsonc', label: '.guidancelint.jsonc', text: configText };
    const action = actionsFor('# T\n\nThe the text.\n', 2, 'style-repeated-word', config).get(
      'Disable style-repeated-word for the repository (.guidancelint.jsonc)',
    )!;
    assert.equal(
      apply(configText, action.edit!.changes![CONFIG_URI]!),
      '{\n  // Our docs set.\n  "root": true,\n  "rules": {\n    // House style.\n    "md-h1": "warning",\n    "style-repeated-word": "off"\n  }\n}\n',
    );
  });

  it('leaves a configuration that does not parse alone', () => {
    const config = { path: '/ws/.guidancelint.jsonc', label: '.guidancelint.jsonc', text: '{ "rules": ' };
    const titles = [...actionsFor('# T\n\nThe the text.\n', 2, 'style-repeated-word', config).keys()];
    assert.ok(!titles.some((title) => title.includes('repository')), titles.join(' | '));
  });
});
