// A baseline: the findings a repository already had when it adopted the linter, so CI reports only
// new ones. A finding is matched by its file (relative to the repository), rule id and message,
// never by line, so an edit above it does not bring it back; identical findings are counted, so a
// fourth copy of a baselined three is new. Shared by the front doors: the CLI hides baselined
// findings, and the editor shows them at a lower severity (`BaselineMatcher.split`). Where the file
// is: the CLI's `--baseline`, else the `baseline` key of the repository's configuration
// (`ConfigLoader.baselineFor`), which the editor reads too.
import type { FileSystem } from './fs/file-system.js';
import { MAX_BASELINE_BYTES } from './limits.js';
import type { Finding } from './types.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Path relative to the repository root, forward slashes. */
  file: string;
  ruleId: string;
  message: string;
  /** How many findings with this file, rule and message are baselined. */
  count: number;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

/** The baseline file cannot be used; the message names what is wrong, for the person running the tool. */
export class BaselineError extends Error {}

/** A finding as a baseline sees it: its repository-relative file beside the finding. */
export interface RelativeFindings {
  file: string;
  findings: readonly Finding[];
}

export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`it is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data)) throw new BaselineError('it is not a JSON object');
  if (data.version !== BASELINE_VERSION)
    throw new BaselineError(`its "version" is ${JSON.stringify(data.version)}; this guidance-lint reads version ${BASELINE_VERSION}`);
  if (!Array.isArray(data.findings)) throw new BaselineError('it has no "findings" list');
  const findings = data.findings.map((entry, position): BaselineEntry => {
    const valid =
      isRecord(entry) &&
      typeof entry.file === 'string' &&
      typeof entry.ruleId === 'string' &&
      typeof entry.message === 'string' &&
      Number.isInteger(entry.count) &&
      (entry.count as number) > 0;
    if (!valid)
      throw new BaselineError(`findings[${position}] needs "file", "ruleId", "message" (strings) and "count" (a whole number > 0)`);
    return { file: entry.file as string, ruleId: entry.ruleId as string, message: entry.message as string, count: entry.count as number };
  });
  return { version: BASELINE_VERSION, findings };
}

/**
 * Reads a baseline file, bounded by MAX_BASELINE_BYTES. Throws BaselineError saying what is wrong
 * (missing, too large, unreadable, malformed), never anything else.
 */
export function readBaselineFile(fs: FileSystem, path: string): Baseline {
  const read = fs.readBoundedFile(path, MAX_BASELINE_BYTES);
  if (read.kind === 'missing') throw new BaselineError('it does not exist (write one with --update-baseline)');
  if (read.kind === 'refused') throw new BaselineError(read.reason);
  return parseBaseline(new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, ''));
}

/** The baseline of these findings: one entry per file, rule and message, sorted, so the file diffs well. */
export function createBaseline(files: Iterable<RelativeFindings>): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const { file, findings } of files) {
    for (const finding of findings) {
      const key = entryKey(file, finding.ruleId, finding.message);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { file, ruleId: finding.ruleId, message: finding.message, count: 1 });
    }
  }
  return { version: BASELINE_VERSION, findings: [...counts.values()].sort(compareEntries) };
}

/** Stable JSON: keys in a fixed order, entries sorted, one entry a line. */
export function serializeBaseline(baseline: Baseline): string {
  const entries = [...baseline.findings]
    .sort(compareEntries)
    .map((entry) => '    ' + JSON.stringify({ file: entry.file, ruleId: entry.ruleId, message: entry.message, count: entry.count }));
  return `{\n  "version": ${BASELINE_VERSION},\n  "findings": [${entries.length > 0 ? '\n' + entries.join(',\n') + '\n  ' : ''}]\n}\n`;
}

export class BaselineMatcher {
  private readonly counts = new Map<string, number>();

  constructor(baseline: Baseline) {
    for (const entry of baseline.findings) {
      const key = entryKey(entry.file, entry.ruleId, entry.message);
      this.counts.set(key, (this.counts.get(key) ?? 0) + entry.count);
    }
  }

  /**
   * Splits one file's findings (sorted by position) into new ones and baselined ones. Of more
   * identical findings than the baseline counts, the first are baselined and the rest are new.
   */
  split(file: string, findings: readonly Finding[]): { reported: Finding[]; baselined: Finding[] } {
    const used = new Map<string, number>();
    const reported: Finding[] = [];
    const baselined: Finding[] = [];
    for (const finding of findings) {
      const key = entryKey(file, finding.ruleId, finding.message);
      const count = used.get(key) ?? 0;
      if (count < (this.counts.get(key) ?? 0)) {
        used.set(key, count + 1);
        baselined.push(finding);
      } else reported.push(finding);
    }
    return { reported, baselined };
  }
}

function entryKey(file: string, ruleId: string, message: string): string {
  return JSON.stringify([file, ruleId, message]);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
