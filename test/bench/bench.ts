// `npm run bench` (a benchmark, not a test: it fails only when a tool cannot run, never on speed).
// On each corpus it runs, in the same session: our CLI cold and with a warm cache, markdownlint-cli2
// with its default rules, VS Code's Markdown link validation and rumdl (a Rust markdownlint, cold:
// no cache, no configuration); it prints medians of wall time, CPU time and peak RSS, our ratio to
// each peer and the targets of issue 15. Then the editor figures, in the language server with
// VBA-Docs as the workspace: didChange to publishDiagnostics once indexed (`typing`), and issue 17's
// big-repository figures (`big`: the article opened before the index is ready, Validate
// Repository's first results and progress, typing while it runs and with its findings shown). Each
// figure is printed with its target and the machine's load.
//
// Peers that are not dependencies of the project are installed, pinned, into their own folder
// (GUIDANCE_LINT_BENCH_PEERS, default ~/.cache/guidance-lint-bench/peers) with `npm install
// --prefix`, never into the repository's node_modules; rumdl ships a binary for linux-x64 only, and
// is left out (with a note) elsewhere.
//
// Environment: GUIDANCE_LINT_CORPUS (default ../shared/corpus next to the repository), BENCH_RUNS
// (runs per tool on the small corpus, default 3), BENCH_RUNS_LARGE (on VBA-Docs, default 3),
// BENCH_EDITS (didChange edits, default 40), BENCH_PARTS (comma separated: `cli`, `typing`, `big`,
// or `editor` for both editor parts; default all), BENCH_CORPORA (`power-platform`, `vba-docs` or
// both, comma separated, for the CLI part). `BENCH_PARTS=editor` needs neither the CLI peers nor
// /usr/bin/time, only the VBA-Docs corpus.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { arch, homedir, platform, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBigRepository, type BigRepositoryResult } from './big-repository.js';
import { measureEditorLatency, type EditorLatencyResult } from './editor-latency.js';
import { percentile } from './lsp-session.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIME = '/usr/bin/time';
const MARKDOWNLINT = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const VSCODE_LINKS = join(ROOT, 'test/bench/vscode-links.mjs');
/** rumdl, pinned: the npm package of its linux-x64 binary. */
const RUMDL_PACKAGE = '@rumdl/cli-linux-x64';
const RUMDL_VERSION = '0.2.77';
/** The language server's typing debounce (DEBOUNCE_MS in server/src/lsp/document-validation.ts). */
const SERVER_DEBOUNCE_MS = 150;
const EDIT_SPACING_MS = 300;
const ARTICLE_BYTES = 20 * 1024;
/** The files markdownlint-cli2 reads its options and rules from, in any folder it lints. */
const MARKDOWNLINT_CONFIG_FILES = new Set([
  '.markdownlint-cli2.jsonc',
  '.markdownlint-cli2.yaml',
  '.markdownlint-cli2.cjs',
  '.markdownlint-cli2.mjs',
  '.markdownlint.jsonc',
  '.markdownlint.json',
  '.markdownlint.yaml',
  '.markdownlint.yml',
  '.markdownlint.cjs',
  '.markdownlint.mjs',
]);

interface Corpus {
  name: string;
  folder: string;
  runs: number;
  /** Issue 7's absolute targets are set for VBA-Docs. */
  absoluteTargets: boolean;
}

interface Measurement {
  wallSeconds: number;
  /** User plus system CPU seconds: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakRssMiB: number;
  /** What the tool found, so the run visibly did the work. */
  summary: string;
}

interface ToolRun {
  label: string;
  /** Node runs `command` unless an executable is named. */
  executable?: string;
  command: string[];
  cwd: string;
  acceptedExitCodes: number[];
  summarize: (stdout: string, stderr: string) => string;
}

interface ToolResult {
  label: string;
  runs: Measurement[];
  medianWallSeconds: number;
  medianCpuSeconds: number;
  medianPeakRssMiB: number;
}

const env = process.env;
const corpusRoot = resolve(env.GUIDANCE_LINT_CORPUS ?? join(ROOT, '../shared/corpus'));
const runs = positiveInteger('BENCH_RUNS', 3);
const largeRuns = positiveInteger('BENCH_RUNS_LARGE', 3);
const edits = positiveInteger('BENCH_EDITS', 40);
const parts = benchParts(env.BENCH_PARTS ?? 'cli,editor');
const peersFolder = resolve(env.GUIDANCE_LINT_BENCH_PEERS ?? join(homedir(), '.cache/guidance-lint-bench/peers'));

