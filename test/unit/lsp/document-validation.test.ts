// Which check results of an open document are shown (lsp/document-validation.ts). While the
// workspace is being indexed, results come from two workers: early checks (without the rules that
// need the whole index) and full ones, in any order. The Problems panel must never go back to an
// older version's findings, nor from a full check's findings to an early check's of the same version.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { OverlayFileSystem } from '../../../server/src/engine/fs/overlay-file-system.js';
import type { Finding } from '../../../server/src/engine/types.js';
import type { DiagnosticsPublisher, PublishedResult } from '../../../server/src/lsp/diagnostics-publisher.js';
import type { DocumentChecks } from '../../../server/src/lsp/document-checks.js';
import { DocumentValidation } from '../../../server/src/lsp/document-validation.js';
import type { ServerGuard } from '../../../server/src/lsp/guard.js';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings.js';
import type { ServerWorkspaceIndex } from '../../../server/src/lsp/workspace-index.js';

const PATH = '/ws/article.md';
const URI = 'file:///ws/article.md';

function finding(ruleId: string): Finding {
  const at = { line: 1, column: 1, offset: 0 };
  return { file: PATH, ruleId, severity: 'warning', message: ruleId, range: { start: at, end: at } };
}

function validation() {
  const document = TextDocument.create(URI, 'markdown', 1, '# Article\n');
  const shown = new Map<string, PublishedResult>();
  const published: Array<{ version: number | undefined; rules: string[] }> = [];
  const publisher = {
    result: (uri: string) => shown.get(uri),
    publishChecked: (uri: string, result: PublishedResult) => {
      shown.set(uri, result);
      published.push({ version: result.version, rules: result.findings.map((item) => item.ruleId) });
    },
  };
  const host = {
    documents: { get: (uri: string) => (uri === URI ? document : undefined) } as unknown as TextDocuments<TextDocument>,
    fs: new OverlayFileSystem(new MemoryFileSystem({})),
    checks: {} as DocumentChecks,
    graph: {} as ServerWorkspaceIndex,
    publisher: publisher as unknown as DiagnosticsPublisher,
    guard: { configurationWorked: () => undefined } as unknown as ServerGuard,
    settings: () => DEFAULT_SETTINGS,
    settingsLoaded: () => true,
    revalidateRepositoryFiles: () => undefined,
  };
  const validator = new DocumentValidation(host);
  const checked = (version: number, beforeIndex: boolean, rules: string[]) =>
    validator.checked({
      path: PATH,
      text: '# Article\n',
      version,
      findings: rules.map(finding),
      lines: undefined,
      failed: false,
      timedOut: false,
      beforeIndex,
    });
  return { checked, published };
}

describe('DocumentValidation.checked with early and full checks', () => {
  it('shows an early check until the full check of its version, and never goes back', () => {
    const { checked, published } = validation();
    checked(1, true, ['fm-missing']);
    checked(1, false, ['fm-missing', 'include-nested']);
    // The early worker answered late: the full check of version 1 stays.
    checked(1, true, ['fm-missing']);
    // The writer typed: the early check of version 2 comes first, then the full check of version 1 that was running.
    checked(2, true, []);
    checked(1, false, ['fm-missing', 'include-nested']);
    checked(2, false, ['include-nested']);
    assert.deepEqual(published, [
      { version: 1, rules: ['fm-missing'] },
      { version: 1, rules: ['fm-missing', 'include-nested'] },
      { version: 2, rules: [] },
      { version: 2, rules: ['include-nested'] },
    ]);
  });
});
