// Drives a real VS Code (code-server in Debian's chromium, through
// playwright-core) for end-to-end tests. Recipe: ../shared/recipes/vscode-e2e.md.
// code-server itself is installed by scripts/setup-e2e.sh.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { homedir } from 'node:os';
import { createServer } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = '/usr/bin/chromium';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE_DIR = process.env.GUIDANCE_LINT_E2E_CACHE || join(homedir(), '.cache/guidance-lint-e2e');
const INSTALL_DIR = join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
const CODE_SERVER = join(INSTALL_DIR, 'node_modules/.bin/code-server');

// Keep the workbench quiet and deterministic: no welcome page, trust prompt,
// telemetry or update checks.
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
};

// Without the networking flags chromium keeps dialing Google's hosts, which
// this machine's closed network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const STARTUP_TIMEOUT_MS = 30_000;
const UI_TIMEOUT_MS = 15_000;

/** Why the e2e tests cannot run here, or undefined when they can. */
export function missingSetup(): string | undefined {
  // The setup script writes this marker only after every install step worked.
  if (!existsSync(join(INSTALL_DIR, '.installed'))) {
    return `code-server ${CODE_SERVER_VERSION} is not installed in ${INSTALL_DIR}; run scripts/setup-e2e.sh`;
  }
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing; run scripts/setup-e2e.sh`;
  return undefined;
}

export interface StartOptions {
  /** Folder to open as the workspace. */
  workspace: string;
  /**
   * Open a copy of `workspace` made in the run folder instead, so the test's
   * edits leave the original alone and end up among the artifacts.
   */
  copyWorkspace?: boolean;
  /** Names the run folder, next to its timestamp. */
  name: string;
  /** Extension package to install before starting. */
  vsix?: string;
  /** User settings merged over the quiet defaults. */
  settings?: Record<string, unknown>;
  /**
   * Log level of every log, extensions' output channels included (code-server
   * takes no per-extension level). At 'trace' a language client's channel
   * records the protocol messages too.
   */
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
}

/** A rectangle of the page in CSS pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Starts code-server with a fresh profile and opens the workspace in chromium. */
export function startVSCode(options: StartOptions): Promise<VSCode> {
  return VSCode.start(options);
}

/** One code-server process group and the browser page showing it. */
export class VSCode {
  /** Folder holding this run's profile, logs and screenshots. */
  readonly runDir: string;
  /** The folder open in the workbench (a copy in the run folder with `copyWorkspace`). */
  readonly workspace: string;
  private readonly userDataDir: string;
  private readonly server: ChildProcess;
  private browser: Browser | undefined;
  private currentPage: Page | undefined;
  private consoleLog: WriteStream | undefined;
  private screenshotCount = 0;

  private constructor(runDir: string, workspace: string, userDataDir: string, server: ChildProcess) {
    this.runDir = runDir;
    this.workspace = workspace;
    this.userDataDir = userDataDir;
    this.server = server;
  }

  static async start(options: StartOptions): Promise<VSCode> {
    const missing = missingSetup();
    if (missing) throw new Error(missing);
    const runDir = createRunDir(options.name);
    const workspace = options.copyWorkspace ? join(runDir, basename(resolve(options.workspace))) : resolve(options.workspace);
    if (options.copyWorkspace) cpSync(options.workspace, workspace, { recursive: true });
    const env = isolatedEnv(runDir);
    const userDataDir = join(runDir, 'user-data');
    const extensionsDir = join(runDir, 'extensions');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    mkdirSync(extensionsDir, { recursive: true });
    writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...options.settings }, null, 2));
    const profileArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    const logArgs = options.logLevel ? ['--log', options.logLevel] : [];
    if (options.vsix) installExtension(options.vsix, profileArgs, env);

    const port = await freePort();
    const serverLog = join(runDir, 'code-server.log');
    const vscode = new VSCode(runDir, workspace, userDataDir, startServer(port, [...profileArgs, ...logArgs], env, serverLog));
    try {
      await waitForHealth(port, vscode.server, serverLog);
      await vscode.openWorkbench(port, workspace, env);
      return vscode;
    } catch (error) {
      try {
        await vscode.saveFailure('startup');
      } finally {
        await vscode.stop();
      }
      throw error;
    }
  }

  /** The workbench page, for what the helpers below do not cover. */
  get page(): Page {
    if (!this.currentPage) throw new Error('the browser is not open');
    return this.currentPage;
  }

  private async openWorkbench(port: number, workspace: string, env: NodeJS.ProcessEnv): Promise<void> {
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env });
    this.currentPage = await this.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const consoleLog = createWriteStream(join(this.runDir, 'browser-console.log'));
    this.consoleLog = consoleLog;
    this.currentPage.on('console', (message) => consoleLog.write(`${message.type()}: ${message.text()}\n`));
    const url = new URL(`http://127.0.0.1:${port}/`);
    url.searchParams.set('folder', resolve(workspace));
    await this.currentPage.goto(url.href);
    // Ready once the explorer shows the folder (perhaps empty) and the status bar is up.
    for (const selector of ['.explorer-folders-view', STATUS_PROBLEMS]) {
      await this.currentPage.locator(selector).waitFor({ timeout: STARTUP_TIMEOUT_MS });
    }
  }

  /**
   * Opens a file by clicking through the explorer (more reliable than quick
   * open), `docs/a.md` expanding `docs` first; leaves its editor focused.
   */
  async openFile(relativePath: string): Promise<void> {
    const parts = relativePath.split('/');
    for (const [index, part] of parts.entries()) {
      const row = this.page.locator(`${EXPLORER_ROW}[aria-level="${index + 1}"][aria-label="${cssString(part)}"]`);
      await row.waitFor({ timeout: UI_TIMEOUT_MS });
      const isFolder = index < parts.length - 1;
      if (isFolder && (await row.getAttribute('aria-expanded')) === 'true') continue;
      await row.click();
    }
    await this.activeTab(parts[parts.length - 1] ?? relativePath).waitFor({ timeout: UI_TIMEOUT_MS });
    await this.focusEditor();
  }

  /** The active editor tab if it shows `name`; wait on it with `.waitFor()`. */
  activeTab(name: string): Locator {
    return this.page.locator(`${TAB}.active`).filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Moves the keyboard focus back to the active editor, cursor unchanged. */
  async focusEditor(): Promise<void> {
    await this.page.locator(ACTIVE_EDITOR).waitFor({ timeout: UI_TIMEOUT_MS });
    // Control+1 is lost while the workbench is still laying out a new editor.
    await eventually(async () => {
      await this.page.keyboard.press('Control+1');
      await this.page.locator(`${ACTIVE_EDITOR}.focused`).waitFor({ timeout: 1000 });
    });
  }

  /** Puts the cursor at a 1-based line and column of the active editor (Ctrl+G). */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator(QUICK_INPUT);
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    await this.page.locator(`${ACTIVE_EDITOR}.focused`).waitFor({ timeout: UI_TIMEOUT_MS });
  }

  /**
   * The lines of the active editor. Only lines scrolled into view are in the
   * page, so keep test files shorter than the editor.
   */
  async editorText(): Promise<string> {
    const lines = await this.page.locator(`${ACTIVE_EDITOR} .view-lines > .view-line`).evaluateAll((elements) =>
      elements.map((element) => ({
        top: Number.parseFloat((element as HTMLElement).style.top),
        text: element.textContent ?? '',
      })),
    );
    // Lines are positioned by style.top; the DOM order is the render order.
    lines.sort((a, b) => a.top - b.top);
    return lines.map((line) => line.text.replace(/\u00a0/g, ' ')).join('\n');
  }

  /**
   * Rows of the open suggest widget, e.g. "bold, Insert bold text, Snippet"
   * (label, detail, kind). Waits for it to open: by a trigger character, or
   * after pressing Control+Space.
   */
  async completions(): Promise<string[]> {
    const rows = this.page.locator(`${SUGGEST_WIDGET} ${LIST_ROW}`);
    await rows.first().waitFor({ timeout: UI_TIMEOUT_MS });
    return ariaLabels(rows);
  }

  /** The open suggest widget. */
  get suggestWidget(): Locator {
    return this.page.locator(SUGGEST_WIDGET);
  }

  /** Accepts the suggestion whose label is `label` from the open suggest widget. */
  async acceptCompletion(label: string): Promise<void> {
    await this.page.locator(`${SUGGEST_WIDGET} ${LIST_ROW}[aria-label^="${cssString(label)},"]`).click({ timeout: UI_TIMEOUT_MS });
    await this.page.locator(SUGGEST_WIDGET).waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  /**
   * Applies the code action titled `title` from the Ctrl+. menu at the cursor;
   * `whileOpen` runs once the menu shows it (to take a screenshot, say).
   */
  async quickFix(title: string, whileOpen?: (menu: Locator) => Promise<void>): Promise<void> {
    await this.page.keyboard.press('Control+Period');
    const actions = this.page.locator(CODE_ACTION_ROW);
    await actions
      .first()
      .waitFor({ timeout: UI_TIMEOUT_MS })
      .catch(() => {
        throw new Error(`no code actions at the cursor, so no "${title}"`);
      });
    const offered = await ariaLabels(actions);
    if (!offered.includes(title)) {
      await this.page.keyboard.press('Escape');
      throw new Error(`no code action "${title}" at the cursor; offered: ${JSON.stringify(offered)}`);
    }
    await whileOpen?.(this.page.locator(CODE_ACTION_MENU));
    // A pointer-blocking overlay covers the menu until the mouse moves on its
    // own, so choose with the keyboard: the arrows step over group headers.
    const focused = this.page.locator(`${CODE_ACTION_ROW}.focused`);
    for (let step = 0; step < offered.length && (await focused.getAttribute('aria-label')) !== title; step += 1) {
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await actions.first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  /** Runs a command palette entry by its full title, e.g. "Guidance: Validate Repository". */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator(QUICK_INPUT);
    await input.waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill(`>${title}`);
    // Enter would run the top row, which is not always the exact title. A
    // row's label ends with ", <keybinding>" when the command has one.
    const quoted = cssString(title);
    await this.page
      .locator(`${QUICK_INPUT_ROW}[aria-label="${quoted}"], ${QUICK_INPUT_ROW}[aria-label^="${quoted}, "]`)
      .first()
      .click({ timeout: UI_TIMEOUT_MS });
  }

  /**
   * The Problems panel's rows in order, by aria-label: a row per file ("2
   * problems in file a.md of folder docs") followed by its findings
   * ("Warning: <message> at line 3 and character 15."). Opens the panel if
   * needed, which moves the focus there (see focusEditor).
   */
  async problems(): Promise<string[]> {
    return (await this.problemRows()).map((row) => row.label);
  }

  /**
   * Like problems(), with each finding's code as the panel shows it next to
   * the message (a rule id), which the aria-label leaves out.
   */
  async problemRows(): Promise<ShownProblem[]> {
    const panel = this.page.locator(PROBLEMS_PANEL);
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ timeout: UI_TIMEOUT_MS });
    }
    const list = panel.locator('.monaco-list');
    if ((await this.shownProblemRows()).length === 0) return [];
    // The list renders only the rows in view, and a wheel event moves it a
    // few rows at most: scroll to the top, then down to the last row,
    // collecting rows by index on the way.
    await list.hover();
    const height = (await list.boundingBox())?.height ?? 200;
    await this.scrollProblemsUntil(-height, (rows) => rows.some((row) => row.index === 0));
    const shown = new Map<number, ShownProblem>();
    await this.scrollProblemsUntil(height, (rows) => {
      for (const row of rows) shown.set(row.index, { label: row.label, code: row.code });
      return rows.some((row) => row.last);
    });
    // A pointer resting on a row shows its hover, which covers later screenshots.
    await this.page.mouse.move(0, 0);
    return [...shown.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  }

  private async scrollProblemsUntil(delta: number, done: (rows: ProblemRow[]) => boolean): Promise<void> {
    let previous = '';
    for (let stalled = 0; stalled < 20; ) {
      const rows = await this.shownProblemRows();
      if (done(rows)) return;
      const shown = rows.map((row) => row.index).join();
      stalled = shown === previous ? stalled + 1 : 0;
      previous = shown;
      await this.page.mouse.wheel(0, delta);
    }
    throw new Error('the Problems panel stopped scrolling before reaching its end');
  }

  private shownProblemRows(): Promise<ProblemRow[]> {
    // Rows pinned by sticky scroll sit outside `.monaco-list-rows`.
    return this.page.locator(`${PROBLEMS_PANEL} .monaco-list-rows > ${LIST_ROW}`).evaluateAll((elements) =>
      elements.map((row) => ({
        index: Number(row.getAttribute('data-index')),
        last: row.getAttribute('data-last-element') === 'true',
        label: row.getAttribute('aria-label') ?? '',
        code: row.querySelector('.marker-code')?.textContent ?? '',
      })),
    );
  }

  /** The status bar's problem count, e.g. "Errors: 1, Warnings: 1" or "No Problems". */
  async statusProblems(): Promise<string> {
    const item = this.page.locator(STATUS_PROBLEMS);
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    return (await item.getAttribute('aria-label')) ?? '';
  }

  /** Texts of the notification toasts on screen; they hide after a while. */
  async notifications(): Promise<string[]> {
    return this.page.locator(NOTIFICATION_MESSAGE).allTextContents();
  }

  /**
   * Saves a PNG of the page, or of the `clip` region of it, into the run
   * folder, numbered in step order; returns its path.
   */
  async screenshot(stepName: string, clip?: Region): Promise<string> {
    this.screenshotCount += 1;
    const file = join(this.runDir, `${String(this.screenshotCount).padStart(2, '0')}-${slug(stepName)}.png`);
    await this.page.screenshot({ path: file, ...(clip ? { clip } : {}) });
    return file;
  }

  /**
   * Keeps what explains a failed check: a screenshot and a copy of
   * code-server's logs as they are now, extension host output channels
   * included (`logs/<time>/exthost<n>/`). Returns the folder.
   */
  async saveFailure(stepName: string): Promise<string> {
    const folder = join(this.runDir, `failed-${slug(stepName)}`);
    mkdirSync(folder, { recursive: true });
    // A page that crashed gives no screenshot; the logs still say why.
    await this.currentPage?.screenshot({ path: join(folder, 'screen.png') }).catch(() => undefined);
    const logs = join(this.userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, join(folder, 'logs'), { recursive: true });
    cpSync(join(this.runDir, 'code-server.log'), join(folder, 'code-server.log'));
    return folder;
  }

  /**
   * Runs one checked step: a screenshot after it passes (its path is
   * returned; of the region the body returns, if any, else the page), or the
   * failure artifacts when it throws, named in the error.
   */
  async step(stepName: string, body: () => Promise<Region | void>): Promise<string> {
    let region: Region | void;
    try {
      region = await body();
    } catch (error) {
      const folder = await this.saveFailure(stepName);
      throw new Error(`step "${stepName}" failed; screenshot and logs in ${folder}`, { cause: error });
    }
    return this.screenshot(stepName, region ?? undefined);
  }

  /** Closes the browser and kills code-server's whole process group. */
  async stop(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.browser = undefined;
    this.currentPage = undefined;
    this.consoleLog?.end();
    await killGroup(this.server);
  }
}

