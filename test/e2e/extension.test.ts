// The packaged extension in a real VS Code (code-server in chromium): what a writer sees on screen
// for a small docset (test/fixtures/e2e-docset), compared with what the CLI reports for the same
// folder. One code-server session runs the five checks in order; each check is a subtest with its
// own screenshot (and, when it fails, a screenshot plus the logs, "Guidance Lint" output included).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { RULE_META_BY_ID } from '../../server/src/engine/rules/registry.js';
import { eventually, missingSetup, startVSCode, type Region, type ShownProblem, type VSCode } from './harness.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = join(REPO_ROOT, 'test/fixtures/e2e-docset');
const VSIX = join(REPO_ROOT, 'guidance-lint.vsix');
const CLI = join(REPO_ROOT, 'dist/cli.mjs');
// What the VSIX is built from: a newer build means the CLI and the installed extension may differ.
const BUNDLES = ['dist/client.cjs', 'dist/server.mjs', 'dist/cli.mjs'].map((path) => join(REPO_ROOT, path));
const MANIFEST = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string };
// VS Code names a contributed status bar item "<publisher>.<name>.<item id>" (client/src/extension.ts).
const STATUS_ITEM = `#${`${MANIFEST.publisher}.${MANIFEST.name}.guidanceLint.findings`.replace(/\./g, '\\.')}`;
const SOURCE = 'guidance-lint';
// The alert types Learn renders.
const ALERT_TYPES = ['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING'];

const OVERVIEW = 'articles/overview.md';
const TROUBLESHOOT = 'articles/troubleshoot.md';
const DRAFT = 'articles/draft.md';

type Severity = 'error' | 'warning' | 'info';

/** A finding as the CLI's JSON has it, and as a Problems panel row is read back into. */
interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

