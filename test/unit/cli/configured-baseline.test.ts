// The baseline a repository's configuration names (`baseline`): the CLI's default for --baseline and
// --update-baseline, the same file the editor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBaseline } from '../../../server/src/engine/baseline.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { runCliCollecting } from '../../helpers/run-cli.js';

const GOOD =
  '---\ntitle: Plan your Power Platform adoption\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Plan your Power Platform adoption\n';
const linking = (...targets: string[]) => GOOD + targets.map((target) => `\nSee [it](${target}).\n`).join('');
const config = (extra: Record<string, unknown>) =>
  JSON.stringify({ root: true, rules: { 'docset-duplicate-title': 'off', 'docset-duplicate-h1': 'off' }, ...extra });

function repository(files: Record<string, string>, baseline: string | null = 'ci/baseline.json') {
  return new MemoryFileSystem({
    '/repo/.git/HEAD': 'ref: refs/heads/main\n',
    '/repo/.guidancelint.json': config(baseline === null ? {} : { baseline }),
    ...files,
  });
}

async function run(fs: MemoryFileSystem, args: string[], cwd = '/repo') {
  const result = await runCliCollecting(['--format', 'json', ...args], fs, { cwd });
  const findings = result.stdout ? (JSON.parse(result.stdout) as Array<{ message: string }>) : [];
  return { ...result, messages: findings.map((finding) => finding.message) };
}

const text = (fs: MemoryFileSystem, path: string) => new TextDecoder().decode(fs.readFile(path));

describe('the configured baseline', () => {
  it('is what --update-baseline writes and what a plain run leaves out, from any working directory', async () => {
    const fs = repository({ '/repo/docs/a.md': linking('old.md') });
    const written = await run(fs, ['--update-baseline']);
    assert.equal(written.code, 0);
    assert.match(written.stderr, /wrote 1 finding to the baseline ci\/baseline\.json/);
    assert.deepEqual(
      parseBaseline(text(fs, '/repo/ci/baseline.json')).findings.map((entry) => entry.file),
      ['docs/a.md'],
    );

    fs.writeFile('/repo/docs/a.md', linking('old.md', 'new.md'));
    const plain = await run(fs, []);
    assert.equal(plain.code, 1);
    assert.deepEqual(plain.messages, ['The link target "new.md" does not exist.']);
    assert.match(plain.stderr, /1 finding is in the baseline and not reported/);
    const inDocs = await run(fs, ['.'], '/repo/docs');
    assert.deepEqual(inDocs.messages, ['The link target "new.md" does not exist.']);
  });

  it('gives way to --baseline, and --no-baseline reports every finding', async () => {
    const fs = repository({ '/repo/docs/a.md': linking('old.md', 'new.md') });
    await run(fs, ['--update-baseline']);
    await run(fs, ['--baseline', 'other.json', '--update-baseline']);
    fs.writeFile('/repo/docs/a.md', linking('old.md', 'new.md', 'newer.md'));
    fs.writeFile('/repo/other.json', '{ "version": 1, "findings": [] }');
    assert.equal((await run(fs, ['--baseline', 'other.json'])).messages.length, 3);
    assert.equal((await run(fs, ['--no-baseline'])).messages.length, 3);
    assert.deepEqual((await run(fs, [])).messages, ['The link target "newer.md" does not exist.']);
    const both = await run(fs, ['--no-baseline', '--baseline', 'other.json']);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--no-baseline reports every finding/);
  });

  it('says which file and which configuration when the baseline is missing or malformed (exit 2)', async () => {
    const missing = await run(repository({ '/repo/docs/a.md': GOOD }), []);
    assert.equal(missing.code, 2);
    assert.match(
      missing.stderr,
      /the baseline ci\/baseline\.json \(named by \.guidancelint\.json\): it does not exist \(write one with --update-baseline\)/,
    );
    const malformed = await run(repository({ '/repo/docs/a.md': GOOD, '/repo/ci/baseline.json': '[1, 2' }), []);
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /ci\/baseline\.json \(named by \.guidancelint\.json\): it is not valid JSON/);
    assert.equal(malformed.stdout, '');
  });

  it('is never written outside the folder of the configuration naming it', async () => {
    for (const outside of ['../outside.json', '/tmp/outside.json', '.']) {
      const fs = repository({ '/repo/docs/a.md': linking('old.md') }, outside);
      const result = await run(fs, ['--update-baseline']);
      assert.equal(result.code, 2, outside);
      assert.match(result.stderr, /configuration error: .*"baseline": must name a file inside the folder of this configuration file/);
      assert.equal(fs.stat('/outside.json'), undefined);
      assert.equal(fs.stat('/tmp/outside.json'), undefined);
    }
  });

  it('still refuses --update-baseline when neither --baseline nor the configuration names a file', async () => {
    const result = await run(repository({ '/repo/docs/a.md': GOOD }, null), ['--update-baseline']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--update-baseline needs --baseline <file>, or a "baseline" in \.guidancelint\.jsonc/);
  });
});