const ALL_CORPORA: Corpus[] = [
  { name: 'power-platform', folder: join(corpusRoot, 'power-platform'), runs, absoluteTargets: false },
  { name: 'VBA-Docs', folder: join(corpusRoot, 'vba-docs'), runs: largeRuns, absoluteTargets: true },
];
const corpusNames = env.BENCH_CORPORA?.split(',').map((name) => name.trim().toLowerCase());
const CORPORA = ALL_CORPORA.filter((corpus) => !corpusNames || corpusNames.includes(corpus.name.toLowerCase()));

async function main(): Promise<void> {
  const vbaDocs = ALL_CORPORA.find((corpus) => corpus.absoluteTargets)!;
  if (parts.has('cli') && !existsSync(TIME)) throw new Error(`${TIME} is needed to measure peak RSS (apt-get install time)`);
  for (const corpus of parts.has('cli') ? CORPORA : [vbaDocs])
    if (!existsSync(corpus.folder)) throw new Error(`corpus not found: ${corpus.folder} (set GUIDANCE_LINT_CORPUS)`);
  const work = mkdtempSync(join(tmpdir(), 'guidance-lint-bench-'));
  try {
    const dist = snapshotDist(work);
    log(`Guidance Lint benchmark, ${new Date().toISOString()}, node ${process.version}, ${cpuSummary()}`);
    log(`load at start: ${uptime()}`);
    if (parts.has('cli')) {
      const rumdl = installRumdl();
      for (const corpus of CORPORA) printCorpus(corpus, await benchCorpus(corpus, dist, work, rumdl));
    }
    const session = {
      serverPath: join(dist, 'server.mjs'),
      workspaceFolder: vbaDocs.folder,
      articleBytes: ARTICLE_BYTES,
      edits,
      spacingMs: EDIT_SPACING_MS,
      indexTimeoutMs: 15 * 60_000,
    };
    if (parts.has('typing')) {
      log(`\nload before the editor figure: ${uptime()}`);
      printEditor(await measureEditorLatency({ ...session, publishTimeoutMs: 10_000 }));
    }
    if (parts.has('big')) {
      const loadBefore = uptime();
      log(`\nload before the big-repository figures: ${loadBefore}`);
      printBigRepository(
        await measureBigRepository({
          ...session,
          publishTimeoutMs: 30_000,
          validateTimeoutMs: 60 * 60_000,
          onStep: (line) => log(`  … ${line} (load ${uptime().replace(/.*load average: /, '')})`),
        }),
      );
      log(`  load after: ${uptime()}`);
    }
    log(`\nload at end: ${uptime()}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Copies the built CLI, worker and server: other work in the repository may rebuild dist/ while the
 * benchmark runs, and every run must measure the same build.
 */
function snapshotDist(work: string): string {
  const dist = join(work, 'dist');
  mkdirSync(dist);
  for (const file of parts.has('cli') ? ['cli.mjs', 'lint-worker.mjs', 'server.mjs'] : ['lint-worker.mjs', 'server.mjs']) {
    const built = join(ROOT, 'dist', file);
    if (!existsSync(built)) throw new Error(`${built} is missing: run node scripts/build.mjs --production first`);
    copyFileSync(built, join(dist, file));
  }
  return dist;
}

/**
 * The rumdl binary, installed on first use into the peers folder (pinned version); undefined where
 * its package has no binary.
 */
function installRumdl(): string | undefined {
  if (platform() !== 'linux' || arch() !== 'x64') {
    log(`rumdl: no ${RUMDL_PACKAGE} binary for ${platform()}-${arch()}; left out`);
    return undefined;
  }
  const binary = join(peersFolder, 'node_modules', RUMDL_PACKAGE, 'rumdl');
  const installed = (): string | undefined => {
    if (!existsSync(binary)) return undefined;
    const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
    return version === `rumdl ${RUMDL_VERSION}` ? version : undefined;
  };
  if (!installed()) {
    mkdirSync(peersFolder, { recursive: true });
    log(`rumdl: installing ${RUMDL_PACKAGE}@${RUMDL_VERSION} into ${peersFolder}`);
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        peersFolder,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `${RUMDL_PACKAGE}@${RUMDL_VERSION}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  const version = installed();
  if (!version) throw new Error(`${binary} is not rumdl ${RUMDL_VERSION} after installing it`);
  log(`peers: ${version} (${binary})`);
  return binary;
}

async function benchCorpus(corpus: Corpus, dist: string, work: string, rumdlBinary: string | undefined): Promise<ToolResult[]> {
  const markdownFiles = checkMarkdownlintSees(corpus.folder);
  log(`\n== ${corpus.name}: ${corpus.folder} (${markdownFiles} Markdown files), ${corpus.runs} run(s) per tool; load ${uptime()}`);
  const cacheLocation = join(work, `cache-${corpus.name}`) + '/';
  const ours = (label: string, extra: string[]): ToolRun => ({
    label,
    command: [join(dist, 'cli.mjs'), corpus.folder, '--format', 'json', ...extra],
    cwd: corpus.folder,
    acceptedExitCodes: [0, 1],
    summarize: (stdout) => `${(JSON.parse(stdout) as unknown[]).length} findings`,
  });
  const cold = ours('guidance-lint, cold', []);
  const warm = ours('guidance-lint, warm cache', ['--cache', '--cache-location', cacheLocation]);
  // cwd is the corpus folder: markdownlint-cli2 then reads configuration only inside it (checked above).
  const markdownlint: ToolRun = {
    label: 'markdownlint-cli2 (default rules)',
    command: [MARKDOWNLINT, '**/*.md', '#node_modules'],
    cwd: corpus.folder,
    acceptedExitCodes: [0, 1],
    summarize: (stdout) => {
      const files = /Linting: (\d+) file/.exec(stdout)?.[1];
      const errors = /Summary: (\d+) error/.exec(stdout)?.[1];
      if (files === undefined || errors === undefined) throw new Error(`unexpected markdownlint-cli2 output:\n${stdout}`);
      return `${errors} errors in ${files} files`;
    },
  };
  const vscodeLinks: ToolRun = {
    label: 'VS Code link validation',
    command: [VSCODE_LINKS, corpus.folder],
    cwd: corpus.folder,
    acceptedExitCodes: [0],
    summarize: (stdout) => stdout.trim().replace(/^vscode-markdown-languageservice: /, ''),
  };

  // rumdl's cache is off (a cold run) and so is configuration discovery, so its default rules apply.
  const rumdl: ToolRun | undefined = rumdlBinary
    ? {
        label: 'rumdl, cold (default rules)',
        executable: rumdlBinary,
        command: ['check', corpus.folder, '--no-cache', '--isolated', '--output-format', 'json'],
        cwd: corpus.folder,
        acceptedExitCodes: [0, 1],
        summarize: (stdout) => `${(JSON.parse(stdout) as unknown[]).length} warnings`,
      }
    : undefined;

  const fill = await measure(warm, work);
  log(`  ${warm.label}: cache filled in ${fill.wallSeconds.toFixed(2)} s, ${fill.peakRssMiB.toFixed(0)} MiB (${fill.summary})`);
  const tools = [cold, warm, markdownlint, vscodeLinks, ...(rumdl ? [rumdl] : [])];
  const measured = new Map<ToolRun, Measurement[]>(tools.map((tool) => [tool, []]));
  // Round-robin, so a change in the machine's load during the session falls on every tool alike.
  for (let run = 1; run <= corpus.runs; run++) {
    for (const tool of tools) {
      const result = await measure(tool, work);
      measured.get(tool)!.push(result);
      log(
        `  run ${run} ${tool.label}: ${result.wallSeconds.toFixed(2)} s, CPU ${result.cpuSeconds.toFixed(2)} s, ${result.peakRssMiB.toFixed(0)} MiB, ${result.summary}`,
      );
    }
  }
  const coldSummary = measured.get(cold)![0]!.summary;
  // Every run of ours checks the same files with the same rules: a different count is worth a look.
  for (const result of [fill, ...measured.get(cold)!, ...measured.get(warm)!]) {
    if (result.summary !== coldSummary) log(`  NOTE: a run of ours reported ${result.summary}, the first cold run ${coldSummary}`);
  }
  return tools.map((tool) => {
    const results = measured.get(tool)!;
    return {
      label: tool.label,
      runs: results,
      medianWallSeconds: median(results.map((result) => result.wallSeconds)),
      medianCpuSeconds: median(results.map((result) => result.cpuSeconds)),
      medianPeakRssMiB: median(results.map((result) => result.peakRssMiB)),
    };
  });
}

/**
 * Runs one tool under /usr/bin/time with its output going to files. Our CLI's workers are threads
 * and both peers are single processes, so the node process's maxrss is the whole run's peak.
 */
async function measure(tool: ToolRun, work: string): Promise<Measurement> {
  const stdoutFile = join(work, 'stdout');
  const stderrFile = join(work, 'stderr');
  const timeFile = join(work, 'time');
  const stdout = openSync(stdoutFile, 'w');
  const stderr = openSync(stderrFile, 'w');
  let exitCode: number | null;
  try {
    const executable = tool.executable ? [tool.executable] : [process.execPath];
    const child = spawn(TIME, ['-o', timeFile, '-f', '%e %U %S %M', ...executable, ...tool.command], {
      cwd: tool.cwd,
      stdio: ['ignore', stdout, stderr],
    });
    exitCode = await new Promise<number | null>((resolveExit, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => resolveExit(code));
    });
  } finally {
    closeSync(stdout);
    closeSync(stderr);
  }
  const out = readFileSync(stdoutFile, 'utf8');
  const err = readFileSync(stderrFile, 'utf8');
  if (exitCode === null || !tool.acceptedExitCodes.includes(exitCode)) {
    throw new Error(`${tool.label} exited with ${exitCode}:\n${err.slice(-4000)}`);
  }
  // time writes "Command exited with non-zero status N" first when the tool exits with findings.
  const [wall, user, system, maxRssKiB] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wallSeconds: wall!, cpuSeconds: user! + system!, peakRssMiB: maxRssKiB! / 1024, summary: tool.summarize(out, err) };
}