test('Guidance Lint in VS Code shows, validates, fixes and completes a docset', async (t) => {
  const missing = missingSetup();
  if (missing) {
    t.skip(missing);
    return;
  }
  assertVsixIsCurrent();
  const vscode = await startVSCode({
    workspace: FIXTURE,
    copyWorkspace: true,
    name: 'extension',
    vsix: VSIX,
    // The protocol messages, with the diagnostics published, in the "Guidance Lint" log say why a check failed.
    logLevel: 'trace',
    settings: { 'guidanceLint.trace.server': 'verbose' },
  });
  t.diagnostic(`artifacts: ${vscode.runDir}`);
  // A subtest per check, each run as a step: its screenshot, or its failure artifacts.
  const check = (title: string, stepName: string, body: () => Promise<Region | void>) =>
    t.test(title, async () => {
      await vscode.step(stepName, body);
    });
  try {
    // Nothing below saves a file, so the folder on disk stays what the CLI sees here.
    const cli = cliFindings(vscode.workspace);

    await check('opening an article shows its findings in the Problems panel and the status bar', 'problems on open', async () => {
      const expected = cli.filter((finding) => finding.file === OVERVIEW && !repositoryOnly(finding));
      // Named findings, so the comparison below cannot pass with nothing on either side.
      assertHas(expected, { line: 21, column: 70, severity: 'error', ruleId: 'link-file-not-found' });
      assertHas(expected, { line: 7, column: 10, severity: 'info', ruleId: 'fm-date-stale' });
      await vscode.openFile(OVERVIEW);
      await eventually(async () => assert.deepEqual(keys(readProblems(await vscode.problemRows())), keys(expected)));
      await eventually(async () => assert.equal(await statusText(vscode), `Guidance: ${expected.length}`));
      await vscode.page.locator(`${STATUS_ITEM} .codicon-checklist`).waitFor();
      return belowEditorTop(vscode, 230);
    });

    // Infos are compared as well: the writer sees them in the same list, and the CLI prints them.
    await check('Validate Repository fills the Problems panel with exactly the findings of the CLI', 'validate repository', async () => {
      assertHas(cli, { file: 'articles/quick-notes.md', line: 1, column: 1, severity: 'error', ruleId: 'fm-missing' });
      assertHas(cli, { file: TROUBLESHOOT, line: 5, column: 12, severity: 'warning', ruleId: 'fm-alias' });
      // Runs only in repository validation: proves the command validates the repository, not file by file.
      assertHas(cli, { file: 'includes/old-banner.md', severity: 'info', ruleId: 'include-unused' });
      await vscode.runCommand('Guidance: Validate Repository');
      const summary = await eventually(async () => {
        const message = (await vscode.notifications()).find((text) => text.startsWith('Guidance: validated'));
        assert.ok(message, 'no "Guidance: validated …" notification');
        return message;
      }, 60_000);
      assert.match(summary, new RegExp(`: ${count(cli, 'error')} errors, ${count(cli, 'warning')} warnings, ${count(cli, 'info')} infos`));
      await eventually(async () => {
        const shown = readProblems(await vscode.problemRows());
        assert.deepEqual(keys(shown), keys(cli));
        assert.equal(await statusText(vscode), `Guidance: ${shown.length}`);
      });
      await maximizedPanelShot(vscode, 'validate repository panel');
    });

    await check('the quick fix (Ctrl+.) for fm-alias strips the email domain, and the finding goes away', 'quick fix', async () => {
      const problemsBefore = readProblems(await vscode.problemRows());
      assertHas(problemsBefore, { file: TROUBLESHOOT, line: 5, column: 12, ruleId: 'fm-alias' });
      await hidePanel(vscode);
      await vscode.openFile(TROUBLESHOOT);
      const before = await vscode.editorText();
      assert.match(before, /^ms\.author: writer@contoso\.com$/m);
      await vscode.goTo(5, 13);
      let menuShot: Region | undefined;
      await vscode.quickFix('Change to writer', async (menu) => {
        menuShot = await around(vscode, [menu, currentLine(vscode)], 40);
        await vscode.screenshot('quick fix menu', menuShot);
      });
      // Only the value changes.
      await eventually(async () => assert.equal(await vscode.editorText(), before.replace('ms.author: writer@contoso.com', 'ms.author: writer')));
      const fixed = problemsBefore.filter((finding) => !(finding.file === TROUBLESHOOT && finding.ruleId === 'fm-alias'));
      await eventually(async () => {
        assert.deepEqual(keys(readProblems(await vscode.problemRows())), keys(fixed));
        assert.equal(await statusText(vscode), `Guidance: ${fixed.length}`);
      });
      return menuShot;
    });

    await check('typing the snippet prefix "tip" and accepting it inserts a TIP alert', 'snippet', async () => {
      await hidePanel(vscode);
      await vscode.openFile(DRAFT);
      await vscode.page.keyboard.press('Control+End');
      const before = await vscode.editorText();
      assert.ok(before.endsWith('\n'), 'the draft should end with an empty line');
      await vscode.page.keyboard.press('Enter');
      await vscode.page.keyboard.type('tip');
      // Markdown has suggestions while typing off, so ask for them.
      await vscode.page.keyboard.press('Control+Space');
      await eventually(async () => {
        const offered = await vscode.completions();
        assert.ok(offered.some((row) => /^tip, .*Snippet$/.test(row)), `no "tip" snippet in ${JSON.stringify(offered)}`);
      });
      // Ctrl+Space again shows the suggestion's details: the alert the snippet inserts.
      await vscode.page.keyboard.press('Control+Space');
      await suggestionDetails(vscode).waitFor();
      const shot = await around(vscode, [vscode.suggestWidget, suggestionDetails(vscode), currentLine(vscode)], 40);
      await vscode.screenshot('snippet suggestion', shot);
      await vscode.acceptCompletion('tip');
      // The placeholder text is selected, so typing replaces it.
      await eventually(async () => assert.match(await vscode.editorText(), /\n> \[!TIP\]\n> \S.*$/));
      await vscode.page.keyboard.type('Pilot teams learn fastest.');
      await eventually(async () => assert.equal(await vscode.editorText(), `${before}\n> [!TIP]\n> Pilot teams learn fastest.`));
      return shot;
    });

    await check('completion after "> [!" lists the alert types', 'alert type completion', async () => {
      await hidePanel(vscode);
      await vscode.openFile(DRAFT);
      await vscode.page.keyboard.press('Escape');
      await vscode.page.keyboard.press('Control+End');
      const before = await vscode.editorText();
      await vscode.page.keyboard.press('Enter');
      await vscode.page.keyboard.press('Enter');
      // "[" and "!" are trigger characters, so the list opens without Ctrl+Space.
      await vscode.page.keyboard.type('> [!');
      const offered = await eventually(async () => {
        const rows = await vscode.completions();
        for (const type of ALERT_TYPES) assert.ok(rows.some((row) => row.startsWith(`${type}, `)), `no ${type} in ${JSON.stringify(rows)}`);
        return rows;
      });
      t.diagnostic(`offered after "> [!": ${JSON.stringify(offered)}`);
      const shot = await around(vscode, [vscode.suggestWidget, suggestionDetails(vscode), currentLine(vscode)], 40);
      await vscode.screenshot('alert type completion', shot);
      await vscode.acceptCompletion('WARNING');
      await eventually(async () => assert.equal(await vscode.editorText(), `${before}\n\n> [!WARNING]`));
      return shot;
    });
  } finally {
    await vscode.stop();
    assert.deepEqual(processesOf(vscode.runDir), [], 'processes of this run are still running after stop()');
  }
});

