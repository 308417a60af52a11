// Repository plug-ins through the built CLI, as CI runs it on a pull request: the plug-in a config
// names is repository code, so it is not even imported unless --allow-plugins is passed; without
// the flag one notice on stderr says what was not run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));

describe('repository plug-ins in the CLI', () => {
  let workspace: string;
  let marker: string;
  const runCli = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args, '-f', 'json'], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, CI: 'true' },
    });

  before(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-cli-plugins-')));
    marker = join(workspace, 'imported.txt');
    const files: Record<string, string> = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-from-the-fork'] }),
      'node_modules/remark-lint-from-the-fork/package.json': JSON.stringify({
        name: 'remark-lint-from-the-fork',
        type: 'module',
        main: 'index.js',
      }),
      // Importing the module leaves a mark on disk, so the test can tell whether repository code ran.
      'node_modules/remark-lint-from-the-fork/index.js': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'imported');\nexport default function fromTheFork() {\n  return (tree, file) => { file.message('ran from the fork', { line: 1, column: 1 }); };\n}\n`,
      'article.md': '# Title\n\n> [!tip]\n> Text.\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(workspace, path, '..'), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('never imports them by default: one notice, the other rules still report', () => {
    const result = runCli(['.']);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(!existsSync(marker), 'the plug-in module was never imported');
    assert.equal(result.stderr.match(/were not run/g)?.length, 1, result.stderr);
    assert.match(
      result.stderr,
      /remark-lint-from-the-fork \(\.guidancelint\.json\)\. They are code from the repository; pass --allow-plugins to run them\./,
    );
    const ruleIds = (JSON.parse(result.stdout) as Array<{ ruleId: string }>).map((finding) => finding.ruleId);
    assert.ok(ruleIds.includes('md-alert-case') && !ruleIds.some((id) => id.startsWith('remark-lint')), ruleIds.join(', '));
  });

  it('runs them with --allow-plugins', () => {
    const result = runCli(['.', '--allow-plugins']);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(existsSync(marker), 'the plug-in module was imported');
    assert.doesNotMatch(result.stderr, /were not run/);
    const messages = (JSON.parse(result.stdout) as Array<{ message: string }>).map((finding) => finding.message);
    assert.ok(messages.includes('ran from the fork'), messages.join('\n'));
  });
});
