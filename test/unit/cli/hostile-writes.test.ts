// What the CLI writes in a checkout someone else prepared, on a real disk (the CLI in process,
// without workers): the cache and --fix never write through a symlink, never replace a file that is
// not theirs to replace, and never change bytes, modes or links that no fix is about.
import assert from 'node:assert/strict';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { runCliCollecting } from '../../helpers/run-cli.js';
import { NodeFileSystem } from '../../../server/src/engine/fs/file-system.js';

const FRONT_MATTER =
  '---\ntitle: Plan your Power Platform adoption\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Plan your Power Platform adoption\n\n';
/** One fixable finding (md-alert-case). */
const FIXABLE = FRONT_MATTER + '> [!tip]\n> Start small.\n';
const VICTIM = 'export PATH=/usr/bin\n';

let base: string;
let repo: string;
let outside: string;

const run = (args: string[], fs = new NodeFileSystem()) => runCliCollecting(args, fs, { cwd: repo });

function write(path: string, content: string | Uint8Array): string {
  const full = join(repo, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-writes-')));
  repo = join(base, 'repo');
  outside = join(base, 'victim-home');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, '.bashrc'), VICTIM);
  write('docs/a.md', FRONT_MATTER);
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('--cache on a hostile checkout', () => {
  it('refuses a committed results.json symlink: exit 2, one message, the target untouched', async () => {
    mkdirSync(join(repo, '.guidancelint-cache'));
    symlinkSync(join(outside, '.bashrc'), join(repo, '.guidancelint-cache/results.json'));
    const result = await run(['--cache']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--cache: the cache file .*results\.json is a symbolic link/);
    assert.equal(readFileSync(join(outside, '.bashrc'), 'utf8'), VICTIM);
  });

  it('refuses a cache folder that is a symlink', async () => {
    symlinkSync(outside, join(repo, '.guidancelint-cache'));
    const result = await run(['--cache']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /the cache location .*\.guidancelint-cache is a symbolic link/);
    assert.deepEqual(readFileSync(join(outside, '.bashrc'), 'utf8'), VICTIM);
    assert.throws(() => lstatSync(join(outside, 'results.json')), /ENOENT/);
  });

  it('refuses a non-empty folder it did not create, and a --cache-location file that is not a cache', async () => {
    write('notes/todo.txt', 'keep me\n');
    const folder = await run(['--cache-location', 'notes/']);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /notes is a folder that Guidance Lint did not create \(it has no CACHEDIR\.TAG\)/);
    const file = await run(['--cache-location', 'notes/todo.txt']);
    assert.equal(file.code, 2);
    assert.match(file.stderr, /todo\.txt exists and is not a Guidance Lint cache file; it is not replaced/);
    assert.equal(readFileSync(join(repo, 'notes/todo.txt'), 'utf8'), 'keep me\n');
  });

  it('tags the folder it creates (CACHEDIR.TAG), and uses it again on the next run', async () => {
    assert.equal((await run(['--cache'])).code, 0);
    assert.match(readFileSync(join(repo, '.guidancelint-cache/CACHEDIR.TAG'), 'utf8'), /^Signature: 8a477f597d28d172789f06886806bc55\n/);
    write('docs/b.md', FRONT_MATTER);
    const again = await run(['--cache', '-f', 'json']);
    assert.equal(again.code, 0, again.stderr);
    assert.ok(JSON.parse(readFileSync(join(repo, '.guidancelint-cache/results.json'), 'utf8')).entries[join(repo, 'docs/b.md')]);
  });

  it('replaces a --cache-location file only when it is a cache, never through a symlink', async () => {
    assert.equal((await run(['--cache-location', 'lint-cache.json'])).code, 0);
    write('docs/b.md', FRONT_MATTER);
    assert.equal((await run(['--cache-location', 'lint-cache.json'])).code, 0);
    assert.ok(JSON.parse(readFileSync(join(repo, 'lint-cache.json'), 'utf8')).entries[join(repo, 'docs/b.md')]);
    symlinkSync(join(outside, '.bashrc'), join(repo, 'linked-cache.json'));
    const linked = await run(['--cache-location', 'linked-cache.json']);
    assert.equal(linked.code, 2);
    assert.equal(readFileSync(join(outside, '.bashrc'), 'utf8'), VICTIM);
  });
});

