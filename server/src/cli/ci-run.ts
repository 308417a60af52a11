// The CI options of a run: which files it checks (--changed-since, --shard), which findings it
// reports (--baseline, --update-baseline) and what it writes besides stdout (--summary, --sarif).
// `run.ts` parses them with the other options and calls in here at three points: choosing the
// files, each file's findings, and the end of the run.
import {
  BaselineError,
  BaselineMatcher,
  createBaseline,
  readBaselineFile,
  serializeBaseline,
  type RelativeFindings,
} from '../engine/baseline.js';
import type { ConfiguredBaseline } from '../engine/config/config.js';
import { isInside, relativePath, resolvePath, toPosixPath, type FileSystem } from '../engine/fs/file-system.js';
import type { Linter } from '../engine/lint.js';
import type { Finding, RuleMeta } from '../engine/types.js';
import { affectedFiles } from '../engine/workspace/affected.js';
import { WorkspaceIndex } from '../engine/workspace/index.js';
import { formatSarif } from './formatters/sarif.js';
import type { OutputStream } from './formatters/types.js';
import { changesSince, filesMentioning, GitChangesError } from './git-changes.js';
import { parseShard, shardFiles, type Shard } from './shard.js';
import { RunSummary } from './summary.js';

/** A CI option was given a value it cannot use, or its file cannot be read or written: exit 2 with this message. */
export class CiUsageError extends Error {}

export interface CiOptions {
  changedSince: string | undefined;
  baseline: string | undefined;
  /** Ignore the baseline the configuration names. */
  noBaseline: boolean;
  updateBaseline: boolean;
  shard: Shard | undefined;
  summary: string | undefined;
  sarif: string | undefined;
}

export const CI_ARGUMENTS = {
  'changed-since': { type: 'string' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean', default: false },
  'update-baseline': { type: 'boolean', default: false },
  shard: { type: 'string' },
  summary: { type: 'string' },
  sarif: { type: 'string' },
} as const;

export function readCiOptions(values: {
  'changed-since'?: string | undefined;
  baseline?: string | undefined;
  'no-baseline'?: boolean | undefined;
  'update-baseline'?: boolean | undefined;
  shard?: string | undefined;
  summary?: string | undefined;
  sarif?: string | undefined;
}): CiOptions {
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard)
    throw new CiUsageError(`--shard takes <i>/<n> with 1 <= i <= n <= 1024 (e.g. 2/4), got "${values.shard}"`);
  if (values['changed-since'] === '') throw new CiUsageError('--changed-since needs a git ref (a branch, tag or commit)');
  for (const name of ['baseline', 'summary', 'sarif'] as const)
    if (values[name] === '') throw new CiUsageError(`--${name} needs a file name`);
  const updateBaseline = values['update-baseline'] === true;
  const noBaseline = values['no-baseline'] === true;
  if (noBaseline && (values.baseline !== undefined || updateBaseline))
    throw new CiUsageError('--no-baseline reports every finding: it cannot be given with --baseline or --update-baseline');
  // A baseline written from part of the repository would drop the findings of every other file.
  if (updateBaseline && (values.shard !== undefined || values['changed-since'] !== undefined))
    throw new CiUsageError('--update-baseline writes the whole baseline: run it without --shard and --changed-since');
  return {
    changedSince: values['changed-since'],
    baseline: values.baseline,
    noBaseline,
    updateBaseline,
    shard,
    summary: values.summary,
    sarif: values.sarif,
  };
}

export interface CiRunContext {
  fs: FileSystem;
  cwd: string;
  workspaceFolders: string[];
  rules: readonly RuleMeta[];
  toolVersion: string;
  /** The baseline a workspace folder's configuration names (`baseline`); throws ConfigError. */
  configuredBaseline: (folder: string) => ConfiguredBaseline | undefined;
}