/** A Problems panel row: its aria-label and, for a finding, its code ('' for none). */
export interface ShownProblem {
  label: string;
  code: string;
}

interface ProblemRow extends ShownProblem {
  index: number;
  last: boolean;
}

// Selectors checked against code-server 4.100.3 (VS Code 1.100.3).
const EXPLORER_ROW = '.explorer-folders-view .monaco-list-row';
const TAB = '.tabs-container .tab';
const ACTIVE_EDITOR = '.editor-group-container.active .editor-instance > .monaco-editor';
const QUICK_INPUT = '.quick-input-widget input';
const QUICK_INPUT_ROW = '.quick-input-list .monaco-list-row';
const SUGGEST_WIDGET = '.suggest-widget.visible';
const CODE_ACTION_MENU = '.action-widget';
const CODE_ACTION_ROW = `${CODE_ACTION_MENU} .monaco-list-row.action`;
const PROBLEMS_PANEL = '.markers-panel';
const LIST_ROW = '.monaco-list-row';
const STATUS_PROBLEMS = '#status\\.problems';
const NOTIFICATION_MESSAGE = '.notifications-toasts .notification-list-item-message';

/** A fresh folder for one run's artifacts (logs, screenshots), under test-results/e2e. */
export function createRunDir(name: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = join(REPO_ROOT, 'test-results/e2e', `${stamp}-${slug(name)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** HOME and XDG dirs inside the run folder: code-server and chromium write there. */
function isolatedEnv(runDir: string): NodeJS.ProcessEnv {
  const home = join(runDir, 'home');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };
  for (const dir of [env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME]) mkdirSync(dir, { recursive: true });
  return env;
}

function installExtension(vsix: string, profileArgs: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(CODE_SERVER, [...profileArgs, '--install-extension', resolve(vsix)], {
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

// detached makes the child call setsid(), so code-server, its extension host
// and the language server share one process group that stop() can kill:
// they would otherwise outlive the browser for minutes.
function startServer(port: number, extraArgs: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = createWriteStream(logFile);
  const server = spawn(
    CODE_SERVER,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      ...extraArgs,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  return server;
}

async function waitForHealth(port: number, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`code-server did not answer /healthz within ${STARTUP_TIMEOUT_MS} ms; see ${logFile}`);
}

async function killGroup(server: ChildProcess): Promise<void> {
  const pgid = server.pid;
  if (pgid === undefined) return;
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    if (!signal2group(pgid, signal)) return;
    for (let waited = 0; waited < 3000; waited += 100) {
      if (!signal2group(pgid, 0)) return;
      await sleep(100);
    }
  }
  throw new Error(`process group ${pgid} survived SIGKILL`);
}

/** Sends a signal to a process group; false once the group is gone. */
function signal2group(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/**
 * Retries `check` until it stops throwing, so assertions can wait for the
 * workbench (diagnostics arrive a moment after a file opens); rethrows the
 * last failure after `timeoutMs`.
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = UI_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await sleep(200);
  }
}

function ariaLabels(rows: Locator): Promise<string[]> {
  return rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function cssString(text: string): string {
  return text.replace(/["\\]/g, '\\$&');
}
