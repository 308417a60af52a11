import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASELINE_VERSION, parseBaseline } from '../../../server/src/engine/baseline.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { parseShard, shardFiles } from '../../../server/src/cli/shard.js';
import { SUMMARY_MAX_FILES } from '../../../server/src/cli/summary.js';
import { runCliCollecting } from '../../helpers/run-cli.js';

const GOOD =
  '---\ntitle: Plan your Power Platform adoption\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Plan your Power Platform adoption\n';
const missingLinks = (count: number) => GOOD + '\n' + Array.from({ length: count }, () => 'See [it](missing.md).\n').join('\n');
// The articles share one text: which titles repeat across the docset is not what these tests are about.
const REPO = {
  '/repo/.git/HEAD': 'ref: refs/heads/main\n',
  '/repo/.guidancelint.json': JSON.stringify({ root: true, rules: { 'docset-duplicate-title': 'off', 'docset-duplicate-h1': 'off' } }),
};

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
  message: string;
}

async function json(fs: MemoryFileSystem, args: string[]) {
  const result = await runCliCollecting(['--format', 'json', ...args], fs, { cwd: '/repo' });
  return { ...result, findings: result.stdout ? (JSON.parse(result.stdout) as JsonFinding[]) : [] };
}

const text = (fs: MemoryFileSystem, path: string) => new TextDecoder().decode(fs.readFile(path));

describe('--baseline and --update-baseline', () => {
  it('writes a sorted, versioned baseline counting identical findings, and reports nothing while writing it', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/b.md': missingLinks(3), '/repo/docs/a.md': missingLinks(1) });
    const result = await json(fs, ['--baseline', 'baseline.json', '--update-baseline']);
    assert.equal(result.code, 0);
    assert.deepEqual(result.findings, []);
    assert.match(result.stderr, /wrote 4 findings to the baseline baseline\.json/);
    const written = text(fs, '/repo/baseline.json');
    assert.deepEqual(JSON.parse(written), {
      version: BASELINE_VERSION,
      findings: [
        { file: 'docs/a.md', ruleId: 'link-file-not-found', message: 'The link target "missing.md" does not exist.', count: 1 },
        { file: 'docs/b.md', ruleId: 'link-file-not-found', message: 'The link target "missing.md" does not exist.', count: 3 },
      ],
    });
    // Written twice from the same findings, it is the same bytes.
    await json(fs, ['--baseline', 'baseline.json', '--update-baseline']);
    assert.equal(text(fs, '/repo/baseline.json'), written);
  });

  it('keeps a baselined finding hidden after an unrelated edit above it moves it down', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/a.md': missingLinks(1) });
    await json(fs, ['--baseline', 'baseline.json', '--update-baseline']);
    fs.writeFile(
      '/repo/docs/a.md',
      missingLinks(1).replace(
        '# Plan your Power Platform adoption\n',
        '# Plan your Power Platform adoption\n\nA new paragraph.\n\nAnother.\n',
      ),
    );
    const result = await json(fs, ['--baseline', 'baseline.json']);
    assert.equal(result.code, 0);
    assert.deepEqual(result.findings, []);
    assert.match(result.stderr, /1 finding is in the baseline and not reported/);
  });

  it('reports a new finding, and the one more copy of a baselined finding, and exits by them alone', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/a.md': missingLinks(3) });
    await json(fs, ['--baseline', 'baseline.json', '--update-baseline']);
    fs.writeFile('/repo/docs/a.md', missingLinks(4) + '\nAnd [that](gone.md).\n');
    const result = await json(fs, ['--baseline', 'baseline.json']);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.findings.map((finding) => [finding.ruleId, finding.message]),
      [
        ['link-file-not-found', 'The link target "missing.md" does not exist.'],
        ['link-file-not-found', 'The link target "gone.md" does not exist.'],
      ],
    );
  });

  it('drops fixed findings from the baseline on update', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/a.md': missingLinks(2), '/repo/docs/b.md': missingLinks(1) });
    await json(fs, ['--baseline', 'baseline.json', '--update-baseline']);
    fs.writeFile('/repo/docs/a.md', missingLinks(1));
    fs.writeFile('/repo/docs/b.md', GOOD);
    await json(fs, ['--baseline', 'baseline.json', '--update-baseline']);
    assert.deepEqual(
      parseBaseline(text(fs, '/repo/baseline.json')).findings.map((entry) => [entry.file, entry.count]),
      [['docs/a.md', 1]],
    );
  });

  it('matches files relative to the repository, whatever the working directory', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/a.md': missingLinks(1) });
    await json(fs, ['--baseline', 'baseline.json', '--update-baseline']);
    const result = await runCliCollecting(['--baseline', '../baseline.json', '.'], fs, { cwd: '/repo/docs' });
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
  });

  it('says clearly when the baseline is missing or malformed (exit 2)', async () => {
    const fs = new MemoryFileSystem({
      ...REPO,
      '/repo/docs/a.md': GOOD,
      '/repo/bad.json': '{"version": 1, "findings": [{"file": 3}]}',
      '/repo/old.json': '{"version": 9, "findings": []}',
      '/repo/junk.json': '{',
    });
    const cases: Array<[string, RegExp]> = [
      ['none.json', /--baseline: none\.json: it does not exist \(write one with --update-baseline\)/],
      ['bad.json', /bad\.json: findings\[0\] needs "file", "ruleId", "message" \(strings\) and "count"/],
      ['old.json', /old\.json: its "version" is 9; this guidance-lint reads version 1/],
      ['junk.json', /junk\.json: it is not valid JSON/],
    ];
    for (const [file, message] of cases) {
      const result = await json(fs, ['--baseline', file]);
      assert.equal(result.code, 2, file);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    }
  });

  it('refuses --update-baseline without --baseline, or over part of the repository', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/a.md': GOOD });
    for (const args of [
      ['--update-baseline'],
      ['--baseline', 'b.json', '--update-baseline', '--shard', '1/2'],
      ['--baseline', 'b.json', '--update-baseline', '--changed-since', 'main'],
    ]) {
      const result = await json(fs, args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /--update-baseline/);
    }
    assert.equal(fs.stat('/repo/b.json'), undefined);
  });
});