function assertVsixIsCurrent(): void {
  assert.ok(existsSync(VSIX), `${VSIX} is missing: run "npm run package" (npm run test:e2e does)`);
  const built = statSync(VSIX).mtimeMs;
  const newer = BUNDLES.filter((bundle) => statSync(bundle).mtimeMs > built);
  assert.deepEqual(newer, [], `${VSIX} is older than the bundles listed: run "npm run package" (npm run test:e2e does)`);
}

/** The CLI's findings for the folder, paths relative to it. */
function cliFindings(folder: string): Finding[] {
  const result = spawnSync(process.execPath, [CLI, '.', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  try {
    return (JSON.parse(result.stdout) as Finding[]).map(({ file, line, column, severity, ruleId, message }) => ({ file, line, column, severity, ruleId, message }));
  } catch {
    throw new Error(`the CLI gave no JSON (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

/** Rules that run only when the whole repository is validated, never for one open file. */
function repositoryOnly(finding: Finding): boolean {
  return RULE_META_BY_ID.get(finding.ruleId)?.scope === 'repository';
}

const FILE_ROW = /^\d+ problems? in file (.+) of folder (.+)$/;
const FINDING_ROW = /^(Error|Warning|Info): ([\s\S]*) at line (\d+) and character (\d+)\. generated by (.+)$/;
const SEVERITIES: Record<string, Severity> = { Error: 'error', Warning: 'warning', Info: 'info' };

/** Our findings in the Problems panel, each under the file row before it. */
function readProblems(rows: ShownProblem[]): Finding[] {
  const findings: Finding[] = [];
  let file: string | undefined;
  for (const { label, code } of rows) {
    const fileRow = FILE_ROW.exec(label);
    if (fileRow) {
      const [, name, folder] = fileRow;
      file = folder === '.' ? name! : `${folder}/${name}`;
      continue;
    }
    const findingRow = FINDING_ROW.exec(label);
    if (!findingRow || !file) throw new Error(`unexpected Problems row: ${JSON.stringify(label)}`);
    const [, severity, message, line, column, source] = findingRow;
    if (source !== SOURCE) continue;
    findings.push({ file, line: Number(line), column: Number(column), severity: SEVERITIES[severity!]!, ruleId: code, message: message! });
  }
  return findings;
}

/** Findings as sorted lines, so a failed comparison shows the difference. */
function keys(findings: Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`).sort();
}

function assertHas(findings: Finding[], wanted: Partial<Finding>): void {
  const matches = (finding: Finding) => Object.entries(wanted).every(([key, value]) => finding[key as keyof Finding] === value);
  assert.ok(findings.some(matches), `no finding ${JSON.stringify(wanted)} in:\n${keys(findings).join('\n')}`);
}

function count(findings: Finding[], severity: Severity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

/** Our status bar item's text without its icon, e.g. "Guidance: 4". */
async function statusText(vscode: VSCode): Promise<string> {
  return ((await vscode.page.locator(STATUS_ITEM).textContent({ timeout: 5000 })) ?? '').trim();
}

/** Hides the panel, so the editor shows whole articles (editorText() reads only lines in view). */
async function hidePanel(vscode: VSCode): Promise<void> {
  const panel = vscode.page.locator('.part.panel');
  if (!(await panel.isVisible())) return;
  await vscode.page.keyboard.press('Control+J');
  await panel.waitFor({ state: 'hidden' });
}

/** The suggest widget's side panel, shown once Ctrl+Space is pressed with the widget open. */
function suggestionDetails(vscode: VSCode): Locator {
  return vscode.page.locator('.suggest-details-container .suggest-details');
}

/** The cursor's line highlight, in the text and in the line-number gutter. */
function currentLine(vscode: VSCode): Locator {
  return vscode.page.locator('.editor-group-container.active .current-line');
}

/** The smallest region holding what the locators match, grown by `padding` and kept inside the editors. */
async function around(vscode: VSCode, locators: Locator[], padding: number): Promise<Region> {
  const boxes = await Promise.all(
    locators.map((locator) =>
      locator.evaluateAll((elements) =>
        elements.map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x, y, width, height };
        }),
      ),
    ),
  );
  const shown = boxes.flat().filter((box) => box.width > 0 && box.height > 0);
  if (shown.length === 0) throw new Error('nothing to take a screenshot of');
  const editors = await vscode.page.locator('.part.editor').boundingBox();
  if (!editors) throw new Error('no editor area to take a screenshot of');
  const left = Math.max(editors.x, Math.min(...shown.map((box) => box.x)) - padding);
  const top = Math.max(editors.y, Math.min(...shown.map((box) => box.y)) - padding);
  const right = Math.min(editors.x + editors.width, Math.max(...shown.map((box) => box.x + box.width)) + padding);
  const bottom = Math.min(editors.y + editors.height, Math.max(...shown.map((box) => box.y + box.height)) + padding);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The page from `above` pixels over the panel down to the status bar: editor squiggles, Problems, counts. */
async function belowEditorTop(vscode: VSCode, above: number): Promise<Region> {
  const panel = await vscode.page.locator('.part.panel').boundingBox();
  const page = vscode.page.viewportSize() ?? { width: 1280, height: 800 };
  const top = Math.max(0, (panel?.y ?? page.height / 2) - above);
  return { x: 0, y: top, width: page.width, height: page.height - top };
}

/** A screenshot of every Problems row at once (the panel maximized), then the layout as it was. */
async function maximizedPanelShot(vscode: VSCode, name: string): Promise<void> {
  await vscode.runCommand('View: Toggle Maximized Panel');
  await vscode.page.locator('.part.panel').waitFor();
  await vscode.screenshot(name, await belowEditorTop(vscode, 0));
  await vscode.runCommand('View: Toggle Maximized Panel');
}

/** Processes whose environment points into the run folder: code-server, its extension host, our server. */
function processesOf(runDir: string): string[] {
  const marker = `HOME=${join(runDir, 'home')}\0`;
  const running: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker)) continue;
      running.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ').trim()}`);
    } catch {
      // Exited while being read, or not ours to read.
    }
  }
  return running;
}
