// Validate Repository: every Markdown file of the workspace, open ones with their unsaved text,
// checked by the loop the CLI runs (parallel/check-files.ts) in repository mode, each result
// published as it arrives, with progress ("N of M files" from the start, a few times a second),
// cancel and a summary.
import type { CancellationToken, Connection, WorkDoneProgressReporter, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { availableParallelism } from 'node:os';
import type { FileSystem } from '../engine/fs/file-system.js';
import { Linter } from '../engine/lint.js';
import { LineIndex } from '../engine/parse/text.js';
import type { SeveritySetting } from '../engine/types.js';
import { discoverFiles } from '../engine/workspace/discover.js';
import { checkFiles } from '../parallel/check-files.js';
import { DEFAULT_TIME_BUDGET_MS } from '../parallel/pool.js';
import type { LintJob, LintSetup } from '../parallel/protocol.js';
import type { ValidationSummary } from '../protocol.js';
import type { BaselineSplit } from './baseline-findings.js';
import { pathToUri } from './convert.js';
import type { DiagnosticsPublisher } from './diagnostics-publisher.js';
import { formatDuration, type ServerWorkspaceIndex } from './workspace-index.js';

/** Progress is reported at most this often: often enough to see it move, rarely enough not to flood the client. */
const PROGRESS_INTERVAL_MS = 250;

export interface UnsavedDocument {
  text: string;
  version: number;
}

export interface RepositoryValidationHost {
  connection: Connection;
  fs: FileSystem;
  workspaceFolders: () => string[];
  ruleOverrides: () => Record<string, SeveritySetting>;
  graph: ServerWorkspaceIndex;
  publisher: DiagnosticsPublisher;
  /** The bundled worker; undefined when the server runs from sources (files are then checked in-process). */
  workerScript: URL | undefined;
  lintSetup: (mode: LintSetup['mode']) => LintSetup;
  severityFor: (ruleId: string, path: string) => SeveritySetting;
  supportsServerProgress: boolean;
  /** Open documents' text and version now. */
  unsavedDocuments: () => Map<string, UnsavedDocument>;
  /** An invalid configuration (shown once) or an internal error. */
  reportError: (error: unknown) => void;
}

export async function validateRepository(
  host: RepositoryValidationHost,
  token: CancellationToken,
  clientProgress: WorkDoneProgressReporter | undefined,
): Promise<ValidationSummary> {
  const { connection } = host;
  const started = performance.now();
  const progress = clientProgress ?? (host.supportsServerProgress ? await connection.window.createWorkDoneProgress() : undefined);
  progress?.begin('Validating repository', 0, 'Finding Markdown files…', true);
  const summary: ValidationSummary = { files: 0, errors: 0, warnings: 0, infos: 0, baselined: 0, cancelled: false };
  const cancelled = () => token.isCancellationRequested || serverProgressCancelled(progress);
  const workspaceFolders = host.workspaceFolders();
  try {
    // Repository validation runs every rule, including those that need the whole index (include-unused).
    // Cancelling stops the wait at once; the editor's index goes on building in the background.
    progress?.report(0, 'Waiting for the workspace index…');
    if (!(await host.graph.builtUnlessCancelled(workspaceFolders, cancelled))) {
      summary.cancelled = true;
      return summary;
    }
    const linter = repositoryLinter(host, workspaceFolders);
    const files = discoverFiles({
      fs: host.fs,
      config: linter.config,
      patterns: workspaceFolders,
      cwd: workspaceFolders[0] ?? '/',
      workspaceFolders,
    }).files;
    let reportedAt = performance.now();
    const reportCount = () => {
      reportedAt = performance.now();
      progress?.report(
        files.length === 0 ? 100 : Math.floor((summary.files / files.length) * 100),
        `${summary.files} of ${files.length} files`,
      );
    };
    reportCount();
    await checkAndPublish(host, linter, files, cancelled, ({ reported, baselined }) => {
      summary.files++;
      summary.baselined += baselined.length;
      for (const finding of reported) {
        if (finding.severity === 'error') summary.errors++;
        else if (finding.severity === 'warning') summary.warnings++;
        else summary.infos++;
      }
      if (summary.files === files.length || performance.now() - reportedAt >= PROGRESS_INTERVAL_MS) reportCount();
    });
    summary.cancelled = cancelled();
  } catch (error) {
    host.reportError(error);
  } finally {
    progress?.done();
    connection.console.log(
      `Validate Repository: ${summary.files} files, ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos${summary.baselined > 0 ? ` (${summary.baselined} more in the baseline)` : ''} in ${formatDuration(performance.now() - started)}${summary.cancelled ? ' (cancelled)' : ''}.`,
    );
  }
  return summary;
}

/**
 * Checks again, as Validate Repository does, files it reported on (after a change of settings), so
 * none keeps findings of the old settings. A file gone since is cleared.
 */
export async function revalidateFiles(host: RepositoryValidationHost, paths: string[]): Promise<void> {
  const workspaceFolders = host.workspaceFolders();
  try {
    await host.graph.builtUnlessCancelled(workspaceFolders, () => false);
    const files = paths.filter((path) => host.fs.stat(path)?.type === 'file').sort();
    for (const path of paths) if (!files.includes(path)) host.publisher.clear(pathToUri(path));
    await checkAndPublish(
      host,
      repositoryLinter(host, workspaceFolders),
      files,
      () => false,
      () => undefined,
    );
  } catch (error) {
    host.reportError(error);
  }
}

/** Repository validation runs every rule, including those that need the whole index (include-unused). */
function repositoryLinter(host: RepositoryValidationHost, workspaceFolders: string[]): Linter {
  return new Linter({
    fs: host.fs,
    workspaceFolders,
    ruleOverrides: host.ruleOverrides(),
    mode: 'repository',
    index: host.graph.for(workspaceFolders),
  });
}

/** Checks `files` (open ones with their unsaved text) and publishes each result as it arrives. */
async function checkAndPublish(
  host: RepositoryValidationHost,
  linter: Linter,
  files: string[],
  cancelled: () => boolean,
  counted: (shown: BaselineSplit) => void,
): Promise<void> {
  const unsaved = host.unsavedDocuments();
  if (!host.workerScript) await linter.loadPlugins(files);
  await checkFiles({
    fs: host.fs,
    linter,
    // Each worker summarises the workspace before saying ready, as the CLI's do: repository rules need
    // all of it, and paid inside the first file's time budget, on a loaded machine it ran out and the
    // replacing worker started over.
    setup: { ...host.lintSetup('repository'), unsavedDocuments: true, buildIndexFirst: true },
    // In worker threads, so typing stays responsive and a pathological file cannot hold the server
    // past its time budget.
    files: files.map((path): string | LintJob => {
      const open = unsaved.get(path);
      return open ? { path, text: open.text } : path;
    }),
    fix: false,
    timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
    ...(host.workerScript ? { workers: { script: host.workerScript, count: availableParallelism() } } : {}),
    // The editor's index, built already: no worker walks and scans the workspace again.
    ...(linter.environment.index ? { index: linter.environment.index } : {}),
    order: 'completion',
    cancelled,
    severityFor: host.severityFor,
    // Every worker sees the open documents' unsaved text, as the editor's own checks do.
    initialMessages: () => [...unsaved].map(([path, { text }]) => ({ type: 'overlay' as const, path, text })),
    onNotice: (message) => host.connection.console.info(message),
    onFile: ({ path, findings }) => {
      const open = unsaved.get(path);
      host.publisher.markValidated(path);
      // A document edited since the run started keeps the findings of its own, newer checks.
      if (!open || host.unsavedDocuments().get(path)?.version === open.version)
        counted(
          host.publisher.publish(pathToUri(path), { findings, lines: open ? new LineIndex(open.text) : undefined, version: open?.version }),
        );
      else counted(host.publisher.baselineSplit(path, findings));
    },
  });
}

/** A progress the server created itself can be cancelled from the editor's progress UI. */
function serverProgressCancelled(progress: WorkDoneProgressReporter | undefined): boolean {
  return progress !== undefined && 'token' in progress && (progress as WorkDoneProgressServerReporter).token.isCancellationRequested;
}
