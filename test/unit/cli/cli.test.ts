import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli, TOOL_VERSION } from '../../../server/src/cli/run.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

const GOOD =
  '---\ntitle: Plan your Power Platform adoption\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Plan your Power Platform adoption\n';
const NO_FRONT_MATTER = '# Community blog\n\nText.\n';
/** Another article without front matter: its own H1, so the two are not one docset's duplicates. */
const NO_FRONT_MATTER_2 = '# Community news\n\nText.\n';
const TWO_H1 = GOOD + '\n# Second title\n';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  args: string[],
  files: Record<string, string>,
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd ?? '/repo',
    fs: new MemoryFileSystem({ '/repo/.git/HEAD': 'ref: refs/heads/main\n', ...files }),
    env: options.env ?? {},
    stdoutIsTTY: false,
    today: TEST_TODAY,
  });
  return { code, stdout, stderr };
}

describe('guidance-lint CLI', () => {
  it('exits 0 and prints nothing for a clean docset', async () => {
    const result = await run([], { '/repo/docs/a.md': GOOD });
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
  });

  it('exits 1 on an error finding and prints stylish output grouped by file', async () => {
    const result = await run(['docs'], { '/repo/docs/a.md': GOOD, '/repo/docs/readme.md': NO_FRONT_MATTER });
    assert.equal(result.code, 1);
    assert.equal(
      result.stdout,
      'docs/readme.md\n  1:1  error  This article has no front matter: Learn needs title, description, author, ms.author, ms.date and ms.topic.  fm-missing\n\n✖ 1 problem (1 error, 0 warnings, 0 info)\n',
    );
  });

  it('prints the JSON format of RULES.md', async () => {
    const result = await run(['--format', 'json'], { '/repo/docs/readme.md': NO_FRONT_MATTER });
    assert.deepEqual(JSON.parse(result.stdout), [
      {
        file: 'docs/readme.md',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 17,
        ruleId: 'fm-missing',
        severity: 'error',
        message: 'This article has no front matter: Learn needs title, description, author, ms.author, ms.date and ms.topic.',
        fixable: false,
      },
    ]);
  });

  it('prints SARIF 2.1.0 with every rule in the driver and 1-based regions', async () => {
    const result = await run(['-f', 'sarif'], { '/repo/docs/my file.md': NO_FRONT_MATTER });
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'guidance-lint');
    assert.equal(driver.version, TOOL_VERSION);
    for (const id of ['fm-missing', 'fm-yaml-syntax', 'fm-required', 'md-h1', 'internal-error']) {
      const rule = driver.rules.find((candidate: { id: string }) => candidate.id === id);
      assert.ok(rule?.shortDescription.text, `rule ${id} listed with a description`);
    }
    const [sarifResult] = log.runs[0].results;
    assert.equal(sarifResult.ruleId, 'fm-missing');
    assert.equal(driver.rules[sarifResult.ruleIndex].id, 'fm-missing');
    assert.equal(sarifResult.level, 'error');
    assert.deepEqual(sarifResult.locations[0].physicalLocation, {
      artifactLocation: { uri: 'docs/my%20file.md' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 17 },
    });
  });

  it('prints GitHub workflow commands with escaped properties', async () => {
    const result = await run(['--format=github'], { '/repo/docs/a,b.md': TWO_H1, '/repo/docs/c.md': NO_FRONT_MATTER });
    assert.equal(
      result.stdout,
      '::warning file=docs/a%2Cb.md,line=12,col=1,endLine=12,endColumn=15,title=md-h1::Only one H1 per article: make this an H2 (##) or lower.\n' +
        '::error file=docs/c.md,line=1,col=1,endLine=1,endColumn=17,title=fm-missing::This article has no front matter: Learn needs title, description, author, ms.author, ms.date and ms.topic.\n',
    );
  });

  it('exits 0 with warnings only, and 1 when they exceed --max-warnings', async () => {
    const files = { '/repo/docs/a.md': TWO_H1 };
    assert.equal((await run([], files)).code, 0);
    assert.equal((await run(['--max-warnings', '1'], files)).code, 0);
    const over = await run(['--max-warnings', '0'], files);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
  });

  it('--quiet reports errors only', async () => {
    const result = await run(['--quiet', '-f', 'json'], { '/repo/docs/a.md': TWO_H1, '/repo/docs/b.md': NO_FRONT_MATTER });
    assert.deepEqual(
      JSON.parse(result.stdout).map((finding: { ruleId: string }) => finding.ruleId),
      ['fm-missing'],
    );
  });

  it('--rule changes a severity, and rejects unknown ids and severities with exit 2', async () => {
    const files = { '/repo/docs/b.md': NO_FRONT_MATTER };
    assert.equal((await run(['--rule', 'fm-missing=warning'], files)).code, 0);
    assert.equal((await run(['--rule', 'fm-missing=off', '-f', 'json'], files)).stdout, '[]\n');
    const unknown = await run(['--rule', 'fm-mising=off'], files);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown rule id "fm-mising"/);
    assert.equal((await run(['--rule', 'fm-missing=loud'], files)).code, 2);
  });

  it('honours .gitignore and config ignore globs', async () => {
    const result = await run(['-f', 'json'], {
      '/repo/.gitignore': 'generated/\n',
      '/repo/.guidancelint.jsonc': '{ // comments are fine\n "ignore": ["**/README.md"] }',
      '/repo/generated/x.md': NO_FRONT_MATTER,
      '/repo/README.md': NO_FRONT_MATTER,
      '/repo/docs/README.md': NO_FRONT_MATTER,
      '/repo/docs/c.md': NO_FRONT_MATTER_2,
    });
    assert.deepEqual(
      JSON.parse(result.stdout).map((finding: { file: string }) => finding.file),
      ['docs/c.md'],
    );
  });

  it('takes globs', async () => {
    const result = await run(['-f', 'json', 'docs/**/b*.md'], {
      '/repo/docs/a.md': NO_FRONT_MATTER,
      '/repo/docs/sub/b.md': NO_FRONT_MATTER_2,
    });
    assert.deepEqual(
      JSON.parse(result.stdout).map((finding: { file: string }) => finding.file),
      ['docs/sub/b.md'],
    );
  });

  it('--config uses that file instead of discovery', async () => {
    const files = {
      '/repo/.guidancelint.json': '{"rules":{"fm-missing":"off"}}',
      '/repo/ci.json': '{"rules":{"md-h1":"off"}}',
      '/repo/b.md': NO_FRONT_MATTER,
    };
    assert.equal((await run([], files)).code, 0);
    assert.equal((await run(['--config', 'ci.json'], files)).code, 1);
    const missing = await run(['--config', 'nope.json'], files);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /config file not found: nope\.json/);
  });

  it('reports an invalid config once, naming the file and the key, with exit 2', async () => {
    const wrongSeverity = await run([], { '/repo/.guidancelint.json': '{"rules":{"md-h1":"loud"}}', '/repo/a.md': GOOD });
    assert.equal(wrongSeverity.code, 2);
    assert.equal(wrongSeverity.stdout, '');
    assert.match(wrongSeverity.stderr, /^guidance-lint: configuration error: \/repo\/\.guidancelint\.json: "rules\.md-h1": /);
    assert.doesNotMatch(wrongSeverity.stderr, /\n\s+at /, 'no stack trace');

    const unknownKey = await run([], { '/repo/.guidancelint.json': '{"rulez":{}}', '/repo/a.md': GOOD });
    assert.match(unknownKey.stderr, /"rulez": is not a known setting/);

    const badJson = await run([], { '/repo/.guidancelint.json': '{\n  "rules": {,}\n}', '/repo/a.md': GOOD });
    assert.match(badJson.stderr, /\/repo\/\.guidancelint\.json:2:\d+: invalid JSON/);

    const unknownRule = await run([], { '/repo/.guidancelint.json': '{"rules":{"md-h2":"off"}}', '/repo/a.md': GOOD });
    assert.match(unknownRule.stderr, /"rules\.md-h2": unknown rule id \(did you mean "md-h1"\?\)/);
  });

  it('exits 2 on usage errors and missing paths', async () => {
    const unknownOption = await run(['--colour'], {});
    assert.equal(unknownOption.code, 2);
    assert.match(unknownOption.stderr, /Unknown option '--colour'/);
    assert.equal((await run(['--format', 'xml'], {})).code, 2);
    assert.equal((await run(['--max-warnings', 'many'], {})).code, 2);
    const missing = await run(['nowhere'], {});
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file or folder: \/repo\/nowhere/);
  });

  it('prints help and version', async () => {
    const help = await run(['--help'], {});
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: guidance-lint/);
    assert.equal((await run(['--version'], {})).stdout, `${TOOL_VERSION}\n`);
  });

  it('summarises infos after the files in stylish output, and lists them in their file under --verbose', async () => {
    const files = { '/repo/docs/a.md': GOOD.replace('11/01/2026', '01/15/2020') };
    const summary = await run([], files);
    assert.equal(summary.code, 0);
    assert.match(
      summary.stdout,
      /^Infos by rule\n {2}1 info {2}fm-date-stale\n {4}docs\/a\.md:6:10 {2}ms\.date 01\/15\/2020 is \d+ days old/,
    );
    const verbose = await run(['--verbose'], files);
    assert.match(verbose.stdout, /^docs\/a\.md\n {2}6:10 {2}info {2}ms\.date 01\/15\/2020 is \d+ days old.* {2}fm-date-stale\n/);
    assert.doesNotMatch(verbose.stdout, /Infos by rule/);
  });

  it('colours stylish output only on a terminal without NO_COLOR', async () => {
    let stdout = '';
    await runCli([], {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      cwd: '/repo',
      fs: new MemoryFileSystem({ '/repo/b.md': NO_FRONT_MATTER }),
      env: {},
      stdoutIsTTY: true,
      today: TEST_TODAY,
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the ANSI colour sequence
    assert.match(stdout, /\x1b\[31merror/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the ANSI escape character
    assert.doesNotMatch((await run([], { '/repo/b.md': NO_FRONT_MATTER }, { env: { NO_COLOR: '1' } })).stdout, /\x1b/);
  });
});

describe('guidance-lint on a folder that a .gitignore above it ignores', () => {
  it('checks the folder it was asked to check, with the .gitignore files inside it still applied', async () => {
    const files = {
      '/repo/.gitignore': 'test-results/\n',
      '/repo/test-results/run/docset/.gitignore': 'generated/\n',
      '/repo/test-results/run/docset/a.md': NO_FRONT_MATTER,
      '/repo/test-results/run/docset/generated/b.md': NO_FRONT_MATTER,
      '/repo/docs/c.md': NO_FRONT_MATTER,
    };
    const named = await run(['-f', 'json', 'test-results/run/docset'], files);
    assert.deepEqual(
      JSON.parse(named.stdout).map((finding: { file: string }) => finding.file),
      ['test-results/run/docset/a.md'],
    );
    const whole = await run(['-f', 'json'], files);
    assert.deepEqual(
      JSON.parse(whole.stdout).map((finding: { file: string }) => finding.file),
      ['docs/c.md'],
      'from the repository root, the ignored folder stays ignored',
    );
  });
});

describe('guidance-lint CLI: where the repository is', () => {
  async function runWithout(args: string[], files: Record<string, string>, cwd: string): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      cwd,
      fs: new MemoryFileSystem(files),
      env: {},
      stdoutIsTTY: false,
      today: TEST_TODAY,
    });
    return { code, stdout, stderr };
  }

  it('checks one folder of a copy without .git against the whole repository its publishing config marks', async () => {
    const files = {
      '/copy/.openpublishing.publish.config.json': '{"docsets_to_publish":[{"build_source_folder":"."}]}',
      '/copy/includes/note.md': 'Shared note.\n',
      '/copy/excel/a.md': GOOD + '\n[!INCLUDE [note](../includes/note.md)]\n\n[Word](../word/b.md)\n',
      '/copy/word/b.md': GOOD.replaceAll('Plan your Power Platform adoption', 'Plan your Power Platform rollout'),
    };
    const result = await runWithout(['excel', '-f', 'json'], files, '/copy');
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.equal(result.code, 0);
  });

  it('refuses a path or glob too long to match, with a usage error', async () => {
    const result = await run(['a'.repeat(70_000)], { '/repo/docs/a.md': GOOD });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /a path or glob is 70,000 characters long \(at most 4,096\)/);
    assert.doesNotMatch(result.stderr, /internal error/);
  });
});