/** Counts the Markdown files, and refuses a corpus that holds markdownlint configuration (its rules would not be the defaults). */
function checkMarkdownlintSees(folder: string): number {
  let markdownFiles = 0;
  const configs: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') visit(join(directory, entry.name));
      } else if (MARKDOWNLINT_CONFIG_FILES.has(entry.name)) {
        configs.push(join(directory, entry.name));
      } else if (/\.md$/i.test(entry.name)) {
        markdownFiles++;
      }
    }
  };
  visit(folder);
  if (configs.length > 0) throw new Error(`markdownlint configuration in the corpus would change its default rules: ${configs.join(', ')}`);
  return markdownFiles;
}

function printCorpus(corpus: Corpus, results: ToolResult[]): void {
  const [cold, warm, markdownlint, vscodeLinks, rumdl] = results as [ToolResult, ToolResult, ToolResult, ToolResult, ToolResult?];
  log(`\n${corpus.name}: medians of ${corpus.runs} run(s)`);
  table(
    ['tool', 'wall s', 'CPU s', 'peak RSS MiB', 'runs (wall s)'],
    results.map((result) => [
      result.label,
      result.medianWallSeconds.toFixed(2),
      result.medianCpuSeconds.toFixed(2),
      result.medianPeakRssMiB.toFixed(0),
      result.runs.map((run) => run.wallSeconds.toFixed(2)).join(' '),
    ]),
  );
  log('');
  const ratioRows: string[][] = [];
  for (const [ours, oursName] of [
    [cold, 'cold'],
    [warm, 'warm'],
  ] as const) {
    for (const peer of [markdownlint, vscodeLinks, ...(rumdl ? [rumdl] : [])]) {
      ratioRows.push([
        `ours ${oursName} / ${peer.label}`,
        (ours.medianWallSeconds / peer.medianWallSeconds).toFixed(3),
        (ours.medianCpuSeconds / peer.medianCpuSeconds).toFixed(3),
        (ours.medianPeakRssMiB / peer.medianPeakRssMiB).toFixed(3),
      ]);
    }
  }
  table(['ratio (ours/peer, same session)', 'wall', 'CPU', 'peak RSS'], ratioRows);
  log('');
  const targets: string[][] = corpus.absoluteTargets
    ? [
        ['cold wall ≤ 30 s', `${cold.medianWallSeconds.toFixed(2)} s`, verdict(cold.medianWallSeconds <= 30)],
        ['cold peak RSS ≤ 800 MiB', `${cold.medianPeakRssMiB.toFixed(0)} MiB`, verdict(cold.medianPeakRssMiB <= 800)],
        ['warm wall ≤ 2 s', `${warm.medianWallSeconds.toFixed(2)} s`, verdict(warm.medianWallSeconds <= 2)],
      ]
    : [
        [
          'cold wall ≤ 0.3 × markdownlint-cli2',
          `${(cold.medianWallSeconds / markdownlint.medianWallSeconds).toFixed(3)} ×`,
          verdict(cold.medianWallSeconds <= 0.3 * markdownlint.medianWallSeconds),
        ],
        ...(rumdl
          ? [
              [
                'warm wall ≤ rumdl cold',
                `${warm.medianWallSeconds.toFixed(2)} s vs ${rumdl.medianWallSeconds.toFixed(2)} s`,
                verdict(warm.medianWallSeconds <= rumdl.medianWallSeconds),
              ],
            ]
          : []),
      ];
  table(['target (issue 15)', 'figure', ''], targets);
}