describe('--fix on a hostile checkout', () => {
  const fixedText = FIXABLE.replace('[!tip]', '[!TIP]');

  it('fixes a plain file, keeping its exact mode whatever the umask', async () => {
    const path = write('docs/a.md', FIXABLE);
    chmodSync(path, 0o666);
    const result = await run(['--fix']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(path, 'utf8'), fixedText);
    assert.equal(statSync(path).mode & 0o7777, 0o666);
  });

  it('never writes through a symlinked Markdown file, and says so', async () => {
    const target = write('docs/real.md', FIXABLE);
    symlinkSync(target, join(repo, 'docs/linked.md'));
    const result = await run(['--fix', 'docs/linked.md']);
    assert.equal(readFileSync(target, 'utf8'), FIXABLE);
    assert.ok(lstatSync(join(repo, 'docs/linked.md')).isSymbolicLink());
    assert.match(result.stderr, /could not write fixes to docs\/linked\.md \(left unchanged\): it is a symbolic link/);
  });

  it('leaves a file that is not valid UTF-8 byte for byte, and says so', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(FIXABLE), ...new TextEncoder().encode('Caf'), 0xe9, 0x0a]);
    const path = write('docs/a.md', latin1);
    const result = await run(['--fix']);
    assert.deepEqual(new Uint8Array(readFileSync(path)), latin1);
    assert.match(result.stderr, /could not write fixes to docs\/a\.md \(left unchanged\): it is not valid UTF-8/);
    assert.match(result.stdout, /md-alert-case/, 'the finding is still reported');
  });

  it('does not replace a read-only file', async () => {
    const path = write('docs/a.md', FIXABLE);
    chmodSync(path, 0o444);
    const result = await run(['--fix']);
    assert.equal(readFileSync(path, 'utf8'), FIXABLE);
    assert.equal(statSync(path).mode & 0o777, 0o444);
    assert.match(result.stderr, /docs\/a\.md \(left unchanged\): it is read-only/);
  });

  it('does not split hard links: a file with two links is left as it is, and said so', async () => {
    const path = write('docs/a.md', FIXABLE);
    linkSync(path, join(outside, 'same-file.md'));
    const result = await run(['--fix']);
    assert.equal(readFileSync(path, 'utf8'), FIXABLE);
    assert.equal(statSync(path).ino, statSync(join(outside, 'same-file.md')).ino);
    assert.match(result.stderr, /docs\/a\.md \(left unchanged\): it has 2 hard links/);
  });

  /** A save (or a delete) that lands after the run read the file, just before it writes the fixes. */
  class ChangedMeanwhile extends NodeFileSystem {
    constructor(private readonly change: () => void) {
      super();
    }

    override writeFile(...args: Parameters<NodeFileSystem['writeFile']>): void {
      this.change();
      super.writeFile(...args);
    }
  }

  it('skips a file saved during the run: the save is kept', async () => {
    const path = write('docs/a.md', FIXABLE);
    const saved = FIXABLE + '\nA paragraph the writer just saved.\n';
    const result = await run(['--fix'], new ChangedMeanwhile(() => writeFileSync(path, saved)));
    assert.equal(readFileSync(path, 'utf8'), saved);
    assert.match(result.stderr, /docs\/a\.md \(left unchanged\): it changed on disk after it was read/);
  });

  it('does not recreate a file deleted during the run', async () => {
    const path = write('docs/a.md', FIXABLE);
    const result = await run(['--fix'], new ChangedMeanwhile(() => unlinkSync(path)));
    assert.throws(() => lstatSync(path), /ENOENT/);
    assert.match(result.stderr, /docs\/a\.md \(left unchanged\): it was deleted after it was read, and is not recreated/);
  });
});

describe('mv on a hostile checkout', () => {
  it('moves a file on a real disk and refuses a symlink: the link and its target untouched', async () => {
    write('docs/b.md', '# B\n\n[a](a.md)\n');
    const moved = await run(['mv', 'docs/a.md', 'docs/new/a.md']);
    assert.equal(moved.code, 0, moved.stderr);
    assert.equal(readFileSync(join(repo, 'docs/new/a.md'), 'utf8'), FRONT_MATTER);
    assert.equal(readFileSync(join(repo, 'docs/b.md'), 'utf8'), '# B\n\n[a](new/a.md)\n');

    symlinkSync(join(outside, '.bashrc'), join(repo, 'docs/link.md'));
    const refused = await run(['mv', 'docs/link.md', 'docs/moved-link.md']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /symbolic link/);
    assert.ok(lstatSync(join(repo, 'docs/link.md')).isSymbolicLink());
    assert.equal(readFileSync(join(outside, '.bashrc'), 'utf8'), VICTIM);
  });
});