describe('--shard', () => {
  it('reads i/n and refuses anything else', () => {
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const value of ['0/4', '5/4', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1/2000', ' / '])
      assert.equal(parseShard(value), undefined, value);
  });

  it('splits sorted files into contiguous slices whose sizes differ by at most one', () => {
    const files = Array.from({ length: 10 }, (_, index) => `/r/${String(index).padStart(2, '0')}.md`);
    const slices = [1, 2, 3].map((index) => shardFiles(files, { index, count: 3 }));
    assert.deepEqual(
      slices.map((slice) => slice.length),
      [3, 3, 4],
    );
    assert.deepEqual(slices.flat(), files);
    assert.deepEqual(shardFiles(files.slice(0, 1), { index: 1, count: 3 }), []);
  });

  it('gives, over all shards in any order, exactly the findings of a full run, cross-file checks included', async () => {
    const files: Record<string, string> = { ...REPO };
    for (let index = 0; index < 9; index++) {
      files[`/repo/docs/page-${index}.md`] =
        GOOD + `\n## Part ${index}\n\nSee [next](page-${index + 1}.md#part-${index + 1}) and [wrong](page-${(index + 2) % 9}.md#nope).\n`;
    }
    files['/repo/docs/includes/unused.md'] = 'Nobody includes this.\n';
    const fs = new MemoryFileSystem(files);
    const full = await json(fs, []);
    assert.ok(full.findings.some((finding) => finding.ruleId === 'link-anchor-not-found'));
    assert.ok(full.findings.some((finding) => finding.ruleId === 'include-unused'));
    const key = (finding: JsonFinding) => JSON.stringify(finding);
    for (const order of [
      [1, 2, 3, 4],
      [4, 2, 3, 1],
    ]) {
      const union: JsonFinding[] = [];
      for (const index of order) {
        const shard = await json(fs, ['--shard', `${index}/4`]);
        assert.equal(shard.stderr, '');
        union.push(...shard.findings);
      }
      assert.deepEqual(union.map(key).sort(), full.findings.map(key).sort());
    }
  });

  it('is a usage error when the value is not i/n', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/a.md': GOOD });
    for (const value of ['3/2', '0/1', 'x']) {
      const result = await json(fs, ['--shard', value]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /--shard takes <i>\/<n> with 1 <= i <= n <= 1024/);
    }
  });
});

