// `guidance-lint mv` in process over a memory file system: the move, the links that follow, the
// redirection entry, --dry-run, and refusals with a clear message and nothing changed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { runCliCollecting } from '../../helpers/run-cli.js';

function repository(): MemoryFileSystem {
  const fs = new MemoryFileSystem({
    '/repo/docs/plan.md': '# Plan\n\nSee [operate](operate.md).\n',
    '/repo/docs/operate.md': '# Operate\n\nBack to [the plan](plan.md#plan).\n',
    '/repo/docs/media/chart.png': 'png',
  });
  fs.mkdir('/repo/.git');
  return fs;
}

const text = (fs: MemoryFileSystem, path: string) => new TextDecoder().decode(fs.readFile(path)!);

describe('guidance-lint mv', () => {
  it('moves the article, rewrites the links both ways and adds the redirection entry', async () => {
    const fs = repository();
    const run = await runCliCollecting(['mv', 'docs/plan.md', 'docs/guides/plan.md'], fs, { cwd: '/repo' });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(fs.readFile('/repo/docs/plan.md'), undefined);
    assert.equal(text(fs, '/repo/docs/guides/plan.md'), '# Plan\n\nSee [operate](../operate.md).\n');
    assert.equal(text(fs, '/repo/docs/operate.md'), '# Operate\n\nBack to [the plan](guides/plan.md#plan).\n');
    assert.deepEqual(JSON.parse(text(fs, '/repo/.openpublishing.redirection.json')).redirections, [
      { source_path_from_root: '/docs/plan.md', redirect_url: 'guides/plan', redirect_document_id: true },
    ]);
    assert.match(run.stdout, /Moved docs\/plan\.md → docs\/guides\/plan\.md/);
    assert.match(run.stdout, /Updated 2 links in 2 files:/);
    assert.match(run.stdout, /Added 1 redirection entry to \.openpublishing\.redirection\.json \(new file\)/);
  });

  it('moves a folder into an existing one, and an image without a redirection entry', async () => {
    const fs = repository();
    fs.mkdir('/repo/archive');
    const run = await runCliCollecting(['mv', 'docs/media', 'archive'], fs, { cwd: '/repo' });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(text(fs, '/repo/archive/media/chart.png'), 'png');
    assert.equal(fs.readFile('/repo/.openpublishing.redirection.json'), undefined);
  });

  it('--dry-run prints the plan and changes nothing; --no-redirect adds no entry', async () => {
    const fs = repository();
    const dry = await runCliCollecting(['mv', '--dry-run', 'docs/plan.md', 'docs/p.md'], fs, { cwd: '/repo' });
    assert.equal(dry.code, 0);
    assert.match(dry.stdout, /Would move docs\/plan\.md → docs\/p\.md\nWould update 1 link in 1 file:/);
    assert.equal(text(fs, '/repo/docs/plan.md'), '# Plan\n\nSee [operate](operate.md).\n');
    assert.equal(fs.readFile('/repo/docs/p.md'), undefined);
    const quiet = await runCliCollecting(['mv', '--no-redirect', 'docs/plan.md', 'docs/p.md'], fs, { cwd: '/repo' });
    assert.equal(quiet.code, 0);
    assert.equal(fs.readFile('/repo/.openpublishing.redirection.json'), undefined);
  });

  it('refuses what it cannot do safely, with a message and exit 2, changing nothing', async () => {
    const fs = repository();
    for (const [args, message] of [
      [['mv', 'docs/missing.md', 'docs/x.md'], /docs\/missing\.md does not exist/],
      [['mv', 'docs/plan.md', 'docs/operate.md'], /docs\/operate\.md already exists: nothing is replaced/],
      [['mv', 'docs/plan.md', '../elsewhere/plan.md'], /outside the repository/],
      [['mv', 'docs', 'docs/inner'], /cannot move into itself/],
      [['mv', 'docs/plan.md'], /mv takes two paths/],
      [['mv', '--force', 'a', 'b'], /unknown option for mv: --force/],
    ] as const) {
      const run = await runCliCollecting([...args], fs, { cwd: '/repo' });
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
    }
    assert.equal(text(fs, '/repo/docs/operate.md'), '# Operate\n\nBack to [the plan](plan.md#plan).\n');
  });
});
