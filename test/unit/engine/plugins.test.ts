// remark-lint plug-ins named in configuration, loaded from the repository's node_modules. The real
// remark-lint packages are not installed here, so small fake packages are written to a temp folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError } from '../../../server/src/engine/config/config.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { NodeFileSystem, toPosixPath } from '../../../server/src/engine/fs/file-system.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

/** A remark-lint style rule: reports a heading whose text an earlier heading already had. */
const DUPLICATE_HEADINGS = `export default function remarkLintNoDuplicateHeadings() {
  return (tree, file) => {
    const seen = new Set();
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const text = node.children.map((child) => child.value ?? '').join('');
      if (seen.has(text)) file.message('Do not use headings with similar content', { place: node.position, ruleId: 'no-duplicate-headings', source: 'remark-lint' });
      seen.add(text);
    }
  };
}
`;
const THROWING = `export default function remarkLintBroken() {
  return () => { throw new Error('boom'); };
}
`;
const ARTICLE = '# Title\n\n## Setup\n\nText.\n\n## Setup\n\n> [!tip]\n> Text.\n';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = toPosixPath(realpathSync(mkdtempSync(join(tmpdir(), 'guidance-plugins-'))));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function packageFiles(
  name: string,
  source: string,
  manifest: Record<string, unknown> = { type: 'module', main: 'index.js' },
): Record<string, string> {
  return { [`node_modules/${name}/package.json`]: JSON.stringify({ name, ...manifest }), [`node_modules/${name}/index.js`]: source };
}

function linterFor(root: string, allowPlugins: boolean, notices: string[] = []): Linter {
  return new Linter({
    fs: new NodeFileSystem(),
    workspaceFolders: [root],
    today: TEST_TODAY,
    allowPlugins,
    onNotice: (message) => notices.push(message),
  });
}

