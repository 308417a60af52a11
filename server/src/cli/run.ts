// guidance-lint [paths or globs…]: checks a docs folder with the same engine and config as the
// editor. Exit codes: 0 clean, 1 findings at error severity (or too many warnings), 2 usage or config error.
import { parseArgs } from 'node:util';
import picomatch from 'picomatch';
import packageJson from '../../../package.json' with { type: 'json' };
import { ConfigError } from '../engine/config/config.js';
import { Linter } from '../engine/lint.js';
import { KNOWN_RULE_IDS, RULE_METAS } from '../engine/rules/registry.js';
import type { Finding, SeveritySetting } from '../engine/types.js';
import { discoverFiles, NOT_FOUND } from '../engine/workspace/discover.js';
import { WorkspaceIndex } from '../engine/workspace/index.js';
import { dirname, joinPath, resolvePath, toPosixPath, type FileSystem } from '../engine/workspace/file-system.js';
import { FORMATTERS } from './formatters/index.js';

export const TOOL_VERSION: string = packageJson.version;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  fs: FileSystem;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  today?: Date;
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export const HELP = `Usage: guidance-lint [options] [paths or globs...]

Checks Microsoft Learn-style Markdown docs: front matter, Learn syntax, links,
includes and style. Paths default to the current folder; .gitignore files and
the config's "ignore" globs are honoured.

Options:
  -f, --format <name>     stylish (default), json, sarif or github
  -c, --config <file>     use this config file instead of .guidancelint.jsonc discovery
  -r, --rule <id=level>   set a rule's severity (off, info, warning, error); repeatable
      --max-warnings <n>  exit 1 when there are more than n warnings
  -q, --quiet             report errors only
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage or configuration error.
`;

class UsageError extends Error {}

interface CliOptions {
  patterns: string[];
  format: string;
  config: string | undefined;
  ruleOverrides: Record<string, SeveritySetting>;
  maxWarnings: number | undefined;
  quiet: boolean;
  help: boolean;
  version: boolean;
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
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!FORMATTERS[values.format!]) throw new UsageError(`unknown format "${values.format}" (use ${Object.keys(FORMATTERS).join(', ')})`);
  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const setting of values.rule ?? []) {
    const match = /^([^=]+)=(.+)$/.exec(setting);
    if (!match) throw new UsageError(`--rule takes id=severity, got "${setting}"`);
    const [, id, severity] = match as unknown as [string, string, string];
    if (!KNOWN_RULE_IDS.has(id) && !id.startsWith('remark-lint:')) throw new UsageError(`--rule: unknown rule id "${id}"`);
    if (!SEVERITIES.includes(severity as SeveritySetting)) throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITIES.join(', ')}`);
    ruleOverrides[id] = severity as SeveritySetting;
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number >= 0, got "${values['max-warnings']}"`);
  }
  return {
    patterns: positionals.length > 0 ? positionals : ['.'],
    format: values.format!,
    config: values.config,
    ruleOverrides,
    maxWarnings,
    quiet: values.quiet!,
    help: values.help!,
    version: values.version!,
  };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
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
  const workspaceFolders = [...new Set(options.patterns.map((pattern) => workspaceFolderFor(io.fs, resolvePath(cwd, patternBase(pattern)))))];
  // One index for the whole run: each file is scanned once, however many files link to it.
  const index = new WorkspaceIndex({ fs: io.fs, workspaceFolders });
  const linter = new Linter({
    fs: io.fs,
    workspaceFolders,
    index,
    ruleOverrides: options.ruleOverrides,
    mode: 'repository',
    ...(configFile ? { configFile } : {}),
    ...(io.today ? { today: io.today } : {}),
  });

  const findings: Finding[] = [];
  try {
    const discovery = discoverFiles({ fs: io.fs, config: linter.config, patterns: options.patterns.map(toPosixPath), cwd, workspaceFolders });
    const missing = discovery.skipped.filter((skipped) => skipped.reason === NOT_FOUND);
    if (missing.length > 0) {
      for (const path of missing) io.stderr(`guidance-lint: no such file or folder: ${path.path}\n`);
      return 2;
    }
    for (const skipped of discovery.skipped) io.stderr(`guidance-lint: skipped ${skipped.path}: ${skipped.reason}\n`);
    for (const file of discovery.files) findings.push(...linter.lintFile(file).findings);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`guidance-lint: configuration error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const reported = options.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  const color = io.stdoutIsTTY && !io.env.NO_COLOR && io.env.FORCE_COLOR !== '0';
  io.stdout(FORMATTERS[options.format]!({ findings: reported, cwd, rules: RULE_METAS, toolVersion: TOOL_VERSION, color }));

  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`guidance-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** The folder part of a path or glob, before any wildcard. */
function patternBase(pattern: string): string {
  const scan = picomatch.scan(toPosixPath(pattern));
  return scan.isGlob ? scan.base || '.' : pattern;
}

/** The repository (nearest folder with .git) around a path, else the path's own folder. */
function workspaceFolderFor(fs: FileSystem, path: string): string {
  const start = fs.stat(path)?.type === 'directory' ? path : dirname(path);
  for (let folder = start; ; folder = dirname(folder)) {
    if (fs.stat(joinPath(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return start;
  }
}
