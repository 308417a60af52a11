// The language server: a thin adapter from LSP to the engine. It keeps open documents, checks
// them (debounced while typing, in a worker with a time budget), offers quick fixes, and validates
// whole repositories on request. No request, notification or timer may end the process: an
// unexpected error is logged as an internal error (and shown on the document it concerns).
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ConfigError } from '../engine/config/config.js';
import { ENGINE_RULES, internalError } from '../engine/rules/engine-rules.js';
import { DEFAULT_TIME_BUDGET_MS, LintPool, PoolConfigError } from '../parallel/pool.js';
import type { ProcessedFile } from '../parallel/process-file.js';
import type { LintJob, LintSetup } from '../parallel/protocol.js';
import { Linter, type LintResult } from '../engine/lint.js';
import { DEFAULT_MAX_FILE_SIZE, frontMatterPrefix, textWithinLimits } from '../engine/limits.js';
import { parseDocument, type DocumentModel } from '../engine/parse/document.js';
import { LineIndex } from '../engine/parse/text.js';
import type { Finding, SeveritySetting } from '../engine/types.js';
import { discoverFiles } from '../engine/workspace/discover.js';
import { NodeFileSystem } from '../engine/fs/file-system.js';
import { isMarkdownPath } from '../engine/workspace/index.js';
import { isCheckedRedirectionFile } from '../engine/workspace/graph/redirection-checks.js';
import { OverlayFileSystem } from '../engine/fs/overlay-file-system.js';
import { DocumentChecks, type CheckedDocument } from './document-checks.js';
import type { FeatureContext } from './features/feature.js';
import { LANGUAGE_FEATURES } from './features/index.js';
import { FIX_ALL_KIND, fixAllAction, requestsKind } from './fix-all.js';
import { pathToUri, toDiagnostic, toLspEdit, uriToPath } from './convert.js';
import { SETTINGS_SECTION, VALIDATE_WORKSPACE_COMMAND, type ValidationSummary } from '../protocol.js';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings.js';
import { ServerWorkspaceIndex } from './workspace-index.js';

const DEBOUNCE_MS = 150;
/** Files checked between two yields to the event loop when repository validation runs in-process. */
const FILES_PER_SLICE = 5;
const PROGRESS_EVERY = 25;
/** The worker bundle beside the server bundle; absent when the server runs from sources. */
const WORKER_SCRIPT = (() => {
  const script = new URL('./lint-worker.mjs', import.meta.url);
  return existsSync(script) ? script : undefined;
})();

interface UnsavedDocument {
  text: string;
  version: number;
}

interface PublishedResult {
  findings: Finding[];
  lines: LineIndex | undefined;
  model?: DocumentModel;
  version: number | undefined;
}