describe('--summary and --sarif', () => {
  it('appends a Markdown summary by rule and by file, and writes SARIF beside the chosen format', async () => {
    const fs = new MemoryFileSystem({
      ...REPO,
      '/repo/step-summary': '## Earlier step\n\n',
      '/repo/docs/a.md': missingLinks(2),
      '/repo/docs/b|c.md': missingLinks(1) + '\nSee [b](a.md#nope).\n',
      '/repo/docs/clean.md': GOOD,
    });
    const result = await runCliCollecting(['--format', 'github', '--summary', 'step-summary', '--sarif', 'out/results.sarif'], fs, {
      cwd: '/repo',
    });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^::error file=docs\/a\.md,line=/);
    assert.equal(
      text(fs, '/repo/step-summary'),
      [
        '## Earlier step',
        '',
        '## Guidance Lint',
        '',
        'Checked 3 files.',
        '',
        '**4** findings: 3 errors, 1 warning, 0 info.',
        '',
        '### By rule',
        '',
        '| Rule | Errors | Warnings | Info |',
        '| --- | ---: | ---: | ---: |',
        '| [`link-file-not-found`](https://github.com/guidance-lint/guidance-lint/blob/main/docs/rules/link-file-not-found.md) | 3 | 0 | 0 |',
        '| [`link-anchor-not-found`](https://github.com/guidance-lint/guidance-lint/blob/main/docs/rules/link-anchor-not-found.md) | 0 | 1 | 0 |',
        '',
        '### By file',
        '',
        '| File | Errors | Warnings | Info |',
        '| --- | ---: | ---: | ---: |',
        '| docs/a.md | 2 | 0 | 0 |',
        '| docs/b&#124;c.md | 1 | 1 | 0 |',
        '',
        '',
      ].join('\n'),
    );
    const sarif = JSON.parse(text(fs, '/repo/out/results.sarif')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.equal(sarif.runs[0]!.results.length, 4);
  });

  it('counts baselined findings apart, and says when there is nothing to fix', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/a.md': missingLinks(1) });
    await json(fs, ['--baseline', 'baseline.json', '--update-baseline']);
    const result = await runCliCollecting(['--baseline', 'baseline.json', '--summary', 'step-summary'], fs, { cwd: '/repo' });
    assert.equal(result.code, 0);
    assert.equal(
      text(fs, '/repo/step-summary'),
      '## Guidance Lint\n\nChecked 1 file.\n\nNo findings.\n\n1 more finding is in the baseline and not shown.\n\n',
    );
  });

  it('never replaces a summary file it cannot read, and says why (exit 2)', async () => {
    const fs = new MemoryFileSystem({ ...REPO, '/repo/docs/a.md': GOOD, '/repo/step-summary/keep.txt': 'kept' });
    const result = await runCliCollecting(['--summary', 'step-summary'], fs, { cwd: '/repo' });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--summary: cannot read step-summary to append to it/);
    assert.equal(text(fs, '/repo/step-summary/keep.txt'), 'kept');
  });

  it('lists at most the files with the most findings, and counts the rest in one row', async () => {
    const files: Record<string, string> = { ...REPO };
    for (let index = 0; index <= SUMMARY_MAX_FILES + 1; index++)
      files[`/repo/docs/p${String(index).padStart(3, '0')}.md`] = missingLinks(index === 7 ? 2 : 1);
    const fs = new MemoryFileSystem(files);
    await runCliCollecting(['--summary', 'step-summary'], fs, { cwd: '/repo' });
    const rows = text(fs, '/repo/step-summary').split('\n### By file\n')[1]!.trim().split('\n').slice(2);
    assert.equal(rows.length, SUMMARY_MAX_FILES + 1);
    assert.equal(rows[0], '| docs/p007.md | 2 | 0 | 0 |');
    assert.equal(rows.at(-1), '| 2 more files | 2 | 0 | 0 |');
  });
});