function printEditor(result: EditorLatencyResult): void {
  const measured = result.latenciesMs;
  const work = measured.map((latency) => latency - SERVER_DEBOUNCE_MS);
  const p50 = percentile(measured, 50);
  const p95 = percentile(measured, 95);
  log(`\nEditor: ${result.articlePath} (${result.articleBytes} bytes) in the VBA-Docs workspace`);
  log(
    `  background index built in ${(result.indexMs / 1000).toFixed(2)} s (${result.indexedFiles ?? 'no progress message'}); article opened and checked in ${result.openMs.toFixed(0)} ms; ${result.diagnosticsOnArticle} diagnostics on it`,
  );
  log(
    `  ${measured.length} didChange edits ${EDIT_SPACING_MS} ms apart${result.missed > 0 ? `, ${result.missed} without a publish within the timeout` : ''}; server peak RSS ${result.serverPeakRssMiB?.toFixed(0) ?? '?'} MiB`,
  );
  table(
    ['didChange → publishDiagnostics', 'p50 ms', 'p95 ms', 'max ms', 'target p95 ≤ 100 ms'],
    [
      ['as measured (includes the 150 ms debounce)', p50.toFixed(1), p95.toFixed(1), Math.max(...measured).toFixed(1), verdict(p95 <= 100)],
      [
        'minus the debounce (the server’s work)',
        percentile(work, 50).toFixed(1),
        percentile(work, 95).toFixed(1),
        Math.max(...work).toFixed(1),
        verdict(percentile(work, 95) <= 100),
      ],
    ],
  );
  log(
    '  The issue\'s "keystroke to diagnostics" is the first row taken literally; with a 150 ms debounce it cannot be met, and the second row is the checking time the target can hold the server to.',
  );
}