export class GuidanceLanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly fs = new OverlayFileSystem(new NodeFileSystem());
  private workspaceFolders: string[] = [];
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private linter: Linter | undefined;
  private supportsConfiguration = false;
  private supportsServerProgress = false;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, PublishedResult>();
  /** Open documents by whether their last check in the worker ended within the time budget. */
  private readonly checkedInTime = new Map<string, boolean>();
  /** Files published by repository validation: closing them keeps their diagnostics. */
  private readonly validatedFromDisk = new Set<string>();
  private lastConfigError: string | undefined;
  private readonly loggedInternalErrors = new Set<string>();
  private trusted = false;
  /** Until the client's settings arrive, checking would use defaults the user may have turned off. */
  private settingsLoaded = false;

  /** Files, anchors and include edges of the workspace, kept current for cross-file rules. */
  private readonly graph: ServerWorkspaceIndex;
  private readonly checks: DocumentChecks;

  constructor(private readonly connection: Connection) {
    this.graph = new ServerWorkspaceIndex(connection, this.fs);
    this.checks = new DocumentChecks({
      workerScript: WORKER_SCRIPT,
      setup: () => this.lintSetup('file'),
      linter: () => this.getLinter(),
      severityFor: (ruleId, path) => this.severityOrDefault(ruleId, path),
      onChecked: (checked) => this.guarded('publishing diagnostics', pathToUri(checked.path), () => this.checked(checked), undefined),
      onNotice: (message) => this.connection.console.info(message),
      onError: (error) => this.reportConfigError(error),
    });
  }

  start(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.guardedAsync('starting', () => this.initialized()));
    connection.onDidChangeConfiguration(() => this.guardedAsync('reloading settings', () => this.reloadSettings()));
    connection.onDidChangeWatchedFiles((params) =>
      this.guarded(
        'applying changed files',
        undefined,
        () => {
          this.linter?.config.invalidate();
          this.checks.filesChanged(
            params.changes
              .map((change) => ({ path: uriToPath(change.uri), deleted: change.type === FileChangeType.Deleted }))
              .filter((change): change is { path: string; deleted: boolean } => change.path !== undefined),
          );
          const dependents = this.graph.filesChanged(params.changes);
          this.revalidateOpenDocuments();
          this.recheck(dependents);
        },
        undefined,
      ),
    );
    documents.onDidOpen(({ document }) => {
      this.guarded('checking an opened document', document.uri, () => this.validateNow(document), undefined);
      setImmediate(() => this.guarded('preparing editor features', undefined, () => this.warmUpFeatures(document.uri), undefined));
    });
    documents.onDidChangeContent(({ document }) => {
      if (this.settings.run === 'onType') this.schedule(document);
    });
    documents.onDidSave(({ document }) => {
      if (this.settings.run === 'onSave')
        this.guarded('checking a saved document', document.uri, () => this.validateNow(document), undefined);
    });
    documents.onDidClose(({ document }) => this.guarded('closing a document', document.uri, () => this.closed(document), undefined));
    connection.onCodeAction((params) =>
      this.guarded(
        'computing code actions',
        undefined,
        () => this.codeActions(params.textDocument.uri, params.context.diagnostics, params.context.only),
        [],
      ),
    );
    connection.onCompletion((params) =>
      this.guarded(
        'computing completions',
        undefined,
        () => {
          const context = this.featureContext(params.textDocument.uri);
          if (!context) return [];
          return LANGUAGE_FEATURES.flatMap((feature) => feature.completion?.(context, params.position) ?? []);
        },
        [],
      ),
    );
    connection.onHover((params) =>
      this.guarded(
        'computing a hover',
        undefined,
        () => {
          const context = this.featureContext(params.textDocument.uri);
          if (!context) return null;
          for (const feature of LANGUAGE_FEATURES) {
            const hover = feature.hover?.(context, params.position);
            if (hover) return hover;
          }
          return null;
        },
        null,
      ),
    );
    connection.onDefinition((params) =>
      this.guarded(
        'finding a definition',
        undefined,
        () => {
          const context = this.featureContext(params.textDocument.uri);
          if (!context) return [];
          return LANGUAGE_FEATURES.flatMap((feature) => feature.definition?.(context, params.position) ?? []);
        },
        [],
      ),
    );
    connection.onExecuteCommand((params, token, workDone) => {
      if (params.command !== VALIDATE_WORKSPACE_COMMAND) return undefined;
      return this.validateWorkspace(token, params.workDoneToken !== undefined ? workDone : undefined).catch((error: unknown) => {
        this.logInternalError('validating the repository', error);
        return { files: 0, errors: 0, warnings: 0, infos: 0, cancelled: false } satisfies ValidationSummary;
      });
    });
    connection.onShutdown(() => this.checks.dispose());
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders?.map((folder) => uriToPath(folder.uri)).filter((path): path is string => path !== undefined);
    const rootPath = params.rootUri ? uriToPath(params.rootUri) : undefined;
    this.workspaceFolders = folders?.length ? folders : rootPath ? [rootPath] : [];
    this.supportsConfiguration = params.capabilities.workspace?.configuration === true;
    this.supportsServerProgress = params.capabilities.window?.workDoneProgress === true;
    const initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initialSettings) this.settings = normalizeSettings(initialSettings);
    // remark-lint plug-ins are code from the repository: they run only when the client says the workspace is trusted.
    this.trusted = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: [...new Set(LANGUAGE_FEATURES.flatMap((feature) => feature.triggerCharacters ?? []))] },
        hoverProvider: true,
        definitionProvider: true,
        executeCommandProvider: { commands: [VALIDATE_WORKSPACE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'guidance-lint' },
    };
  }

  private async initialized(): Promise<void> {
    if (this.supportsConfiguration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    this.connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => uriToPath(folder.uri)));
      const added = event.added.map((folder) => uriToPath(folder.uri)).filter((path): path is string => path !== undefined);
      this.workspaceFolders = [...this.workspaceFolders.filter((folder) => !removed.has(folder)), ...added];
      this.guarded(
        'changing workspace folders',
        undefined,
        () => {
          this.linter = undefined;
          this.checks.reset();
          this.guardedAsync('indexing the workspace', () =>
            this.graph.buildInBackground(this.workspaceFolders, this.supportsServerProgress),
          );
          this.revalidateOpenDocuments();
        },
        undefined,
      );
    });
    await this.reloadSettings();
    this.guardedAsync('indexing the workspace', () => this.graph.buildInBackground(this.workspaceFolders, this.supportsServerProgress));
  }

  private async reloadSettings(): Promise<void> {
    if (this.supportsConfiguration) {
      try {
        this.settings = normalizeSettings(await this.connection.workspace.getConfiguration(SETTINGS_SECTION));
      } catch (error) {
        this.connection.console.warn(`Could not read settings, using defaults: ${String(error)}`);
      }
    }
    this.settingsLoaded = true;
    this.linter = undefined;
    this.checks.reset();
    if (this.settings.enable) this.checks.warmUp();
    this.revalidateOpenDocuments();
  }

  /**
   * The main thread's Linter: configuration and workspace knowledge for editor features, and
   * severities. It never runs repository plug-ins: those load and run in the lint worker only.
   */
  private getLinter(): Linter {
    this.linter ??= new Linter({
      fs: this.fs,
      workspaceFolders: this.workspaceFolders,
      ruleOverrides: this.settings.rules,
      index: this.graph.for(this.workspaceFolders),
    });
    return this.linter;
  }

  /** How lint workers build the same Linter as the main thread. */
  private lintSetup(mode: LintSetup['mode']): LintSetup {
    return {
      workspaceFolders: this.workspaceFolders,
      ruleOverrides: this.settings.rules,
      mode,
      today: new Date().toISOString(),
      allowPlugins: this.trusted,
    };
  }

  private revalidateOpenDocuments(): void {
    for (const document of this.documents.all())
      this.guarded('checking an open document', document.uri, () => this.validateNow(document), undefined);
  }

  private schedule(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        const current = this.documents.get(document.uri);
        if (current) this.guarded('checking an edited document', current.uri, () => this.validateNow(current), undefined);
      }, DEBOUNCE_MS),
    );
  }

  private validateNow(document: TextDocument): void {
    const path = uriToPath(document.uri);
    if (!path) return;
    const text: unknown = document.getText();
    if (typeof text !== 'string')
      throw new Error(`the editor sent ${path} without its text (a ${text === null ? 'null' : typeof text} instead of a string)`);
    this.fs.setOverlay(path, text);
    if (!this.settingsLoaded) return;
    if (!this.settings.enable) {
      this.publish(document.uri, { findings: [], lines: undefined, version: document.version });
      return;
    }
    this.checks.request(path, text, document.version);
    // Every article depends on a redirection file: they are re-checked when it is saved, not per keystroke.
    if (!isCheckedRedirectionFile(path)) this.recheck(this.graph.documentChanged(path));
  }

  private warmUpFeatures(uri: string): void {
    const path = uriToPath(uri);
    if (!path || !this.documents.get(uri)) return;
    const context = { linter: this.getLinter(), path, fs: this.fs };
    for (const feature of LANGUAGE_FEATURES) feature.warmUp?.(context);
  }

  /** A worker's result: published unless the document was opened or closed since it was asked for. */
  private checked({ path, text, version, findings, lines, failed, timedOut }: CheckedDocument): void {
    const uri = pathToUri(path);
    const open = this.documents.get(uri);
    if ((text === undefined) !== (open === undefined) || !this.settings.enable) return;
    if (!failed) this.lastConfigError = undefined;
    if (text !== undefined) this.checkedInTime.set(uri, !timedOut);
    this.publish(uri, { findings, lines, version });
  }

  /** Re-checks files whose findings depend on a change elsewhere (linkers of a renamed heading…), open or not. */
  private recheck(paths: Set<string>): void {
    if (!this.settings.enable) return;
    for (const path of paths) {
      if (!isMarkdownPath(path)) continue;
      const open = this.documents.get(pathToUri(path));
      if (open) {
        this.schedule(open);
        continue;
      }
      this.checks.request(path, undefined, undefined);
    }
  }

  private closed(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.checkedInTime.delete(document.uri);
    const path = uriToPath(document.uri);
    if (path) {
      this.fs.deleteOverlay(path);
      this.checks.closed(path);
      this.recheck(this.graph.documentChanged(path));
    }
    if (path && this.validatedFromDisk.has(path) && this.settings.enable) {
      this.checks.request(path, undefined, undefined);
    } else {
      this.publish(document.uri, { findings: [], lines: undefined, version: undefined });
    }
  }

  /** Runs the engine; a configuration error is shown once and yields no findings instead of failing. */
  private lint(run: () => LintResult): LintResult {
    try {
      const result = run();
      this.lastConfigError = undefined;
      return result;
    } catch (error) {
      this.reportConfigError(error);
      return { findings: [] };
    }
  }

  private discoverWorkspaceFiles(linter: Linter): string[] {
    try {
      const cwd = this.workspaceFolders[0] ?? '/';
      return discoverFiles({
        fs: this.fs,
        config: linter.config,
        patterns: this.workspaceFolders,
        cwd,
        workspaceFolders: this.workspaceFolders,
      }).files;
    } catch (error) {
      this.reportConfigError(error);
      return [];
    }
  }

  /** An invalid configuration is shown once; any other error is an internal error in the log. */
  private reportConfigError(error: unknown): void {
    if (!(error instanceof ConfigError || error instanceof PoolConfigError)) {
      this.logInternalError('checking', error);
      return;
    }
    if (this.lastConfigError === error.message) return;
    this.lastConfigError = error.message;
    this.connection.console.error(`Configuration error: ${error.message}`);
    void this.connection.window.showErrorMessage(`Guidance Lint configuration error: ${error.message}`);
  }

  private publish(uri: string, result: PublishedResult): void {
    this.results.set(uri, result);
    this.logInternalErrors(uri, result.findings);
    const diagnostics: Diagnostic[] = result.findings.map(toDiagnostic);
    void this.connection.sendDiagnostics({ uri, diagnostics, ...(result.version !== undefined ? { version: result.version } : {}) });
  }

  /** A failing rule is a finding for the writer and a log entry for whoever fixes the rule (once per file and message). */
  private logInternalErrors(uri: string, findings: Finding[]): void {
    for (const finding of findings) {
      if (finding.ruleId !== internalError.id) continue;
      const key = `${uri}\n${finding.message}`;
      if (this.loggedInternalErrors.has(key)) continue;
      this.loggedInternalErrors.add(key);
      this.connection.console.error(`${uriToPath(uri) ?? uri}:${finding.range.start.line}: ${finding.message}`);
    }
  }

  /**
   * Runs a request, notification or timer callback so that an unexpected error is an internal error
   * (logged, and a finding on the document it concerns) and `fallback` is answered, never an exit.
   */
  private guarded<T>(what: string, uri: string | undefined, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      this.logInternalError(what, error);
      if (uri) this.publishInternalError(uri, error);
      return fallback;
    }
  }

  /** The same for work that goes on after the callback returned. */
  private guardedAsync(what: string, run: () => Promise<unknown>): void {
    this.guarded(what, undefined, run, undefined)?.catch((error: unknown) => this.logInternalError(what, error));
  }

  private logInternalError(what: string, error: unknown): void {
    this.connection.console.error(
      `${internalError.id} while ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }

  private publishInternalError(uri: string, error: unknown): void {
    const path = uriToPath(uri) ?? uri;
    const severity = this.severityOrDefault(internalError.id, path);
    if (severity === 'off') return;
    const start = { line: 1, column: 1, offset: 0 };
    const message = `Checking this file failed: ${error instanceof Error ? error.message : String(error)}`;
    const version = this.documents.get(uri)?.version;
    this.results.set(uri, { findings: [], lines: undefined, version });
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: [toDiagnostic({ file: path, ruleId: internalError.id, severity, message, range: { start, end: start } })],
      ...(version !== undefined ? { version } : {}),
    });
  }

  /** The configured severity of an engine finding, or its default when the configuration itself is what fails. */
  private severityOrDefault(ruleId: string, path: string): SeveritySetting {
    try {
      return this.getLinter().severityFor(ruleId, path);
    } catch {
      return ENGINE_RULES.find((rule) => rule.id === ruleId)?.defaultSeverity ?? internalError.defaultSeverity;
    }
  }

  private codeActions(uri: string, diagnostics: Diagnostic[], only: string[] | undefined): CodeAction[] {
    const result = this.results.get(uri);
    if (!result?.lines) return [];
    const actions: CodeAction[] = [];
    const open = this.documents.get(uri);
    if (open && open.version === result.version && requestsKind(only, FIX_ALL_KIND)) {
      const fixAll = fixAllAction(uri, open.getText(), result.findings, result.lines);
      if (fixAll) actions.push(fixAll);
    }
    if (!requestsKind(only, CodeActionKind.QuickFix)) return actions;
    for (const diagnostic of diagnostics) {
      const finding = result.findings.find(
        (candidate) =>
          candidate.ruleId === diagnostic.code &&
          candidate.range.start.line - 1 === diagnostic.range.start.line &&
          candidate.range.start.column - 1 === diagnostic.range.start.character &&
          candidate.message === diagnostic.message,
      );
      if (!finding) continue;
      for (const fix of [finding.fix, ...(finding.suggestions ?? [])]) {
        if (!fix) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix === finding.fix && fix.safe,
          edit: { changes: { [uri]: fix.edits.map((edit) => toLspEdit(edit, result.lines!)) } },
        });
      }
    }
    return actions;
  }

  /** What an editor feature needs about an open document, parsed at its current version. */
  private featureContext(uri: string): FeatureContext | undefined {
    const document = this.documents.get(uri);
    const path = uriToPath(uri);
    if (!document || !path) return undefined;
    const published = this.results.get(uri);
    let model = published?.version === document.version ? published.model : undefined;
    const linter = this.getLinter();
    // The main thread cannot abandon a parse: it parses a document in full only once the worker has
    // checked it (parse included) within the time budget. Until then, and while its checks run out of
    // time, features see the front matter alone.
    const parseInFull = !this.settings.enable || this.checkedInTime.get(uri) === true;
    return {
      document,
      path,
      // Parsed only when a feature asks: most completion requests are decided from the line alone.
      // Over a size or nesting limit, only the front matter, as the linter checks it: a full parse of
      // a 100,000-row table stalled the server for 10 s.
      get model() {
        if (!model) {
          const text = document.getText();
          model = parseDocument(
            path,
            parseInFull
              ? textWithinLimits(text, linter.config.resolve(path).maxFileSize ?? DEFAULT_MAX_FILE_SIZE)
              : frontMatterPrefix(text),
          );
          // Kept with the diagnostics of this version, so the next request at this version does not parse again.
          if (parseInFull && published?.version === document.version) published.model = model;
        }
        return model;
      },
      linter,
      fs: this.fs,
      workspaceFolders: this.workspaceFolders,
      today: new Date(),
    };
  }

  private async validateInWorkers(
    files: ReadonlyArray<string | LintJob>,
    unsaved: Map<string, UnsavedDocument>,
    cancelled: () => boolean,
    onFile: (processed: ProcessedFile) => void,
  ): Promise<void> {
    const pool = new LintPool({
      setup: { ...this.lintSetup('repository'), unsavedDocuments: true },
      size: availableParallelism(),
      workerScript: WORKER_SCRIPT!,
      timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
      fix: false,
      severityFor: (ruleId, path) => this.severityOrDefault(ruleId, path),
      // Every worker sees the open documents' unsaved text, as the editor's own checks do.
      initialMessages: () => [...unsaved].map(([path, { text }]) => ({ type: 'overlay' as const, path, text })),
      onNotice: (message) => this.connection.console.info(message),
    });
    const watch = setInterval(() => {
      if (cancelled()) pool.cancel();
    }, 100);
    try {
      await pool.lint(files, onFile);
    } catch (error) {
      this.reportConfigError(error);
    } finally {
      clearInterval(watch);
      await pool.close();
    }
  }

  /** Open documents' text and version now; one whose text is not a string (a malformed didOpen) is left to the disk. */
  private unsavedDocuments(): Map<string, UnsavedDocument> {
    const unsaved = new Map<string, UnsavedDocument>();
    for (const document of this.documents.all()) {
      const path = uriToPath(document.uri);
      const text: unknown = document.getText();
      if (path && typeof text === 'string') unsaved.set(path, { text, version: document.version });
    }
    return unsaved;
  }

  private async validateWorkspace(
    token: CancellationToken,
    clientProgress: WorkDoneProgressReporter | undefined,
  ): Promise<ValidationSummary> {
    const progress = clientProgress ?? (this.supportsServerProgress ? await this.connection.window.createWorkDoneProgress() : undefined);
    progress?.begin('Validating repository', 0, 'Finding Markdown files…', true);
    const summary: ValidationSummary = { files: 0, errors: 0, warnings: 0, infos: 0, cancelled: false };
    const cancelled = () => token.isCancellationRequested || serverProgressCancelled(progress);
    try {
      // Repository validation runs every rule, including those that need the whole index (include-unused).
      // Cancelling stops the wait at once; the editor's index goes on building in the background.
      if (!(await this.graph.builtUnlessCancelled(this.workspaceFolders, cancelled))) {
        summary.cancelled = true;
        return summary;
      }
      const linter = new Linter({
        fs: this.fs,
        workspaceFolders: this.workspaceFolders,
        ruleOverrides: this.settings.rules,
        mode: 'repository',
        index: this.graph.for(this.workspaceFolders),
      });
      const files = this.discoverWorkspaceFiles(linter);
      const unsaved = this.unsavedDocuments();
      let done = 0;
      const record = (path: string, result: { findings: Finding[]; lines?: LineIndex | undefined }, version: number | undefined) => {
        this.validatedFromDisk.add(path);
        this.publish(pathToUri(path), { findings: result.findings, lines: result.lines, version });
        summary.files++;
        for (const finding of result.findings) {
          if (finding.severity === 'error') summary.errors++;
          else if (finding.severity === 'warning') summary.warnings++;
          else summary.infos++;
        }
        if (++done % PROGRESS_EVERY === 0) progress?.report(Math.floor((done / files.length) * 100), `${done} of ${files.length} files`);
      };
      if (WORKER_SCRIPT) {
        // Every file, open ones with their unsaved text, is checked in worker threads, so typing stays
        // responsive and a pathological file cannot hold the server past its time budget.
        const jobs = files.map((path): string | LintJob => {
          const open = unsaved.get(path);
          return open ? { path, text: open.text } : path;
        });
        await this.validateInWorkers(jobs, unsaved, cancelled, (processed) => {
          const open = unsaved.get(processed.path);
          record(processed.path, { findings: processed.findings, lines: open ? new LineIndex(open.text) : undefined }, open?.version);
        });
      } else {
        await linter.loadPlugins(files).catch((error: unknown) => this.reportConfigError(error));
        for (let index = 0; index < files.length && !cancelled(); index++) {
          if (index % FILES_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
          const path = files[index]!;
          const open = unsaved.get(path);
          const result = this.lint(() => (open ? linter.lintText(path, open.text) : linter.lintFile(path)));
          record(path, { findings: result.findings, lines: result.document?.lines }, open?.version);
        }
      }
      summary.cancelled = cancelled();
    } finally {
      progress?.done();
      this.connection.console.log(
        `Validate Repository: ${summary.files} files, ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos${summary.cancelled ? ' (cancelled)' : ''}.`,
      );
    }
    return summary;
  }
}

/** A progress the server created itself can be cancelled from the editor's progress UI. */
function serverProgressCancelled(progress: WorkDoneProgressReporter | undefined): boolean {
  return progress !== undefined && 'token' in progress && (progress as WorkDoneProgressServerReporter).token.isCancellationRequested;
}
