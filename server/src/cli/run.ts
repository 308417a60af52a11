// guidance-lint [paths or globs…]: checks a docs folder with the same engine and config as the
// editor. Exit codes: 0 clean, 1 findings at error severity (or too many warnings), 2 usage or config error.
import { parseArgs } from 'node:util';
import picomatch from 'picomatch';
import { ConfigError } from '../engine/config/config.js';
import { runMove } from './move-command.js';
import { workspaceFolderFor } from './workspace-root.js';
import { KNOWN_RULE_IDS, RULE_METAS } from '../engine/rules/registry.js';
import type { SeveritySetting } from '../engine/types.js';
import { checkFiles } from '../parallel/check-files.js';
import { createRunLinter } from '../parallel/linter-setup.js';
import { DEFAULT_TIME_BUDGET_MS, PoolConfigError } from '../parallel/pool.js';
import type { ProcessedFile } from '../parallel/process-file.js';
import type { LintSetup } from '../parallel/protocol.js';
import { ResultCache } from './cache.js';
import { CacheLocationError } from './cache-location.js';
import { CI_ARGUMENTS, CiRun, CiUsageError, readCiOptions, type CiOptions } from './ci-run.js';
import { escapeControl } from './formatters/escape.js';
import { skippedPluginsNotice } from './plugins-notice.js';
import { Progress } from './progress.js';
import { discoverFiles, NOT_FOUND } from '../engine/workspace/discover.js';
import { relativePath, resolvePath, toPosixPath, type FileSystem } from '../engine/fs/file-system.js';
import { FORMATTERS } from './formatters/index.js';
import { TOOL_VERSION } from '../version.js';

export { TOOL_VERSION };
const DEFAULT_CACHE_LOCATION = '.guidancelint-cache/';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  fs: FileSystem;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY?: boolean;
  today?: Date;
  /** Check files in worker threads (the real CLI); tests over a memory file system run in-process. */
  workers?: { script: URL | string; cores: number };
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export const HELP = `Usage: guidance-lint [options] [paths or globs...]
       guidance-lint mv [--dry-run] [--no-redirect] <from> <to>   (see mv --help)

Checks Microsoft Learn-style Markdown docs: front matter, Learn syntax, links,
includes and style. Paths default to the current folder; .gitignore files and
the config's "ignore" globs are honoured.

Options:
  -f, --format <name>     stylish (default), json, sarif, github or html
  -c, --config <file>     use this config file instead of .guidancelint.jsonc discovery
  -r, --rule <id=level>   set a rule's severity (off, info, warning, error); repeatable
      --max-warnings <n>  exit 1 when there are more than n warnings
  -q, --quiet             report errors only
      --verbose           stylish: list every finding (no counted repeats or info summary)
      --fix               apply the safe fixes and write the files (prints what changed on stderr)
      --cache             reuse results for files unchanged since the last run
      --cache-location <path>  cache file or folder (default .guidancelint-cache/)
      --allow-plugins     run the remark-lint plug-ins the configuration names (code
                          from the repository; off by default)
  -j, --jobs <n>          worker threads (default and most: one per core)
      --time-budget <s>   stop checking a file after this many seconds (default 10)
      --changed-since <ref>  check only the files changed since a git ref (committed,
                          staged, unstaged, untracked) and the files whose findings
                          depend on them (their linkers, includers and includes)
      --baseline <file>   report only findings that are not in this baseline
                          (default: the "baseline" the configuration names)
      --no-baseline       report every finding, ignoring the configured baseline
      --update-baseline   write the baseline file (--baseline, or the configured one)
                          from this run's findings
      --shard <i>/<n>     check the i-th of n equal slices of the files (CI matrices)
      --summary <file>    append a Markdown summary (by rule, by file) to the file
      --sarif <file>      also write SARIF to the file (beside the --format output)
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage or configuration error, or a file that could not be read.
`;

class UsageError extends Error {}

const MAX_PATTERN_LENGTH = 4096;

interface CliOptions {
  patterns: string[];
  format: string;
  config: string | undefined;
  ruleOverrides: Record<string, SeveritySetting>;
  maxWarnings: number | undefined;
  quiet: boolean;
  verbose: boolean;
  fix: boolean;
  cache: boolean;
  cacheLocation: string | undefined;
  allowPlugins: boolean;
  jobs: number | undefined;
  timeBudgetMs: number;
  help: boolean;
  version: boolean;
  ci: CiOptions;
}

