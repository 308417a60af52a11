// --changed-since needs git and a real folder: each test builds a small repository in a temporary
// folder, commits it, changes it, and runs the CLI in process over the real file system.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { NodeFileSystem, toPosixPath } from '../../../server/src/engine/fs/file-system.js';
import { runCliCollecting } from '../../helpers/run-cli.js';
import { gitIn, writeUnder } from '../../helpers/scratch-git.js';

const article = (title: string, body: string) =>
  `---\ntitle: ${title} for the whole team\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n\n# ${title}\n\n${body}`;

const FILES: Record<string, string> = {
  'docs/setup.md': article('Setup', 'Intro.\n\n## Install the tools\n\nText.\n'),
  'docs/linker.md': article('Linker', 'See [install](setup.md#install-the-tools).\n'),
  'docs/TOC.md': '# [Setup](setup.md)\n# [Other](other.md)\n',
  'docs/other.md': article('Other', 'See [old](old-name.md).\n'),
  'docs/old-name.md': article('Old name', 'Text.\n'),
  'docs/includes/note.md': '## Note heading\n\nShared text.\n',
  'docs/host.md': article('Host', '[!INCLUDE[note](includes/note.md)]\n'),
  'docs/host-linker.md': article('Host linker', 'See [the note](host.md#note-heading).\n'),
  'docs/unrelated.md': article('Unrelated', 'An old broken link: [gone](never-there.md).\n'),
};

let root: string;

const git = (...args: string[]): void => gitIn(root, ...args);
const write = (path: string, text: string): void => writeUnder(root, path, text);

interface Checked {
  code: number;
  stderr: string;
  /** `file: ruleId` of each finding. */
  findings: string[];
  /** The summary's line saying how many files were checked. */
  scope: string;
}

async function check(...args: string[]): Promise<Checked> {
  const summary = join(root, '..', `${root.split(/[\\/]/).pop()}-summary`);
  rmSync(summary, { force: true });
  // Which articles a TOC reaches is not what these tests are about.
  const result = await runCliCollecting(
    ['--format', 'json', '--rule', 'toc-unreachable=off', '--summary', toPosixPath(summary), ...args],
    new NodeFileSystem(),
    {
      cwd: toPosixPath(root),
    },
  );
  const findings = result.stdout ? (JSON.parse(result.stdout) as Array<{ file: string; ruleId: string }>) : [];
  let scope = '';
  try {
    scope = readFileSync(summary, 'utf8').split('\n')[2] ?? '';
    rmSync(summary);
  } catch {
    // No summary: the run stopped before checking (a usage error).
  }
  return { code: result.code, stderr: result.stderr, findings: findings.map((finding) => `${finding.file}: ${finding.ruleId}`), scope };
}

describe('--changed-since', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'guidance-lint-changed-'));
    for (const [path, text] of Object.entries(FILES)) write(path, text);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('checks nothing when nothing changed (old findings elsewhere stay out of the run)', async () => {
    const result = await check('--changed-since', 'HEAD');
    assert.equal(result.code, 0);
    assert.deepEqual(result.findings, []);
    assert.match(result.scope, /^Checked 0 of 9 files: those changed since HEAD/);
  });

  it('a renamed heading: reports the links it broke in files the change did not touch', async () => {
    write('docs/setup.md', FILES['docs/setup.md']!.replace('## Install the tools', '## Install everything'));
    const result = await check('--changed-since', 'HEAD');
    assert.deepEqual(result.findings, ['docs/linker.md: link-anchor-not-found']);
    // setup.md, its linkers linker.md and TOC.md; not unrelated.md with its old broken link.
    assert.match(result.scope, /^Checked 3 of 9 files/);
  });

  it('a committed rename: reports the linkers of the old name, and checks the new file', async () => {
    git('mv', 'docs/old-name.md', 'docs/new-name.md');
    git('commit', '-q', '-m', 'rename');
    const result = await check('--changed-since', 'HEAD~1');
    assert.deepEqual(result.findings, ['docs/other.md: link-file-not-found']);
    assert.match(result.scope, /^Checked 2 of 9 files/);
  });

  it('a deleted file: reports its linkers, the TOC among them', async () => {
    unlinkSync(join(root, 'docs/setup.md'));
    const result = await check('--changed-since', 'HEAD');
    assert.deepEqual(result.findings.sort(), ['docs/TOC.md: link-file-not-found', 'docs/linker.md: link-file-not-found']);
    assert.match(result.scope, /^Checked 2 of 8 files/);
  });

  it('an include change: checks its includers and the linkers of the pages including it', async () => {
    write('docs/includes/note.md', '## Renamed heading\n\nShared text.\n');
    const result = await check('--changed-since', 'HEAD');
    assert.deepEqual(result.findings, ['docs/host-linker.md: link-anchor-not-found']);
    // note.md, host.md, host-linker.md.
    assert.match(result.scope, /^Checked 3 of 9 files/);
  });

  it('an include no longer included: the include is checked too (it is now unused)', async () => {
    write('docs/host.md', article('Host', 'No include any more.\n'));
    const result = await check('--changed-since', 'HEAD');
    assert.ok(result.findings.includes('docs/includes/note.md: include-unused'), result.findings.join('\n'));
  });

  it('a deleted file whose name links write encoded: still finds its linkers', async () => {
    write('docs/café menu.md', article('Cafe', 'Text.\n'));
    write('docs/menu-linker.md', article('Menu linker', 'See [the menu](caf%C3%A9%20menu.md).\n'));
    git('add', '-A');
    git('commit', '-q', '-m', 'menu');
    unlinkSync(join(root, 'docs/café menu.md'));
    const result = await check('--changed-since', 'HEAD');
    assert.deepEqual(result.findings, ['docs/menu-linker.md: link-file-not-found']);
  });

  it('checks staged and untracked files too', async () => {
    write('docs/new.md', article('New', 'A [broken](nowhere.md) link.\n'));
    write('docs/staged.md', article('Staged', 'Another [broken](nowhere-else.md) link.\n'));
    git('add', 'docs/staged.md');
    const result = await check('--changed-since', 'HEAD');
    assert.deepEqual(result.findings, ['docs/new.md: link-file-not-found', 'docs/staged.md: link-file-not-found']);
  });

  it('checks every file when configuration changes', async () => {
    write('.guidancelint.jsonc', '{}\n');
    const result = await check('--changed-since', 'HEAD');
    assert.match(result.scope, /^Checked 9 of 9 files/);
    assert.ok(result.findings.includes('docs/unrelated.md: link-file-not-found'));
  });

  it('is a usage error for a ref git does not know, an option-like ref, or a folder outside git', async () => {
    for (const ref of ['no-such-branch', '--output=x']) {
      const result = await check(`--changed-since=${ref}`);
      assert.equal(result.code, 2, ref);
      assert.match(result.stderr, /--changed-since: (git does not know the ref "no-such-branch"|"--output=x" is not a git ref)/);
    }
    rmSync(join(root, '.git'), { recursive: true, force: true });
    const result = await check('--changed-since', 'HEAD');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /is not in a git repository \(--changed-since needs one\)/);
  });
});
