// The generated hostile workspace on a real disk, checked by the built CLI (`node dist/cli.mjs
// <folder> -f json`, worker threads and time budget included) the way CI runs it: it must finish
// within a bounded time and memory, report the include cycle, and report nothing from the file
// outside the workspace. Wall time and peak RSS come from /usr/bin/time.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CACHE_VICTIM, hostileWorkspace, OUTSIDE_MARKER, TABLE_ROWS } from '../fuzz/hostile-workspace.js';

const CLI = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));
const TIME = '/usr/bin/time';
const TIME_LIMIT_MS = 60_000;
/** Peak resident memory allowed for the whole run, workers included (KiB). */
const RSS_LIMIT_KB = 600_000;

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
  message: string;
}

function writeWorkspace(base: string): { root: string; outside: string; longPath: string } {
  const root = join(base, 'ws');
  const outside = join(base, 'outside');
  const workspace = hostileWorkspace(root.length);
  for (const [path, content] of workspace.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  for (const [path, content] of workspace.outsideFiles) {
    mkdirSync(dirname(join(outside, path)), { recursive: true });
    writeFileSync(join(outside, path), content);
  }
  for (const [path, target] of workspace.symlinks) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(target.startsWith('outside:') ? join(outside, target.slice('outside:'.length)) : target, join(root, path));
  }
  for (const [path, kind] of workspace.specials) {
    if (kind === 'dev-zero') symlinkSync('/dev/zero', join(root, path));
    else assert.equal(spawnSync('mkfifo', [join(root, path)]).status, 0, 'mkfifo');
  }
  return { root, outside, longPath: workspace.longPath };
}

describe('hostile workspace, checked by the built CLI on disk', { skip: !existsSync(TIME) && `${TIME} is not installed` }, () => {
  let base: string;
  let root: string;
  let outside: string;
  let longPath: string;
  let status: number | null;
  let stderr: string;
  let findings: JsonFinding[];
  let seconds: number;
  let peakKb: number;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'guidance-lint-hostile-'));
    ({ root, outside, longPath } = writeWorkspace(base));
    const result = spawnSync(TIME, ['-f', '%e %M', process.execPath, CLI, root, '-f', 'json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: TIME_LIMIT_MS,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CI: 'true' },
    });
    status = result.status;
    const lines = result.stderr.trimEnd().split('\n');
    const [elapsed, rss] = lines.at(-1)!.split(' ').map(Number);
    seconds = elapsed!;
    peakKb = rss!;
    stderr = lines.slice(0, -1).join('\n');
    findings = JSON.parse(result.stdout) as JsonFinding[];
    console.log(
      `hostile workspace: exit ${status}, ${seconds} s wall, peak RSS ${Math.round(peakKb / 1024)} MiB, ${findings.length} findings`,
    );
  });

  after(() => rmSync(base, { recursive: true, force: true }));

  it('exits 0 or 1 within the time and memory bounds', () => {
    assert.ok(status === 0 || status === 1, `exit status ${status}: ${stderr}`);
    assert.ok(seconds * 1000 < TIME_LIMIT_MS, `${seconds} s`);
    assert.ok(peakKb < RSS_LIMIT_KB, `peak RSS ${peakKb} KiB`);
    assert.deepEqual(
      findings.filter((finding) => finding.ruleId === 'internal-error'),
      [],
    );
  });

  it('reports the include cycle A → B → C → A with its chain, and the self-include', () => {
    const cycles = findings.filter((finding) => finding.ruleId === 'include-cycle').map((finding) => finding.message);
    assert.ok(cycles.includes('Include cycle: cycle-a.md → cycle-b.md → cycle-c.md → cycle-a.md.'), cycles.join('\n'));
    assert.ok(cycles.includes('Include cycle: self.md → self.md.'), cycles.join('\n'));
  });

  it('skips a .gitignore that is a FIFO and one linked to /dev/zero without blocking or reading on, and says so', () => {
    assert.match(stderr, /skipped .*\/ws\/\.gitignore: its ignore rules were not applied: it is a named pipe \(FIFO\), not a regular file/);
    assert.match(stderr, /skipped .*\/ws\/docs\/\.gitignore: its ignore rules were not applied: it is a device, not a regular file/);
  });

  it('reports nothing from the file outside the workspace, and says the link to it was skipped', () => {
    assert.ok(!JSON.stringify(findings).includes(OUTSIDE_MARKER));
    assert.deepEqual(
      findings.filter((finding) => finding.file.includes('secret-link') || finding.file.includes('outside-folder')),
      [],
    );
    assert.match(stderr, /skipped .*docs\/secret-link\.md: it is a link to a file outside the workspace/);
    assert.ok(
      readFileSync(join(outside, 'secret.md'), 'utf8').includes(OUTSIDE_MARKER),
      'the outside file is still there, unread and unchanged',
    );
  });

  it('gives each hostile file its finding: binary, size, depth, and the file at the end of a path near PATH_MAX', () => {
    const ids = (file: string) => new Set(findings.filter((finding) => finding.file === file).map((finding) => finding.ruleId));
    assert.ok(ids('docs/binary.md').has('file-not-text'));
    assert.ok(ids('docs/nul.md').has('file-not-text'));
    assert.ok(ids('docs/oversize.md').has('file-too-large'));
    assert.ok(ids('docs/deep-quote.md').has('file-too-deep'));
    assert.ok(ids('docs/deep-list.md').has('file-too-deep'));
    assert.ok((root + '/' + longPath).length > 3900);
    assert.ok(ids(longPath).has('fm-missing'));
  });

  it('refuses --cache through the committed symlink: exit 2, one message, the linked file unchanged', () => {
    const result = spawnSync(process.execPath, [CLI, 'docs/sub', '--cache'], {
      cwd: root,
      encoding: 'utf8',
      timeout: TIME_LIMIT_MS,
      env: { ...process.env, CI: 'true' },
    });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /--cache: the cache file .*\.guidancelint-cache\/results\.json is a symbolic link/);
    assert.equal(readFileSync(join(outside, CACHE_VICTIM.path), 'utf8'), CACHE_VICTIM.content);
  });

  it(`checks only the front matter of the ${TABLE_ROWS.toLocaleString('en-US')}-row table, and says so`, () => {
    assert.deepEqual(
      findings.filter((finding) => finding.file === 'docs/table.md').map((finding) => finding.ruleId),
      ['file-too-large'],
    );
  });
});
