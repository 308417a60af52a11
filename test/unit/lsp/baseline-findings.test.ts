import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { createBaseline, serializeBaseline } from '../../../server/src/engine/baseline.js';
import { ConfigLoader } from '../../../server/src/engine/config/config.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { MAX_BASELINE_BYTES } from '../../../server/src/engine/limits.js';
import { KNOWN_RULE_IDS } from '../../../server/src/engine/rules/registry.js';
import type { Finding } from '../../../server/src/engine/types.js';
import { BASELINED_SUFFIX, BaselineFindings, baselinedDiagnostic } from '../../../server/src/lsp/baseline-findings.js';

const OLD = 'The link target "old.md" does not exist.';
const NEW = 'The link target "new.md" does not exist.';

function finding(file: string, message: string, line: number): Finding {
  const start = { line, column: 1, offset: line * 10 };
  return { file, ruleId: 'link-file-not-found', severity: 'error', message, range: { start, end: start } };
}

function baselineOf(file: string, ...messages: string[]): string {
  return serializeBaseline(createBaseline([{ file, findings: messages.map((message, index) => finding('', message, index + 1)) }]));
}

/** A BaselineFindings over a memory repository, recording what it tells the writer and the server. */
function setUp(files: Record<string, string | Uint8Array>, workspaceFolders = ['/repo']) {
  const fs = new MemoryFileSystem({ '/repo/.git/HEAD': 'ref: refs/heads/main\n', ...files });
  const config = new ConfigLoader(fs, { knownRuleIds: KNOWN_RULE_IDS });
  const warnings: string[] = [];
  const watched = new Map<string, () => void>();
  let changes = 0;
  const baselines = new BaselineFindings({
    fs,
    workspaceFolders: () => workspaceFolders,
    config: () => config,
    warn: (message) => warnings.push(message),
    watch: (path, changed) => {
      watched.set(path, changed);
      return () => watched.delete(path);
    },
    changed: () => changes++,
  });
  return { fs, config, baselines, warnings, watched, changes: () => changes };
}

const CONFIG = JSON.stringify({ root: true, baseline: 'ci/baseline.json' });

