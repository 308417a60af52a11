// The two public executables as users start them, built by `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

describe('bins', () => {
  it('guidance-lint prints SARIF naming fm-missing for the seed README, exit 1', () => {
    const result = node(['dist/cli.mjs', 'test/fixtures/seeds', '--format', 'sarif']);
    assert.equal(result.status, 1, result.stderr);
    const log = JSON.parse(result.stdout);
    const finding = log.runs[0].results.find((candidate: { ruleId: string }) => candidate.ruleId === 'fm-missing');
    assert.equal(finding.locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/seeds/004_65db4cc620bc08fa.md');
    assert.equal(finding.locations[0].physicalLocation.region.startLine, 1);
  });

  it('guidance-lint-server explains itself without a transport', () => {
    const result = node(['dist/server.mjs']);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /Usage: guidance-lint-server --stdio/);
  });
});

describe('guidance-lint in worker threads', () => {
  it('gives the same findings with 2 workers as in one, and reports a file over its time budget', async () => {
    const { mkdtempSync, writeFileSync, cpSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const folder = mkdtempSync(join(tmpdir(), 'guidance-lint-workers-'));
    try {
      cpSync(join(ROOT, 'test/fixtures/seeds'), folder, { recursive: true });
      const one = node(['dist/cli.mjs', folder, '-f', 'json', '--jobs', '1']);
      const two = node(['dist/cli.mjs', folder, '-f', 'json', '--jobs', '2']);
      assert.equal(two.stdout, one.stdout);
      assert.ok(JSON.parse(one.stdout).length > 10);

      // Just under the size limit of list items with links takes the parser several seconds; a 3 s
      // budget stops it, while the small seed files stay far below the budget even on a loaded machine.
      // (One paragraph of 140,000 links is now refused before parsing: see MAX_INLINE_COST.)
      writeFileSync(join(folder, 'slow.md'), '- [a](b)\n'.repeat(110_000));
      const budget = node(['dist/cli.mjs', folder, '-f', 'json', '--time-budget', '3']);
      const findings = JSON.parse(budget.stdout) as Array<{ file: string; ruleId: string }>;
      const slow = findings.filter((finding) => finding.file.endsWith('slow.md'));
      assert.deepEqual(
        slow.map((finding) => finding.ruleId),
        ['file-time-budget'],
      );
      assert.equal(findings.length, JSON.parse(one.stdout).length + 1, 'every other file still checked');

      // The pool's own findings follow configuration like any rule's.
      const quiet = node(['dist/cli.mjs', folder, '-f', 'json', '--time-budget', '3', '--rule', 'file-time-budget=off']);
      assert.equal(JSON.parse(quiet.stdout).filter((finding: { file: string }) => finding.file.endsWith('slow.md')).length, 0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