function pluginFindings(linter: Linter, path: string): string[] {
  return linter
    .lintFile(path)
    .findings.filter((finding) => finding.ruleId.startsWith('remark-lint:') || finding.ruleId === 'internal-error')
    .map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.ruleId}`);
}

describe('remark-lint plug-ins', () => {
  it('runs a configured plug-in and reports under remark-lint:<rule>', async () => {
    const root = workspace({
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-no-duplicate-headings'] }),
      ...packageFiles('remark-lint-no-duplicate-headings', DUPLICATE_HEADINGS),
      'docs/a.md': ARTICLE,
    });
    const linter = linterFor(root, true);
    assert.equal(await linter.loadPlugins([`${root}/docs/a.md`]), true);
    assert.deepEqual(pluginFindings(linter, `${root}/docs/a.md`), ['7:1 warning remark-lint:no-duplicate-headings']);
    // Our own rules still run beside it.
    assert.ok(linter.lintFile(`${root}/docs/a.md`).findings.some((finding) => finding.ruleId === 'md-alert-case'));
    assert.equal(await linter.loadPlugins([`${root}/docs/a.md`]), false, 'a plug-in is loaded once');
  });

  it('takes the severity from the rules section, and off silences it', async () => {
    const config = (severity: string) =>
      JSON.stringify({
        root: true,
        plugins: ['remark-lint-no-duplicate-headings'],
        rules: { 'remark-lint:no-duplicate-headings': severity },
      });
    const root = workspace({
      '.guidancelint.json': config('error'),
      'quiet/.guidancelint.json': config('off'),
      ...packageFiles('remark-lint-no-duplicate-headings', DUPLICATE_HEADINGS),
      'docs/a.md': ARTICLE,
      'quiet/a.md': ARTICLE,
    });
    const linter = linterFor(root, true);
    await linter.loadPlugins([`${root}/docs/a.md`, `${root}/quiet/a.md`]);
    assert.deepEqual(pluginFindings(linter, `${root}/docs/a.md`), ['7:1 error remark-lint:no-duplicate-headings']);
    assert.deepEqual(pluginFindings(linter, `${root}/quiet/a.md`), []);
  });

  it('a suppression comment with the plug-in id silences it', async () => {
    const root = workspace({
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-no-duplicate-headings'] }),
      ...packageFiles('remark-lint-no-duplicate-headings', DUPLICATE_HEADINGS),
      'docs/a.md': '<!-- guidance-lint-disable-file remark-lint:no-duplicate-headings -->\n\n' + ARTICLE,
    });
    const linter = linterFor(root, true);
    await linter.loadPlugins([`${root}/docs/a.md`]);
    assert.deepEqual(pluginFindings(linter, `${root}/docs/a.md`), []);
  });

  it('does not run repository code unless allowed, and says so once per config folder', async () => {
    const root = workspace({
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-no-duplicate-headings'] }),
      ...packageFiles('remark-lint-no-duplicate-headings', 'throw new Error("must not be imported");\n'),
      'docs/a.md': ARTICLE,
      'docs/b.md': ARTICLE,
    });
    const notices: string[] = [];
    const linter = linterFor(root, false, notices);
    assert.equal(await linter.loadPlugins([`${root}/docs/a.md`]), false);
    assert.deepEqual(pluginFindings(linter, `${root}/docs/a.md`), []);
    assert.deepEqual(pluginFindings(linter, `${root}/docs/b.md`), []);
    assert.equal(notices.length, 1);
    assert.match(notices[0]!, /trusted workspace/);
  });

  it('a plug-in that is not installed is a configuration error naming the config file and the plug-in', async () => {
    const root = workspace({
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-missing'] }),
      'docs/a.md': ARTICLE,
    });
    const linter = linterFor(root, true);
    await assert.rejects(linter.loadPlugins([`${root}/docs/a.md`]), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.file, `${root}/.guidancelint.json`);
      assert.match(error.message, /remark-lint-missing.*not installed/);
      return true;
    });
    assert.equal(await linter.loadPlugins([`${root}/docs/a.md`]), false, 'a failure is reported once');
    assert.deepEqual(pluginFindings(linter, `${root}/docs/a.md`), []);
  });

  it('a module without a plug-in as default export is a configuration error', async () => {
    const root = workspace({
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-empty'] }),
      ...packageFiles('remark-lint-empty', 'export const nothing = 1;\n'),
      'docs/a.md': ARTICLE,
    });
    await assert.rejects(linterFor(root, true).loadPlugins([`${root}/docs/a.md`]), /does not export a remark plug-in/);
  });

  it('a plug-in that throws becomes an internal-error finding; the file is still checked', async () => {
    const root = workspace({
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-broken'] }),
      ...packageFiles('remark-lint-broken', THROWING),
      'docs/a.md': ARTICLE,
    });
    const linter = linterFor(root, true);
    await linter.loadPlugins([`${root}/docs/a.md`]);
    const findings = linter.lintFile(`${root}/docs/a.md`).findings;
    const failure = findings.find((finding) => finding.ruleId === 'internal-error');
    assert.match(failure?.message ?? '', /remark-lint-broken.*boom/);
    assert.ok(findings.some((finding) => finding.ruleId === 'md-alert-case'));
  });

  it('loads presets, conditional exports, and plug-ins by path from the config folder', async () => {
    const preset = `import rule from 'remark-lint-no-duplicate-headings';\nexport default { plugins: [rule] };\n`;
    const root = workspace({
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-preset-team', './lint/local-rule.js'] }),
      ...packageFiles('remark-lint-no-duplicate-headings', DUPLICATE_HEADINGS, {
        type: 'module',
        exports: { '.': { import: './index.js', require: './missing.cjs' } },
      }),
      ...packageFiles('remark-preset-team', preset),
      'lint/package.json': JSON.stringify({ type: 'module' }),
      'lint/local-rule.js': `export default function local() {\n  return (tree, file) => { file.message('Local rule ran', { place: { line: 1, column: 1 }, ruleId: 'local', source: 'remark-lint' }); };\n}\n`,
      'docs/a.md': ARTICLE,
    });
    const linter = linterFor(root, true);
    await linter.loadPlugins([`${root}/docs/a.md`]);
    assert.deepEqual(pluginFindings(linter, `${root}/docs/a.md`), [
      '1:1 warning remark-lint:local',
      '7:1 warning remark-lint:no-duplicate-headings',
    ]);
  });
});

describe('remark-lint plug-ins loaded concurrently', () => {
  it('a second caller waits for a load the first one started', async () => {
    const root = workspace({
      '.guidancelint.json': JSON.stringify({ root: true, plugins: ['remark-lint-no-duplicate-headings'] }),
      ...packageFiles('remark-lint-no-duplicate-headings', DUPLICATE_HEADINGS),
      'docs/a.md': ARTICLE,
      'docs/b.md': ARTICLE,
    });
    const linter = linterFor(root, true);
    const first = linter.loadPlugins([`${root}/docs/a.md`]);
    assert.equal(await linter.loadPlugins([`${root}/docs/b.md`]), false);
    assert.deepEqual(pluginFindings(linter, `${root}/docs/b.md`), ['7:1 warning remark-lint:no-duplicate-headings']);
    assert.equal(await first, true);
  });
});
