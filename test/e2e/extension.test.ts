// The packaged extension in a real VS Code (code-server in chromium): what a writer sees on screen
// for a small docset (test/fixtures/e2e-docset), compared with what the CLI reports for the same
// folder. One code-server session runs the checks in order; each check is a subtest with its
// own screenshot (and, when it fails, a screenshot plus the logs, "Guidance Lint" output included).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { ALERT_TYPES } from '../../server/src/engine/parse/learn-extensions.js';
import { RULE_META_BY_ID } from '../../server/src/engine/rules/registry.js';
import { DIAGNOSTIC_SOURCE as SOURCE } from '../../server/src/protocol.js';
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

const OVERVIEW = 'articles/overview.md';
const TROUBLESHOOT = 'articles/troubleshoot.md';
const DRAFT = 'articles/draft.md';
// Written by the checks that save or insert text, after the CLI comparison has run.
const SCRATCH = 'articles/scratch.md';
const HIGHLIGHTED = 'articles/highlighted.md';
const RENAME_TARGET = 'articles/pilot-plan.md';
const RENAME_LINKER = 'articles/pilot-notes.md';
/** VS Code's inline rename box (F2 in an editor). */
const RENAME_INPUT = '.rename-box input';
// The TIP alert's body to type over (snippets/learn-markdown.json), shown as its purpose in the pick list.
const TIP_PURPOSE = 'Optional information that helps the reader be more successful.';

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
    // redirectOnMove: always, so the Explorer rename applies without the refactoring preview `ask` opens.
    settings: { 'guidanceLint.trace.server': 'verbose', 'guidanceLint.redirectOnMove': 'always' },
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
        const message = (await vscode.notifications()).find((text) => text.startsWith('Guidance: Validated'));
        assert.ok(message, 'no "Guidance: Validated …" notification');
        return message;
      }, 60_000);
      const counted = (severity: Severity) => `${count(cli, severity)} ${severity}${count(cli, severity) === 1 ? '' : 's'}`;
      assert.match(summary, new RegExp(`: ${counted('error')}, ${counted('warning')}, ${counted('info')}\\.`));
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
      await eventually(async () =>
        assert.equal(await vscode.editorText(), before.replace('ms.author: writer@contoso.com', 'ms.author: writer')),
      );
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
        assert.ok(
          offered.some((row) => /^tip, .*Snippet$/.test(row)),
          `no "tip" snippet in ${JSON.stringify(offered)}`,
        );
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
        for (const type of ALERT_TYPES)
          assert.ok(
            rows.some((row) => row.startsWith(`${type}, `)),
            `no ${type} in ${JSON.stringify(rows)}`,
          );
        return rows;
      });
      t.diagnostic(`offered after "> [!": ${JSON.stringify(offered)}`);
      const shot = await around(vscode, [vscode.suggestWidget, suggestionDetails(vscode), currentLine(vscode)], 40);
      await vscode.screenshot('alert type completion', shot);
      await vscode.acceptCompletion('WARNING');
      await eventually(async () => assert.equal(await vscode.editorText(), `${before}\n\n> [!WARNING]`));
      return shot;
    });

    await check('Guidance: Insert Alert offers the five alert types and inserts the chosen one at the cursor', 'insert alert', async () => {
      await hidePanel(vscode);
      await vscode.page.keyboard.press('Escape');
      writeFileSync(join(vscode.workspace, SCRATCH), '# Scratch article\n\nPlans for the pilot.\n\n');
      await vscode.openFile(SCRATCH);
      const before = await vscode.editorText();
      assert.equal(before, '# Scratch article\n\nPlans for the pilot.\n\n');
      // A blank line with a blank line above: the alert takes this line as it is.
      await vscode.goTo(5, 1);
      await vscode.runCommand('Guidance: Insert Alert');
      const offered = await eventually(async () => {
        const rows = await quickPickRows(vscode);
        assert.deepEqual(
          rows.map((row) => row.split(', ')[0]),
          ALERT_TYPES,
        );
        return rows;
      });
      assert.ok(offered.includes(`TIP, ${TIP_PURPOSE}`), `no TIP row with its purpose in ${JSON.stringify(offered)}`);
      const pickShot = await quickInputRegion(vscode);
      await vscode.screenshot('insert alert pick list', pickShot);
      await chooseQuickPickRow(vscode, 'TIP');
      await eventually(async () => assert.equal(await vscode.editorText(), `${before}> [!TIP]\n> ${TIP_PURPOSE}`));
      // The body is selected, so the writer types over it.
      await vscode.page.keyboard.type('Start with one team.');
      await eventually(async () => assert.equal(await vscode.editorText(), `${before}> [!TIP]\n> Start with one team.`));
      await vscode.page.keyboard.press('Escape');
      return editorTextRegion(vscode);
    });

    await check(
      'Guidance: Insert Include lists the include files with their first line and inserts the chosen one',
      'insert include',
      async () => {
        await hidePanel(vscode);
        await vscode.openFile(SCRATCH);
        await vscode.page.keyboard.press('Control+End');
        await vscode.page.keyboard.press('Enter');
        await vscode.page.keyboard.press('Enter');
        const before = await vscode.editorText();
        await vscode.runCommand('Guidance: Insert Include');
        // Each row: file name, path relative to the article, first line of the include.
        const expectedRows = readdirSync(join(FIXTURE, 'includes'))
          .map((name) => `${name}, ../includes/${name}, ${firstLine(readFileSync(join(FIXTURE, 'includes', name), 'utf8'))}`)
          .sort();
        assert.ok(expectedRows.length >= 2, 'the docset should have include files to pick from');
        await eventually(async () => assert.deepEqual([...(await quickPickRows(vscode))].sort(), expectedRows));
        const pickShot = await quickInputRegion(vscode);
        await vscode.screenshot('insert include pick list', pickShot);
        await chooseQuickPickRow(vscode, 'prerequisites.md');
        await eventually(async () =>
          assert.equal(await vscode.editorText(), `${before}[!INCLUDE [prerequisites](../includes/prerequisites.md)]`),
        );
        return editorTextRegion(vscode);
      },
    );

    await check('Learn syntax (alert, include, :::image:::) is coloured apart from plain text', 'syntax highlighting', async () => {
      await hidePanel(vscode);
      writeFileSync(
        join(vscode.workspace, HIGHLIGHTED),
        [
          '# Share with your team',
          '',
          'Plain words before the Learn syntax.',
          '',
          '> [!TIP]',
          '> Pilot teams learn fastest.',
          '',
          '[!INCLUDE [prerequisites](../includes/prerequisites.md)]',
          '',
          ':::image type="content" source="media/share.png" alt-text="The Share button.":::',
          '',
        ].join('\n'),
      );
      await vscode.openFile(HIGHLIGHTED);
      // On the plain line the cursor shows no light bulb over the text.
      await vscode.goTo(3, 1);
      // Tokens arrive after the grammars load, so wait until the Learn ones are coloured.
      const tokens = await eventually(async () => {
        const shown = await editorTokens(vscode);
        const plain = tokenWith(shown, 'Plain words');
        // The quote body shows that Markdown's own blockquote colour is not what sets TIP apart.
        const quoted = tokenWith(shown, 'Pilot teams');
        for (const learn of [tokenWith(shown, 'TIP'), tokenWith(shown, 'INCLUDE'), tokenWith(shown, 'image'), tokenWith(shown, ':::')]) {
          for (const other of [plain, quoted]) {
            assert.notEqual(learn.className, other.className, `"${learn.text}" has the class of "${other.text}"`);
            assert.notEqual(learn.color, other.color, `"${learn.text}" has the colour of "${other.text}"`);
          }
        }
        return shown;
      });
      t.diagnostic(`tokens: ${JSON.stringify(tokens.map(({ text, className }) => `${className} ${text}`))}`);
      await vscode.page.mouse.move(0, 0);
      return editorTextRegion(vscode);
    });

    await check('F2 on a heading renames it and the link to it in another article', 'rename heading', async () => {
      await hidePanel(vscode);
      writeFileSync(join(vscode.workspace, RENAME_TARGET), '# Pilot plan\n\n## Plan the pilot\n\nStart with one team.\n');
      writeFileSync(join(vscode.workspace, RENAME_LINKER), '# Pilot notes\n\nSee [the pilot](pilot-plan.md#plan-the-pilot).\n');
      await vscode.openFile(RENAME_TARGET);
      await vscode.goTo(3, 6);
      // The index learns of the new files from the file watcher; retry F2 until the rename reaches the link.
      await eventually(async () => {
        await vscode.page.keyboard.press('F2');
        const input = vscode.page.locator(RENAME_INPUT);
        await input.waitFor({ timeout: 5_000 });
        await input.fill('Run the pilot');
        const shot = await around(vscode, [input, currentLine(vscode)], 40);
        await vscode.screenshot('rename heading', shot);
        await input.press('Enter');
        await eventually(async () => assert.match(await vscode.editorText(), /^## Run the pilot$/m));
      }, 30_000);
      await vscode.openFile(RENAME_LINKER);
      await eventually(async () => assert.match(await vscode.editorText(), /\(pilot-plan\.md#run-the-pilot\)/));
      await vscode.page.keyboard.press('Control+S');
      return editorTextRegion(vscode);
    });

    await check('renaming an article in the Explorer updates the link to it and adds its redirection entry', 'move file', async () => {
      await hidePanel(vscode);
      const row = vscode.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="pilot-plan.md"]`);
      await row.click();
      await vscode.page.keyboard.press('F2');
      const input = vscode.page.locator('.explorer-folders-view .monaco-inputbox input');
      await input.waitFor();
      await input.fill('pilot-rollout.md');
      await input.press('Enter');
      // VS Code asks before it applies an extension's edits to other files on a move: the writer says OK.
      const dialog = vscode.page.locator('.monaco-dialog-box');
      await dialog.waitFor();
      await vscode.screenshot('move file confirmation', await around(vscode, [dialog], 8));
      await dialog.getByRole('button', { name: 'OK', exact: true }).click();
      await vscode.page.locator('.explorer-folders-view .monaco-list-row[aria-label="pilot-rollout.md"]').waitFor();
      await vscode.openFile(RENAME_LINKER);
      await eventually(async () => assert.match(await vscode.editorText(), /\(pilot-rollout\.md#run-the-pilot\)/), 30_000);
      await vscode.page.locator('.explorer-folders-view .monaco-list-row[aria-label=".openpublishing.redirection.json"]').waitFor();
      return around(vscode, [vscode.page.locator('.explorer-folders-view'), vscode.page.locator(`${ACTIVE_EDITOR} .view-line > span`)], 8);
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
    return (JSON.parse(result.stdout) as Finding[]).map(({ file, line, column, severity, ruleId, message }) => ({
      file,
      line,
      column,
      severity,
      ruleId,
      message,
    }));
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

const ACTIVE_EDITOR = '.editor-group-container.active .editor-instance > .monaco-editor';
const QUICK_INPUT_WIDGET = '.quick-input-widget';
const QUICK_INPUT_ROW = `${QUICK_INPUT_WIDGET} .quick-input-list .monaco-list-row`;

/** The open quick pick's rows by aria-label: "label, description, detail". */
async function quickPickRows(vscode: VSCode): Promise<string[]> {
  const rows = vscode.page.locator(QUICK_INPUT_ROW);
  await rows.first().waitFor({ timeout: 5000 });
  return rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
}

/** Accepts the quick pick row labelled `label` and waits for the pick list to close. */
async function chooseQuickPickRow(vscode: VSCode, label: string): Promise<void> {
  await vscode.page.locator(`${QUICK_INPUT_ROW}[aria-label^="${label}, "]`).click();
  await vscode.page.locator(QUICK_INPUT_WIDGET).waitFor({ state: 'hidden' });
}

/** The quick input widget with a small margin, for a screenshot of the pick list. */
async function quickInputRegion(vscode: VSCode): Promise<Region> {
  const box = await vscode.page.locator(QUICK_INPUT_WIDGET).boundingBox();
  if (!box) throw new Error('the quick input widget is not shown');
  const page = vscode.page.viewportSize() ?? { width: 1280, height: 800 };
  const margin = 8;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  return {
    x,
    y,
    width: Math.min(page.width, box.x + box.width + margin) - x,
    height: Math.min(page.height, box.y + box.height + margin) - y,
  };
}

/** The text of the active editor with its line numbers. */
function editorTextRegion(vscode: VSCode): Promise<Region> {
  return around(
    vscode,
    [vscode.page.locator(`${ACTIVE_EDITOR} .view-line > span`), vscode.page.locator(`${ACTIVE_EDITOR} .line-numbers`)],
    8,
  );
}

/** The first non-empty line of a file. */
function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

/** A token as Monaco renders it: a span with an mtkN class per colour. */
interface ShownToken {
  text: string;
  className: string;
  color: string;
}

/** The tokens of the lines in view of the active editor, top to bottom. */
async function editorTokens(vscode: VSCode): Promise<ShownToken[]> {
  const lines = await vscode.page.locator(`${ACTIVE_EDITOR} .view-lines > .view-line`).evaluateAll((elements) =>
    elements.map((line) => ({
      top: Number.parseFloat((line as HTMLElement).style.top),
      tokens: [...line.querySelectorAll('span > span')].map((span) => ({
        text: (span.textContent ?? '').replace(/\u00a0/g, ' '),
        className: span.className,
        color: getComputedStyle(span).color,
      })),
    })),
  );
  return lines.sort((a, b) => a.top - b.top).flatMap((line) => line.tokens);
}

/** The token whose text contains `text`. */
function tokenWith(tokens: ShownToken[], text: string): ShownToken {
  const token = tokens.find((candidate) => candidate.text.includes(text));
  assert.ok(token, `no token holds "${text}" in ${JSON.stringify(tokens.map((shown) => shown.text))}`);
  return token;
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
