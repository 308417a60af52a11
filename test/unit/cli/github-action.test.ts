import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import {
  ACTION_INPUTS,
  actionArguments,
  actionInputVariable,
  DEFAULT_SARIF_FILE,
  runAction,
} from '../../../server/src/cli/github-action.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { runCliCollecting } from '../../helpers/run-cli.js';

const BASE_SHA = 'a'.repeat(40);
const pullRequest = { pull_request: { base: { sha: BASE_SHA } } };

const inputs = (values: Partial<Record<(typeof ACTION_INPUTS)[number], string>>) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [actionInputVariable(name as (typeof ACTION_INPUTS)[number]), value]));

interface ActionYaml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Array<{ id?: string; uses?: string; run?: string; env?: Record<string, string> }> };
}

describe('action.yml', () => {
  const action = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as ActionYaml;

  it('is a composite action whose inputs are exactly the ones the script reads, each passed through', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), [...ACTION_INPUTS].sort());
    const lint = action.runs.steps.find((step) => step.id === 'lint')!;
    assert.equal(lint.run, 'node "$GITHUB_ACTION_PATH/dist/action.mjs"');
    assert.deepEqual(lint.env, Object.fromEntries(ACTION_INPUTS.map((name) => [actionInputVariable(name), `\${{ inputs.${name} }}`])));
    assert.equal(action.outputs['sarif-file']!.value, `\${{ steps.lint.outputs.sarif-file }}`);
  });

  it('sets up Node and builds the package from its own folder before linting, with plug-ins off by default', () => {
    const [setup, build] = action.runs.steps;
    assert.match(setup!.uses!, /^actions\/setup-node@/);
    assert.match(build!.run!, /npm ci .*&& npm run build/);
    assert.equal(action.inputs['allow-plugins']!.default, 'false');
    assert.equal(action.inputs.format!.default, 'github');
    assert.equal(action.inputs['sarif-file']!.default, DEFAULT_SARIF_FILE);
  });
});

describe('the action script', () => {
  it('on a pull request checks what changed since its base, annotates, and writes the summary and SARIF', () => {
    const args = actionArguments({
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_STEP_SUMMARY: '/runner/summary', ...inputs({ format: 'github' }) },
      readEvent: () => pullRequest,
    });
    assert.deepEqual(args, [
      '--format',
      'github',
      `--changed-since=${BASE_SHA}`,
      `--sarif=${DEFAULT_SARIF_FILE}`,
      '--summary=/runner/summary',
    ]);
  });

  it('checks everything on other events, and an explicit changed-since wins on a pull request', () => {
    assert.deepEqual(actionArguments({ env: { GITHUB_EVENT_NAME: 'push' }, readEvent: () => assert.fail('not read on push') }), [
      '--format',
      'github',
      `--sarif=${DEFAULT_SARIF_FILE}`,
    ]);
    const explicit = actionArguments({
      env: { GITHUB_EVENT_NAME: 'pull_request_target', ...inputs({ 'changed-since': 'origin/main' }) },
      readEvent: () => pullRequest,
    });
    assert.ok(explicit.includes('--changed-since=origin/main'));
  });

  it('passes paths after `--`, and the baseline, shard, plug-in and SARIF choices', () => {
    const args = actionArguments({
      env: inputs({
        paths: ' docs\n  articles/**/*.md  -odd.md ',
        baseline: '.guidancelint-baseline.json',
        shard: '2/3',
        'allow-plugins': 'true',
        'sarif-file': 'out/lint.sarif',
        format: 'stylish',
      }),
      readEvent: () => undefined,
    });
    assert.deepEqual(args, [
      '--format',
      'stylish',
      '--baseline=.guidancelint-baseline.json',
      '--shard=2/3',
      '--allow-plugins',
      '--sarif=out/lint.sarif',
      '--',
      'docs',
      'articles/**/*.md',
      '-odd.md',
    ]);
  });

  it('refuses an allow-plugins that is not true or false, and a value over several lines', async () => {
    for (const env of [inputs({ 'allow-plugins': 'yes' }), inputs({ baseline: 'a.json\n--fix' })]) {
      let stderr = '';
      const code = await runAction({
        env,
        readEvent: () => undefined,
        run: () => assert.fail('the CLI must not run'),
        stderr: (text) => (stderr += text),
        appendOutput: () => assert.fail('no output'),
      });
      assert.equal(code, 2);
      assert.match(
        stderr,
        /^::error title=guidance-lint::input "(allow-plugins" must be true or false, got "yes"|baseline" must be one line)/,
      );
    }
  });

  it('runs the CLI: annotations on the log, a job summary, SARIF, the step output and the exit code', async () => {
    const fs = new MemoryFileSystem({
      '/work/repo/.git/HEAD': 'ref: refs/heads/main\n',
      '/work/repo/docs/a.md': '# No front matter\n\nSee [gone](gone.md).\n',
      '/runner/summary': '',
    });
    let stdout = '';
    let output = '';
    const code = await runAction({
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_STEP_SUMMARY: '/runner/summary', GITHUB_OUTPUT: '/runner/output' },
      readEvent: () => undefined,
      run: async (args) => {
        const result = await runCliCollecting(args, fs, { cwd: '/work/repo' });
        stdout += result.stdout;
        return result.code;
      },
      stderr: () => assert.fail('no error'),
      appendOutput: (path, text) => {
        assert.equal(path, '/runner/output');
        output += text;
      },
    });
    assert.equal(code, 1);
    assert.match(stdout, /^::error file=docs\/a\.md,line=1,col=1,endLine=1,endColumn=\d+,title=fm-missing::/m);
    assert.match(stdout, /^::error file=docs\/a\.md,line=3,.*title=link-file-not-found::/m);
    const summary = new TextDecoder().decode(fs.readFile('/runner/summary'));
    assert.match(summary, /^## Guidance Lint\n\nChecked 1 file\.\n\n\*\*2\*\* findings: 2 errors/);
    assert.match(summary, /\| docs\/a\.md \| 2 \| 0 \| 0 \|/);
    const sarif = JSON.parse(new TextDecoder().decode(fs.readFile(`/work/repo/${DEFAULT_SARIF_FILE}`))) as {
      runs: Array<{ results: unknown[] }>;
    };
    assert.equal(sarif.runs[0]!.results.length, 2);
    assert.equal(output, `sarif-file=${DEFAULT_SARIF_FILE}\n`);
  });
});
