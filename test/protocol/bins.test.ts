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