/** One baseline file this run reads or writes, with the folder its entries are relative to. */
interface BaselineTarget {
  file: string;
  /** As the person running the tool knows it: the path given to --baseline, or relative to the working directory. */
  name: string;
  /** The configuration naming it (relative to the working directory); undefined for --baseline. */
  namedBy: string | undefined;
  /** Undefined: relative to each file's workspace folder (--baseline). */
  root: string | undefined;
  /** Undefined while it is being written (--update-baseline). */
  matcher: BaselineMatcher | undefined;
  checked: RelativeFindings[];
}

export class CiRun {
  private readonly baselines: BaselineTarget[] = [];
  private readonly sarif: { stream: OutputStream; text: string } | undefined;
  private summary: RunSummary | undefined;
  private baselined = 0;

  /**
   * Reads the baselines (--baseline, else each workspace folder's configured one); throws
   * CiUsageError when one is missing (and not being written) or malformed, ConfigError from the
   * configuration.
   */
  constructor(
    private readonly options: CiOptions,
    private readonly context: CiRunContext,
  ) {
    if (options.baseline !== undefined) {
      this.addBaseline({
        file: resolvePath(context.cwd, toPosixPath(options.baseline)),
        name: options.baseline,
        namedBy: undefined,
        root: undefined,
      });
    } else if (!options.noBaseline) {
      for (const folder of context.workspaceFolders) {
        const configured = context.configuredBaseline(folder);
        if (configured && !this.baselines.some((target) => target.file === configured.file))
          this.addBaseline({
            file: configured.file,
            name: relativePath(context.cwd, configured.file),
            namedBy: relativePath(context.cwd, configured.config),
            root: configured.root,
          });
      }
    }
    if (options.updateBaseline && this.baselines.length === 0)
      throw new CiUsageError('--update-baseline needs --baseline <file>, or a "baseline" in .guidancelint.jsonc (the file to write)');
    if (options.sarif !== undefined) {
      const stream = formatSarif({
        cwd: context.cwd,
        rules: context.rules,
        toolVersion: context.toolVersion,
        color: false,
        verbose: false,
      });
      this.sarif = { stream, text: stream.start() };
    }
  }

  /** The files this run checks, from the sorted files the paths name. */
  async selectFiles(files: string[], linter: Linter): Promise<string[]> {
    let selected = files;
    let scope = `Checked ${files.length} file${files.length === 1 ? '' : 's'}`;
    if (this.options.changedSince !== undefined) {
      selected = await this.changedFiles(files, linter, this.options.changedSince);
      scope = `Checked ${selected.length} of ${files.length} files: those changed since ${this.options.changedSince} and those whose findings depend on them`;
    }
    if (this.options.shard) {
      const { index, count } = this.options.shard;
      selected = shardFiles(selected, this.options.shard);
      scope += ` (shard ${index} of ${count}: ${selected.length} file${selected.length === 1 ? '' : 's'})`;
    }
    if (this.options.summary !== undefined) this.summary = new RunSummary({ cwd: this.context.cwd, rules: this.context.rules, scope });
    return selected;
  }

  /** One file's findings: returns those to report (not in the baseline). */
  report(path: string, findings: Finding[]): Finding[] {
    let reported = findings;
    const target = this.baselineOf(path);
    if (this.options.updateBaseline) {
      if (target) target.checked.push({ file: this.baselinePath(target, path), findings });
      reported = [];
    } else if (target?.matcher) {
      const split = target.matcher.split(this.baselinePath(target, path), findings);
      reported = split.reported;
      this.baselined += split.baselined.length;
    }
    this.summary?.add(reported);
    if (this.sarif && reported.length > 0) this.sarif.text += this.sarif.stream.file(reported);
    return reported;
  }