function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', short: 'r', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        verbose: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        'allow-plugins': { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        'time-budget': { type: 'string' },
        ...CI_ARGUMENTS,
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  let ci: CiOptions;
  try {
    ci = readCiOptions(values);
  } catch (error) {
    if (error instanceof CiUsageError) throw new UsageError(error.message);
    throw error;
  }
  if (!FORMATTERS[values.format!]) throw new UsageError(`unknown format "${values.format}" (use ${Object.keys(FORMATTERS).join(', ')})`);
  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const setting of values.rule ?? []) {
    const match = /^([^=]+)=(.+)$/.exec(setting);
    if (!match) throw new UsageError(`--rule takes id=severity, got "${setting}"`);
    const [, id, severity] = match as unknown as [string, string, string];
    if (!KNOWN_RULE_IDS.has(id) && !id.startsWith('remark-lint:')) throw new UsageError(`--rule: unknown rule id "${id}"`);
    if (!SEVERITIES.includes(severity as SeveritySetting))
      throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITIES.join(', ')}`);
    ruleOverrides[id] = severity as SeveritySetting;
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`--max-warnings takes a whole number >= 0, got "${values['max-warnings']}"`);
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    throw new UsageError(`--jobs takes a whole number >= 1, got "${values.jobs}"`);
  const timeBudget = values['time-budget'] === undefined ? DEFAULT_TIME_BUDGET_MS / 1000 : Number(values['time-budget']);
  if (!(timeBudget > 0)) throw new UsageError(`--time-budget takes a number of seconds > 0, got "${values['time-budget']}"`);
  // The glob matcher refuses longer input; no real path comes near it.
  const overlong = positionals.find((pattern) => pattern.length > MAX_PATTERN_LENGTH);
  if (overlong !== undefined)
    throw new UsageError(
      `a path or glob is ${overlong.length.toLocaleString('en-US')} characters long (at most ${MAX_PATTERN_LENGTH.toLocaleString('en-US')})`,
    );
  return {
    patterns: positionals.length > 0 ? positionals : ['.'],
    format: values.format!,
    config: values.config,
    ruleOverrides,
    maxWarnings,
    quiet: values.quiet!,
    verbose: values.verbose!,
    fix: values.fix!,
    cache: values.cache! || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    allowPlugins: values['allow-plugins']!,
    jobs,
    timeBudgetMs: timeBudget * 1000,
    help: values.help!,
    version: values.version!,
    ci,
  };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'mv') return runMove(argv.slice(1), { ...io, workspaceFolderFor });
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`guidance-lint: ${error.message}\nRun guidance-lint --help for usage.\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  const cwd = toPosixPath(io.cwd);
  const configFile = options.config ? resolvePath(cwd, toPosixPath(options.config)) : undefined;
  if (configFile && io.fs.stat(configFile)?.type !== 'file') {
    io.stderr(`guidance-lint: config file not found: ${options.config}\n`);
    return 2;
  }
  const workspaceFolders = [
    ...new Set(options.patterns.map((pattern) => workspaceFolderFor(io.fs, resolvePath(cwd, patternBase(pattern))))),
  ];
  const setup: LintSetup = {
    workspaceFolders,
    ruleOverrides: options.ruleOverrides,
    mode: 'repository',
    today: (io.today ?? new Date()).toISOString(),
    allowPlugins: options.allowPlugins,
    ...(configFile ? { configFile } : {}),
    // Checking any file asks who includes it, which needs the whole index: building it is each
    // worker's start-up, not part of its first file's time budget (on VBA-Docs that build alone took
    // longer than the 10 s budget on a loaded machine, and every worker's first file was reported).
    buildIndexFirst: true,
  };
  const linter = createRunLinter(io.fs, setup);
  let ci: CiRun;
  try {
    ci = new CiRun(options.ci, {
      fs: io.fs,
      cwd,
      workspaceFolders,
      rules: RULE_METAS,
      toolVersion: TOOL_VERSION,
      configuredBaseline: (folder) => linter.config.baselineFor(folder),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`guidance-lint: configuration error: ${escapeControl(error.message)}\n`);
      return 2;
    }
    if (!(error instanceof CiUsageError)) throw error;
    io.stderr(`guidance-lint: ${escapeControl(error.message)}\n`);
    return 2;
  }

  const color = io.stdoutIsTTY && !io.env.NO_COLOR && io.env.FORCE_COLOR !== '0';
  const output = FORMATTERS[options.format]!({ cwd, rules: RULE_METAS, toolVersion: TOOL_VERSION, color, verbose: options.verbose });
  const counts = { error: 0, warning: 0, info: 0 };
  const fixes: ProcessedFile[] = [];
  let unreadable = 0;
  try {
    const discovery = discoverFiles({
      fs: io.fs,
      config: linter.config,
      patterns: options.patterns.map(toPosixPath),
      cwd,
      workspaceFolders,
    });
    const missing = discovery.skipped.filter((skipped) => skipped.reason === NOT_FOUND);
    if (missing.length > 0) {
      for (const path of missing) io.stderr(`guidance-lint: no such file or folder: ${escapeControl(path.path)}\n`);
      return 2;
    }
    for (const skipped of discovery.skipped) io.stderr(`guidance-lint: skipped ${escapeControl(skipped.path)}: ${skipped.reason}\n`);
    if (!options.allowPlugins) io.stderr(skippedPluginsNotice(linter, discovery.files, cwd) ?? '');
    // A plug-in that cannot be loaded is a configuration error, found before any file is checked.
    await linter.loadPlugins(discovery.files);
    const files = await ci.selectFiles(discovery.files, linter);
    io.stdout(output.start());
    const progress = new Progress(files.length, io.stderr, io.stderrIsTTY === true && !io.env.CI);
    await checkFiles({
      fs: io.fs,
      linter,
      setup,
      files,
      fix: options.fix,
      timeBudgetMs: options.timeBudgetMs,
      // More workers than cores only add memory (each holds its own copy of the workspace index).
      ...(io.workers
        ? { workers: { script: io.workers.script, count: Math.min(options.jobs ?? io.workers.cores, io.workers.cores) } }
        : {}),
      // Built once for the workers, in a worker of its own: this thread checks nothing itself.
      index: 'build',
      // Fixing writes files, so cached results (of the unfixed text) cannot stand in for a fix run.
      ...(options.cache && !options.fix
        ? { cache: ResultCache.open(io.fs, cacheLocation(cwd, options.cacheLocation), TOOL_VERSION, setup, linter) }
        : {}),
      order: 'paths',
      onFile: (processed) => {
        progress.tick();
        if (processed.unreadable) {
          unreadable++;
          io.stderr(
            `guidance-lint: could not check ${escapeControl(relativePath(cwd, processed.path) || processed.path)}: ${processed.unreadable}\n`,
          );
        } else output.checked?.(processed);
        if (processed.fixed.length > 0 || processed.fixError) fixes.push(processed);
        const found = ci.report(processed.path, processed.findings);
        for (const finding of found) counts[finding.severity]++;
        const reported = options.quiet ? found.filter((finding) => finding.severity === 'error') : found;
        if (reported.length > 0) io.stdout(output.file(reported));
      },
    });
    progress.finish();
    io.stderr(ci.finish());
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PoolConfigError) {
      io.stderr(`guidance-lint: configuration error: ${escapeControl(error.message)}\n`);
      return 2;
    }
    if (error instanceof CiUsageError) {
      io.stderr(`guidance-lint: ${escapeControl(error.message)}\n`);
      return 2;
    }
    if (error instanceof CacheLocationError) {
      io.stderr(`guidance-lint: --cache: ${escapeControl(error.message)}\n`);
      return 2;
    }
    throw error;
  }
  io.stdout(output.end());
  reportFixes(fixes, cwd, io.stderr);

  if (unreadable > 0) {
    io.stderr(
      `guidance-lint: ${unreadable} file${unreadable === 1 ? '' : 's'} could not be read and ${unreadable === 1 ? 'was' : 'were'} not checked.\n`,
    );
    return 2;
  }
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(`guidance-lint: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** Under --fix: what was written, per file, on stderr (stdout stays the chosen format). */
function reportFixes(fixes: ProcessedFile[], cwd: string, write: (text: string) => void): void {
  if (fixes.length === 0) return;
  let total = 0;
  for (const { path, fixed, fixError } of fixes) {
    const file = escapeControl(relativePath(cwd, path) || path);
    if (fixError) {
      write(`guidance-lint: could not write fixes to ${file} (left unchanged): ${escapeControl(fixError)}\n`);
      continue;
    }
    total += fixed.length;
    const byRule = new Map<string, number>();
    for (const ruleId of fixed) byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1);
    write(`fixed ${file}: ${[...byRule].map(([ruleId, count]) => (count > 1 ? `${ruleId} ×${count}` : ruleId)).join(', ')}\n`);
  }
  const files = fixes.filter((entry) => !entry.fixError).length;
  if (files > 0) write(`guidance-lint: applied ${total} fix${total === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'}.\n`);
}

/** Where --cache keeps results; a trailing slash means a folder, as with ESLint's --cache-location. */
function cacheLocation(cwd: string, given: string | undefined): string {
  const location = toPosixPath(given ?? DEFAULT_CACHE_LOCATION);
  return resolvePath(cwd, location) + (location.endsWith('/') ? '/' : '');
}

/** The folder part of a path or glob, before any wildcard. */
function patternBase(pattern: string): string {
  const scan = picomatch.scan(toPosixPath(pattern));
  return scan.isGlob ? scan.base || '.' : pattern;
}
