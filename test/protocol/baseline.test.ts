// The repository's baseline in the editor, over stdio against the built server: a finding in the
// baseline the configuration names is a hint saying so, a new one keeps its severity, Validate
// Repository does not count the baselined one, and rewriting the baseline on disk (as
// --update-baseline does) shows the change without any edit to the document.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { BASELINED_SUFFIX } from '../../server/src/lsp/baseline-findings.js';
import type { ValidationSummary } from '../../server/src/protocol.js';
import { type LspTestClient, startOnTemporaryWorkspace, stopAndRemove } from '../helpers/lsp-client.js';

const OLD = 'The link target "old.md" does not exist.';
const NEW = 'The link target "new.md" does not exist.';
const ARTICLE = '# Plan the rollout\n\nSee [the old page](old.md) and [the new page](new.md).\n';

function baseline(...messages: string[]): string {
  const findings = messages.map((message) => ({ file: 'docs/a.md', ruleId: 'link-file-not-found', message, count: 1 }));
  return JSON.stringify({ version: 1, findings }, null, 2);
}

/** The severity each link finding is shown at, by its message as the engine wrote it. */
function linkSeverities(diagnostics: Diagnostic[]): Record<string, DiagnosticSeverity | undefined> {
  const severities: Record<string, DiagnosticSeverity | undefined> = {};
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== 'link-file-not-found') continue;
    const message = String(diagnostic.message);
    const baselined = message.endsWith(BASELINED_SUFFIX);
    assert.equal(baselined, diagnostic.severity === DiagnosticSeverity.Hint, message);
    severities[baselined ? message.slice(0, -BASELINED_SUFFIX.length) : message] = diagnostic.severity;
  }
  return severities;
}

const shows = (expected: Record<string, DiagnosticSeverity>) => (diagnostics: Diagnostic[]) => {
  const actual = linkSeverities(diagnostics);
  return Object.keys(actual).length === Object.keys(expected).length && Object.entries(expected).every(([m, s]) => actual[m] === s);
};

describe('the baseline in the editor over stdio', () => {
  let workspace: string;
  let client: LspTestClient;
  let article: string;

  before(async () => {
    ({ workspace, client } = await startOnTemporaryWorkspace('guidance-lint-baseline-'));
    writeFileSync(join(workspace, '.guidancelint.json'), JSON.stringify({ root: true, baseline: 'ci/baseline.json' }));
    mkdirSync(join(workspace, 'ci'));
    writeFileSync(join(workspace, 'ci', 'baseline.json'), baseline(OLD));
    mkdirSync(join(workspace, 'docs'));
    article = join(workspace, 'docs', 'a.md');
    writeFileSync(article, ARTICLE);
  });

  after(() => stopAndRemove(client, workspace));

  it('shows the baselined finding as a hint and the new one at its own severity, and Validate Repository counts only the new one', async () => {
    await client.open(article, ARTICLE);
    await client.diagnosticsFor(article, shows({ [OLD]: DiagnosticSeverity.Hint, [NEW]: DiagnosticSeverity.Error }));
    const summary = (await client.connection.sendRequest('workspace/executeCommand', {
      command: 'guidanceLint.validateWorkspace',
      arguments: [],
    })) as ValidationSummary;
    // The file's diagnostics now are Validate Repository's: the summary counts what they show, the hint apart.
    const shown = await client.diagnosticsFor(article, shows({ [OLD]: DiagnosticSeverity.Hint, [NEW]: DiagnosticSeverity.Error }));
    assert.equal(summary.baselined, 1);
    assert.equal(summary.errors, shown.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length);
    await client.waitUntil(
      () => client.logs.some((log) => /^Validate Repository: 1 files, .* infos \(1 more in the baseline\) in /.test(log.message)),
      'the Validate Repository line counting the baselined finding apart',
    );
  });

  it('shows the change when the baseline file is rewritten on disk, with no edit to the document', async () => {
    writeFileSync(join(workspace, 'ci', 'baseline.json'), baseline(OLD, NEW));
    await client.diagnosticsFor(article, shows({ [OLD]: DiagnosticSeverity.Hint, [NEW]: DiagnosticSeverity.Hint }));
  });

  it('says once that a malformed baseline cannot be used, and shows every finding at its own severity', async () => {
    writeFileSync(join(workspace, 'ci', 'baseline.json'), '{ "version": 1, "findings": [');
    await client.diagnosticsFor(article, shows({ [OLD]: DiagnosticSeverity.Error, [NEW]: DiagnosticSeverity.Error }));
    await client.waitUntil(
      () => client.logs.some((log) => /the baseline ci\/baseline\.json .* cannot be used: it is not valid JSON/.test(log.message)),
      'the warning about the malformed baseline',
    );
    assert.ok(client.running);
  });
});
