// Baselined findings in the editor. The repository's baseline (the file its configuration names with
// `baseline`, the one CI reads too) splits a file's findings: new ones are shown at their own
// severity; baselined ones as hints whose message ends "(in the baseline)", so a writer still sees
// the old debt where they work, while the Problems panel, the status bar and Validate Repository's
// counts hold only what CI would report. The baseline file is watched: regenerating or editing it,
// or naming another in the configuration, publishes what is shown again.
import { unwatchFile, watchFile } from 'node:fs';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { BaselineError, BaselineMatcher, readBaselineFile } from '../engine/baseline.js';
import { CONFIG_FILE_NAMES, ConfigError, type ConfigLoader } from '../engine/config/config.js';
import { basename, isInside, relativePath, type FileSystem } from '../engine/fs/file-system.js';
import type { Finding } from '../engine/types.js';
import { toDiagnostic } from './convert.js';

/** Ends the message of a baselined finding's diagnostic. */
export const BASELINED_SUFFIX = ' (in the baseline)';

/** How often a baseline file's modification time is looked at. */
const WATCH_INTERVAL_MS = 1000;

export interface BaselineSplit {
  /** Shown at their own severity. */
  reported: Finding[];
  /** In the baseline: shown as hints. */
  baselined: Finding[];
}

export interface BaselineFindingsHost {
  fs: FileSystem;
  workspaceFolders: () => string[];
  /** The current configuration (it names the baseline). */
  config: () => ConfigLoader;
  /** Tells the writer once that a baseline cannot be used. */
  warn: (message: string) => void;
  /** Calls `changed` after the file at `path` is written, replaced or removed; returns what stops watching. */
  watch: (path: string, changed: () => void) => () => void;
  /** The baseline changed: every published file must be shown again. */
  changed: () => void;
}

/** A workspace folder's baseline, loaded: undefined matcher when none is configured or it cannot be used. */
interface FolderBaseline {
  root: string;
  matcher: BaselineMatcher | undefined;
}

export class BaselineFindings {
  private readonly byFolder = new Map<string, FolderBaseline | undefined>();
  private readonly watchers = new Map<string, () => void>();
  private readonly warned = new Set<string>();

  constructor(private readonly host: BaselineFindingsHost) {}

  /** One file's findings (sorted by position, as checked) split by the baseline of the workspace folder holding it. */
  split(path: string, findings: readonly Finding[]): BaselineSplit {
    const folder = this.host
      .workspaceFolders()
      .filter((candidate) => isInside(path, candidate))
      .reduce<string | undefined>((best, candidate) => (!best || candidate.length > best.length ? candidate : best), undefined);
    const baseline = findings.length > 0 && folder !== undefined ? this.baselineOf(folder) : undefined;
    if (!baseline?.matcher || !isInside(path, baseline.root)) return { reported: [...findings], baselined: [] };
    return baseline.matcher.split(relativePath(baseline.root, path), findings);
  }

  /** Files changed on disk: a configuration may name another baseline, a baseline may have been rewritten. */
  filesChanged(paths: string[]): void {
    const names = new Set<string>(CONFIG_FILE_NAMES);
    if (paths.some((path) => names.has(basename(path)) || this.watchers.has(path))) this.reload();
  }

  /** Reads the baselines again when next asked (workspace folders, a configuration or a baseline changed), and says so. */
  reload(): void {
    this.byFolder.clear();
    this.host.changed();
  }

  dispose(): void {
    for (const stop of this.watchers.values()) stop();
    this.watchers.clear();
  }

  private baselineOf(folder: string): FolderBaseline | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    let configured;
    try {
      configured = this.host.config().baselineFor(folder);
    } catch (error) {
      // The checks report an invalid configuration, once; until it is fixed no baseline applies.
      if (!(error instanceof ConfigError)) throw error;
    }
    let baseline: FolderBaseline | undefined;
    if (configured) {
      if (!this.watchers.has(configured.file))
        this.watchers.set(
          configured.file,
          this.host.watch(configured.file, () => this.reload()),
        );
      baseline = { root: configured.root, matcher: undefined };
      try {
        baseline.matcher = new BaselineMatcher(readBaselineFile(this.host.fs, configured.file));
      } catch (error) {
        if (!(error instanceof BaselineError)) throw error;
        this.warnOnce(
          `Guidance Lint: the baseline ${relativePath(folder, configured.file)} (named by ${relativePath(folder, configured.config)}) cannot be used: ${error.message}. Its findings are shown at their own severity.`,
        );
      }
    }
    this.byFolder.set(folder, baseline);
    return baseline;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.host.warn(message);
  }
}

/** A baselined finding's diagnostic: a hint, its message saying why it is one; code actions still apply. */
export function baselinedDiagnostic(finding: Finding): Diagnostic {
  return { ...toDiagnostic(finding), severity: DiagnosticSeverity.Hint, message: finding.message + BASELINED_SUFFIX };
}

/** Watches a file on disk by its modification time (an editor's or git's replace-by-rename included); never keeps the process alive. */
export function watchOnDisk(path: string, changed: () => void): () => void {
  const listener = () => changed();
  watchFile(path, { persistent: false, interval: WATCH_INTERVAL_MS }, listener);
  return () => unwatchFile(path, listener);
}
