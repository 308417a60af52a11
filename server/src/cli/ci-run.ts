// The CI options of a run: which files it checks (--changed-since, --shard), which findings it
// reports (--baseline, --update-baseline) and what it writes besides stdout (--summary, --sarif).
// `run.ts` parses them with the other options and calls in here at three points: choosing the
// files, each file's findings, and the end of the run.
import {
  BaselineError,
  BaselineMatcher,
  createBaseline,
  parseBaseline,
  serializeBaseline,
  type RelativeFindings,
} from '../engine/baseline.js';
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
  updateBaseline: boolean;
  shard: Shard | undefined;
  summary: string | undefined;
  sarif: string | undefined;
}

export const CI_ARGUMENTS = {
  'changed-since': { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean', default: false },
  shard: { type: 'string' },
  summary: { type: 'string' },
  sarif: { type: 'string' },
} as const;

export function readCiOptions(values: {
  'changed-since'?: string | undefined;
  baseline?: string | undefined;
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
  if (updateBaseline && values.baseline === undefined)
    throw new CiUsageError('--update-baseline needs --baseline <file> (the file to write)');
  // A baseline written from part of the repository would drop the findings of every other file.
  if (updateBaseline && (values.shard !== undefined || values['changed-since'] !== undefined))
    throw new CiUsageError('--update-baseline writes the whole baseline: run it without --shard and --changed-since');
  return {
    changedSince: values['changed-since'],
    baseline: values.baseline,
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
}

export class CiRun {
  private readonly baseline: BaselineMatcher | undefined;
  private readonly baselineFile: string | undefined;
  private readonly checked: RelativeFindings[] = [];
  private readonly sarif: { stream: OutputStream; text: string } | undefined;
  private summary: RunSummary | undefined;
  private baselined = 0;

  /** Reads the baseline; throws CiUsageError when it is missing (and not being written) or malformed. */
  constructor(
    private readonly options: CiOptions,
    private readonly context: CiRunContext,
  ) {
    if (options.baseline !== undefined) {
      this.baselineFile = resolvePath(context.cwd, toPosixPath(options.baseline));
      if (!options.updateBaseline) this.baseline = new BaselineMatcher(readBaseline(context.fs, this.baselineFile, options.baseline));
    }
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
    if (this.options.updateBaseline) {
      this.checked.push({ file: this.repositoryPath(path), findings });
      reported = [];
    } else if (this.baseline) {
      const split = this.baseline.split(this.repositoryPath(path), findings);
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
    if (this.options.updateBaseline && this.baselineFile) {
      const baseline = createBaseline(this.checked);
      writeText(this.context.fs, this.baselineFile, serializeBaseline(baseline));
      const count = baseline.findings.reduce((sum, entry) => sum + entry.count, 0);
      notes.push(`guidance-lint: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${this.options.baseline}\n`);
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

  /** Relative to its workspace folder (the repository), so the baseline reads the same from any working directory. */
  private repositoryPath(path: string): string {
    const folder = this.context.workspaceFolders
      .filter((candidate) => isInside(path, candidate))
      .reduce<string | undefined>((best, candidate) => (!best || candidate.length > best.length ? candidate : best), undefined);
    return folder ? relativePath(folder, path) : path;
  }
}

function readBaseline(fs: FileSystem, path: string, written: string): ReturnType<typeof parseBaseline> {
  const bytes = fs.stat(path)?.type === 'file' ? fs.readFile(path) : undefined;
  if (!bytes) throw new CiUsageError(`--baseline: cannot read ${written} (write one with --update-baseline)`);
  try {
    return parseBaseline(new TextDecoder().decode(bytes));
  } catch (error) {
    if (error instanceof BaselineError) throw new CiUsageError(`--baseline: ${written}: ${error.message}`);
    throw error;
  }
}

function writeText(fs: FileSystem, path: string, text: string): void {
  try {
    if (!fs.writeFile) throw new Error('this file system cannot write');
    fs.writeFile(path, new TextEncoder().encode(text));
  } catch (error) {
    throw new CiUsageError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