  /** Writes the baseline, summary and SARIF asked for; returns what to say on stderr. Throws when a file cannot be written. */
  finish(): string {
    const notes: string[] = [];
    if (this.options.updateBaseline) {
      for (const target of this.baselines) {
        const baseline = createBaseline(target.checked);
        writeText(this.context.fs, target.file, serializeBaseline(baseline));
        const count = baseline.findings.reduce((sum, entry) => sum + entry.count, 0);
        notes.push(`guidance-lint: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${target.name}\n`);
      }
    }
    if (this.summary && this.options.summary !== undefined) {
      this.summary.addBaselined(this.baselined);
      const file = resolvePath(this.context.cwd, toPosixPath(this.options.summary));
      // Appended: other steps write to the same job summary.
      const before = this.context.fs.stat(file) ? this.context.fs.readFile(file) : new Uint8Array();
      if (!before) throw new CiUsageError(`--summary: cannot read ${this.options.summary} to append to it`);
      writeText(this.context.fs, file, new TextDecoder().decode(before) + this.summary.toMarkdown());
    }
    if (this.sarif && this.options.sarif !== undefined)
      writeText(this.context.fs, resolvePath(this.context.cwd, toPosixPath(this.options.sarif)), this.sarif.text + this.sarif.stream.end());
    if (this.baselined > 0)
      notes.push(`guidance-lint: ${this.baselined} finding${this.baselined === 1 ? ' is' : 's are'} in the baseline and not reported.\n`);
    return notes.join('');
  }

  private async changedFiles(files: string[], linter: Linter, ref: string): Promise<string[]> {
    const index = new WorkspaceIndex({
      fs: this.context.fs,
      workspaceFolders: this.context.workspaceFolders,
      docfx: linter.environment.docfx,
    });
    const affected = new Set<string>();
    for (const folder of this.context.workspaceFolders) {
      let changes;
      try {
        changes = await changesSince(ref, folder);
      } catch (error) {
        if (error instanceof GitChangesError) throw new CiUsageError(`--changed-since: ${error.message}`);
        throw error;
      }
      // Should git's search fail, summarising every file finds the same edges, only slower.
      const found = await affectedFiles(index, changes, (paths) => filesMentioning(changes.root, paths).catch(() => 'all' as const));
      if (found === 'all') return files;
      for (const path of found) affected.add(path);
    }
    return files.filter((path) => affected.has(path));
  }

  private addBaseline(target: Omit<BaselineTarget, 'matcher' | 'checked'>): void {
    let matcher: BaselineMatcher | undefined;
    if (!this.options.updateBaseline) {
      try {
        matcher = new BaselineMatcher(readBaselineFile(this.context.fs, target.file));
      } catch (error) {
        if (!(error instanceof BaselineError)) throw error;
        const where =
          target.namedBy === undefined ? `--baseline: ${target.name}` : `the baseline ${target.name} (named by ${target.namedBy})`;
        throw new CiUsageError(`${where}: ${error.message}`);
      }
    }
    this.baselines.push({ ...target, matcher, checked: [] });
  }

  /** The baseline a file's findings are matched against: --baseline's, else the one configured for the folder holding it. */
  private baselineOf(path: string): BaselineTarget | undefined {
    return longestContaining(
      path,
      this.baselines.map((target) => ({ folder: target.root ?? '/', target })),
    )?.target;
  }

  /**
   * The file's path in the baseline: relative to the configuration naming it, else to its workspace
   * folder (the repository), so the baseline reads the same from any working directory.
   */
  private baselinePath(target: BaselineTarget, path: string): string {
    const folder =
      target.root ??
      longestContaining(
        path,
        this.context.workspaceFolders.map((candidate) => ({ folder: candidate })),
      )?.folder;
    return folder ? relativePath(folder, path) : path;
  }
}

/** The entry with the longest folder holding `path`. */
function longestContaining<T extends { folder: string }>(path: string, entries: T[]): T | undefined {
  return entries
    .filter((entry) => isInside(path, entry.folder))
    .reduce<T | undefined>((best, entry) => (!best || entry.folder.length > best.folder.length ? entry : best), undefined);
}

function writeText(fs: FileSystem, path: string, text: string): void {
  try {
    if (!fs.writeFile) throw new Error('this file system cannot write');
    fs.writeFile(path, new TextEncoder().encode(text));
  } catch (error) {
    throw new CiUsageError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