/** Issue 17's targets. */
const OPEN_TARGET_MS = 2000;
const FIRST_RESULTS_TARGET_MS = 5000;
const KEYSTROKE_DURING_VALIDATION_TARGET_MS = 1500;
const KEYSTROKE_WITH_DIAGNOSTICS_TARGET_MS = 500;
const LOADED_DIAGNOSTICS = 100_000;

function printBigRepository(result: BigRepositoryResult): void {
  const { validate } = result;
  const ms = (value: number | undefined) => (value === undefined ? 'never' : `${value.toFixed(0)} ms`);
  const within = (value: number | undefined, target: number) => verdict(value !== undefined && value <= target);
  log(`\nBig repository (issue 17): ${result.articlePath} (${result.articleBytes} bytes) in the VBA-Docs workspace`);
  log(
    `  index ready ${(result.indexMs / 1000).toFixed(1)} s after initialized (${result.indexMessage ?? 'no progress message'}); the opened article was published at ${result.openPublishes.map(({ ms: at, count }) => `${(at / 1000).toFixed(1)} s (${count} diagnostics)`).join(', ')}`,
  );
  log(
    `  Validate Repository: ${(validate.totalMs / 1000).toFixed(1)} s, ${JSON.stringify(validate.summary)}; ${validate.countMessages} "N of M files" messages, first "${validate.firstCount ?? '-'}" at ${ms(validate.firstCountMs)}, last "${validate.lastCount ?? '-'}"; first file with findings at ${ms(validate.firstOtherFileWithFindingsMs)}; ${validate.stalePublishesOfOpenArticle} stale publish(es) of the open article`,
  );
  const sampled = validate.messages.filter((_, index, all) => index < 3 || index === all.length - 1 || index % 50 === 0);
  log(`  progress messages (sample): ${sampled.map(({ ms: at, message }) => `${(at / 1000).toFixed(1)} s "${message}"`).join(', ')}`);
  log(
    `  ${result.diagnosticsShown} diagnostics shown in ${result.filesWithDiagnostics} files after Validate Repository; server peak RSS ${result.serverPeakRssMiB?.toFixed(0) ?? '?'} MiB`,
  );
  const typingRow = (label: string, figure: { latenciesMs: number[]; missed: number }, target: number): string[] => {
    const p95 = percentile(figure.latenciesMs, 95);
    return [
      `${label} (${figure.latenciesMs.length} edits${figure.missed > 0 ? `, ${figure.missed} unpublished` : ''}): p50 ${percentile(figure.latenciesMs, 50).toFixed(0)}, p95 ${p95.toFixed(0)}, max ${Math.max(...figure.latenciesMs).toFixed(0)} ms`,
      `p95 ≤ ${target} ms`,
      verdict(figure.missed === 0 && p95 <= target),
    ];
  };
  table(
    ['figure', 'target', ''],
    [
      [
        `initialized + didOpen → the article's first diagnostics: ${ms(result.openToFirstPublishMs)}`,
        `≤ ${OPEN_TARGET_MS} ms`,
        within(result.openToFirstPublishMs, OPEN_TARGET_MS),
      ],
      [
        `Validate Repository → first diagnostics of another file: ${ms(validate.firstOtherFileMs)}`,
        `≤ ${FIRST_RESULTS_TARGET_MS} ms`,
        within(validate.firstOtherFileMs, FIRST_RESULTS_TARGET_MS),
      ],
      [
        `Validate Repository → first "N of M files": ${ms(validate.firstCountMs)}`,
        `≤ ${FIRST_RESULTS_TARGET_MS} ms`,
        within(validate.firstCountMs, FIRST_RESULTS_TARGET_MS),
      ],
      typingRow(
        'keystroke → diagnostics while Validate Repository runs',
        result.typingDuringValidation,
        KEYSTROKE_DURING_VALIDATION_TARGET_MS,
      ),
      typingRow(
        `keystroke → diagnostics with ${result.diagnosticsShown} diagnostics shown`,
        result.typingWithDiagnostics,
        KEYSTROKE_WITH_DIAGNOSTICS_TARGET_MS,
      ),
    ],
  );
  log(
    `  a client status bar that recounts every diagnostic on each publish visits ${result.statusBarWork.recountAll.toLocaleString('en-US')} diagnostics in this session; recounting only the published file (the client now), ${result.statusBarWork.recountFile.toLocaleString('en-US')}`,
  );
  if (result.diagnosticsShown < LOADED_DIAGNOSTICS)
    log(`  NOTE: fewer than ${LOADED_DIAGNOSTICS} diagnostics were shown, so the last figure is not at the issue's load.`);
  log('  Keystroke figures include the 150 ms typing debounce (the writer waits for it too).');
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    '  ' + cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  log(line(header));
  log('  ' + widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) log(line(row));
}

function verdict(met: boolean): string {
  return met ? 'met' : 'MISSED';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function positiveInteger(name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${value}"`);
  return number;
}

/** The parts to run; `editor` stands for both editor parts. */
function benchParts(value: string): Set<string> {
  const known = ['cli', 'typing', 'big'];
  const chosen = new Set<string>();
  for (const part of value.split(',').map((name) => name.trim())) {
    if (part === 'editor') {
      chosen.add('typing');
      chosen.add('big');
    } else if (known.includes(part)) chosen.add(part);
    else throw new Error(`BENCH_PARTS: unknown part "${part}" (known: ${[...known, 'editor'].join(', ')})`);
  }
  return chosen;
}

function uptime(): string {
  return execFileSync('uptime', { encoding: 'utf8' }).trim();
}

function cpuSummary(): string {
  const cpus = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/gm) ?? [];
  return `${cpus.length} CPU(s) ${cpus[0]?.replace(/^model name\s*:\s*/, '') ?? ''}`.trim();
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

await main();