describe('baselined findings in the editor', () => {
  it('splits a file by the configured baseline: by file, rule and message, counted, whatever the line', () => {
    const { baselines, watched } = setUp({
      '/repo/.guidancelint.json': CONFIG,
      '/repo/ci/baseline.json': baselineOf('docs/a.md', OLD),
    });
    const old = finding('/repo/docs/a.md', OLD, 40);
    const again = finding('/repo/docs/a.md', OLD, 41);
    const fresh = finding('/repo/docs/a.md', NEW, 3);
    assert.deepEqual(baselines.split('/repo/docs/a.md', [fresh, old, again]), { reported: [fresh, again], baselined: [old] });
    // The same message in another file is not baselined.
    const elsewhere = finding('/repo/docs/b.md', OLD, 1);
    assert.deepEqual(baselines.split('/repo/docs/b.md', [elsewhere]), { reported: [elsewhere], baselined: [] });
    assert.deepEqual([...watched.keys()], ['/repo/ci/baseline.json']);
  });

  it('matches paths relative to the configuration naming the baseline, also when a subfolder is opened', () => {
    const { baselines } = setUp({ '/repo/.guidancelint.json': CONFIG, '/repo/ci/baseline.json': baselineOf('docs/a.md', OLD) }, [
      '/repo/docs',
    ]);
    const old = finding('/repo/docs/a.md', OLD, 2);
    assert.deepEqual(baselines.split('/repo/docs/a.md', [old]).baselined, [old]);
  });

  it('shows every finding at its own severity without a configured baseline, or outside the workspace', () => {
    const { baselines, watched } = setUp({ '/repo/.guidancelint.json': JSON.stringify({ root: true }) });
    const old = finding('/repo/docs/a.md', OLD, 2);
    assert.deepEqual(baselines.split('/repo/docs/a.md', [old]), { reported: [old], baselined: [] });
    assert.deepEqual(baselines.split('/elsewhere/a.md', [old]), { reported: [old], baselined: [] });
    assert.equal(watched.size, 0);
  });

  it('reads the baseline again when it is rewritten, or when a configuration changes, and says so', () => {
    const { fs, baselines, watched, changes } = setUp({
      '/repo/.guidancelint.json': CONFIG,
      '/repo/ci/baseline.json': baselineOf('docs/a.md', OLD),
    });
    const old = finding('/repo/docs/a.md', OLD, 2);
    const fresh = finding('/repo/docs/a.md', NEW, 3);
    assert.deepEqual(baselines.split('/repo/docs/a.md', [old, fresh]).baselined, [old]);

    fs.writeFile('/repo/ci/baseline.json', baselineOf('docs/a.md', OLD, NEW));
    watched.get('/repo/ci/baseline.json')!();
    assert.equal(changes(), 1);
    assert.deepEqual(baselines.split('/repo/docs/a.md', [old, fresh]).baselined, [old, fresh]);

    baselines.filesChanged(['/repo/docs/a.md']);
    assert.equal(changes(), 1, 'an article changing is not a baseline change');
    baselines.filesChanged(['/repo/.guidancelint.json']);
    assert.equal(changes(), 2);
  });

  it('tells the writer once when the baseline is malformed, missing or too large, and shows findings at their own severity', () => {
    const cases: Array<[string | Uint8Array | undefined, RegExp]> = [
      ['{"version": 1, "findings": [', /it is not valid JSON/],
      ['{"version": 2, "findings": []}', /its "version" is 2; this guidance-lint reads version 1/],
      [undefined, /it does not exist \(write one with --update-baseline\)/],
      [new Uint8Array(MAX_BASELINE_BYTES + 1), /it is larger than the limit of 64 MiB/],
    ];
    for (const [content, message] of cases) {
      const { baselines, warnings } = setUp({
        '/repo/.guidancelint.json': CONFIG,
        ...(content === undefined ? {} : { '/repo/ci/baseline.json': content }),
      });
      const old = finding('/repo/docs/a.md', OLD, 2);
      for (let time = 0; time < 3; time++) assert.deepEqual(baselines.split('/repo/docs/a.md', [old]).reported, [old]);
      baselines.reload();
      baselines.split('/repo/docs/a.md', [old]);
      assert.equal(warnings.length, 1, String(message));
      assert.match(warnings[0]!, /the baseline ci\/baseline\.json \(named by \.guidancelint\.json\) cannot be used/);
      assert.match(warnings[0]!, message);
    }
  });

  it('uses no baseline while the configuration naming it is invalid (the checks report that), and refuses one outside the repository', () => {
    const { baselines, config, warnings } = setUp({
      '/repo/.guidancelint.json': JSON.stringify({ root: true, baseline: '../elsewhere.json' }),
      '/elsewhere.json': baselineOf('docs/a.md', OLD),
    });
    const old = finding('/repo/docs/a.md', OLD, 2);
    assert.deepEqual(baselines.split('/repo/docs/a.md', [old]).reported, [old]);
    assert.deepEqual(warnings, []);
    assert.throws(() => config.baselineFor('/repo'), /"baseline": must name a file inside the folder of this configuration file/);
  });

  it('publishes a baselined finding as a hint saying so, keeping its code and fixes', () => {
    const old = { ...finding('/repo/docs/a.md', OLD, 2), fix: { title: 'Remove it', edits: [], safe: false } };
    const diagnostic = baselinedDiagnostic(old);
    assert.equal(diagnostic.severity, DiagnosticSeverity.Hint);
    assert.equal(diagnostic.message, OLD + BASELINED_SUFFIX);
    assert.equal(diagnostic.code, 'link-file-not-found');
    assert.equal((diagnostic.data as { fixes?: unknown[] }).fixes?.length, 1);
  });
});
