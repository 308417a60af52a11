// The language server: a thin adapter from LSP to the engine. It keeps open documents, checks
// them (debounced while typing), offers quick fixes, and validates whole repositories on request.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
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
import { internalError } from '../engine/rules/engine-rules.js';
import { LintPool, PoolConfigError } from '../parallel/pool.js';
import type { ProcessedFile } from '../parallel/process-file.js';
import { Linter, type LintResult } from '../engine/lint.js';
import { DEFAULT_MAX_FILE_SIZE, textWithinLimits } from '../engine/limits.js';
import { parseDocument, type DocumentModel } from '../engine/parse/document.js';
import type { LineIndex } from '../engine/parse/text.js';
import type { Finding } from '../engine/types.js';
import { discoverFiles } from '../engine/workspace/discover.js';
import { NodeFileSystem } from '../engine/workspace/file-system.js';
import { isMarkdownPath } from '../engine/workspace/index.js';
import { OverlayFileSystem } from '../engine/workspace/overlay-file-system.js';
import type { FeatureContext } from './features/feature.js';
import { LANGUAGE_FEATURES } from './features/index.js';
import { FIX_ALL_KIND, fixAllAction, requestsKind } from './fix-all.js';
import { pathToUri, toDiagnostic, toLspEdit, uriToPath } from './convert.js';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings.js';
import { ServerWorkspaceIndex } from './workspace-index.js';

export const VALIDATE_WORKSPACE_COMMAND = 'guidanceLint.validateWorkspace';
const DEBOUNCE_MS = 150;
/** Files checked between two yields to the event loop when repository validation runs in-process. */
const FILES_PER_SLICE = 5;
const PROGRESS_EVERY = 25;
/** As the CLI's default: a file still being checked after this long is reported, not waited for. */
const TIME_BUDGET_MS = 10_000;
/** The worker bundle beside the server bundle; absent when the server runs from sources. */
const WORKER_SCRIPT = (() => {
  const script = new URL('./lint-worker.mjs', import.meta.url);
  return existsSync(script) ? script : undefined;
})();

export interface ValidationSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  cancelled: boolean;
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
  /** Files published by repository validation: closing them keeps their diagnostics. */
  private readonly validatedFromDisk = new Set<string>();
  private lastConfigError: string | undefined;
  private readonly loggedInternalErrors = new Set<string>();
  private trusted = false;
  /** Until the client's settings arrive, checking would use defaults the user may have turned off. */
  private settingsLoaded = false;

  /** Files, anchors and include edges of the workspace, kept current for cross-file rules. */
  private readonly graph: ServerWorkspaceIndex;

  constructor(private readonly connection: Connection) {
    this.graph = new ServerWorkspaceIndex(connection, this.fs);
  }

  start(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    connection.onDidChangeConfiguration(() => void this.reloadSettings());
    connection.onDidChangeWatchedFiles((params) => {
      this.linter?.config.invalidate();
      const dependents = this.graph.filesChanged(params.changes);
      this.revalidateOpenDocuments();
      this.recheck(dependents);
    });
    documents.onDidOpen(({ document }) => this.validateNow(document));
    documents.onDidChangeContent(({ document }) => {
      if (this.settings.run === 'onType') this.schedule(document);
    });
    documents.onDidSave(({ document }) => {
      if (this.settings.run === 'onSave') this.validateNow(document);
    });
    documents.onDidClose(({ document }) => this.closed(document));
    connection.onCodeAction((params) => this.codeActions(params.textDocument.uri, params.context.diagnostics, params.context.only));
    connection.onCompletion((params) => {
      const context = this.featureContext(params.textDocument.uri);
      if (!context) return [];
      return LANGUAGE_FEATURES.flatMap((feature) => feature.completion?.(context, params.position) ?? []);
    });
    connection.onHover((params) => {
      const context = this.featureContext(params.textDocument.uri);
      if (!context) return null;
      for (const feature of LANGUAGE_FEATURES) {
        const hover = feature.hover?.(context, params.position);
        if (hover) return hover;
      }
      return null;
    });
    connection.onDefinition((params) => {
      const context = this.featureContext(params.textDocument.uri);
      if (!context) return [];
      return LANGUAGE_FEATURES.flatMap((feature) => feature.definition?.(context, params.position) ?? []);
    });
    connection.onExecuteCommand((params, token, workDone) => {
      if (params.command !== VALIDATE_WORKSPACE_COMMAND) return undefined;
      return this.validateWorkspace(token, params.workDoneToken !== undefined ? workDone : undefined);
    });
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
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'guidanceLint' });
    }
    this.connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => uriToPath(folder.uri)));
      const added = event.added.map((folder) => uriToPath(folder.uri)).filter((path): path is string => path !== undefined);
      this.workspaceFolders = [...this.workspaceFolders.filter((folder) => !removed.has(folder)), ...added];
      this.linter = undefined;
      void this.graph.buildInBackground(this.workspaceFolders, this.supportsServerProgress);
      this.revalidateOpenDocuments();
    });
    await this.reloadSettings();
    void this.graph.buildInBackground(this.workspaceFolders, this.supportsServerProgress);
  }

  private async reloadSettings(): Promise<void> {
    if (this.supportsConfiguration) {
      try {
        this.settings = normalizeSettings(await this.connection.workspace.getConfiguration('guidanceLint'));
      } catch (error) {
        this.connection.console.warn(`Could not read settings, using defaults: ${String(error)}`);
      }
    }
    this.settingsLoaded = true;
    this.linter = undefined;
    this.revalidateOpenDocuments();
  }

  private getLinter(): Linter {
    this.linter ??= new Linter({ ...this.pluginOptions(), fs: this.fs, workspaceFolders: this.workspaceFolders, ruleOverrides: this.settings.rules, index: this.graph.for(this.workspaceFolders) });
    return this.linter;
  }

  private pluginOptions(): { allowPlugins: boolean; onNotice: (message: string) => void } {
    return { allowPlugins: this.trusted, onNotice: (message) => this.connection.console.info(message) };
  }

  /** Plug-ins load asynchronously: a file is checked at once without them, and again when they are in. */
  private loadPluginsFor(linter: Linter, path: string): void {
    linter.loadPlugins([path]).then(
      (loaded) => {
        if (loaded && this.linter === linter) this.revalidateOpenDocuments();
      },
      (error: unknown) => this.reportConfigError(error),
    );
  }

  private revalidateOpenDocuments(): void {
    for (const document of this.documents.all()) this.validateNow(document);
  }

  private schedule(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        const current = this.documents.get(document.uri);
        if (current) this.validateNow(current);
      }, DEBOUNCE_MS),
    );
  }

  private validateNow(document: TextDocument): void {
    const path = uriToPath(document.uri);
    if (!path) return;
    this.fs.setOverlay(path, document.getText());
    if (!this.settingsLoaded) return;
    if (!this.settings.enable) {
      this.publish(document.uri, { findings: [], lines: undefined, version: document.version });
      return;
    }
    this.loadPluginsFor(this.getLinter(), path);
    const result = this.lint(() => this.getLinter().lintText(path, document.getText()));
    this.publish(document.uri, { findings: result.findings, lines: result.document?.lines, version: document.version, ...(result.document ? { model: result.document } : {}) });
    this.recheck(this.graph.documentChanged(path));
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
      const result = this.lint(() => this.getLinter().lintFile(path));
      this.publish(pathToUri(path), { findings: result.findings, lines: result.document?.lines, version: undefined });
    }
  }

  private closed(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    const path = uriToPath(document.uri);
    if (path) {
      this.fs.deleteOverlay(path);
      this.recheck(this.graph.documentChanged(path));
    }
    if (path && this.validatedFromDisk.has(path) && this.settings.enable) {
      const result = this.lint(() => this.getLinter().lintFile(path));
      this.publish(document.uri, { findings: result.findings, lines: result.document?.lines, version: undefined });
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
      return discoverFiles({ fs: this.fs, config: linter.config, patterns: this.workspaceFolders, cwd, workspaceFolders: this.workspaceFolders }).files;
    } catch (error) {
      this.reportConfigError(error);
      return [];
    }
  }

  private reportConfigError(error: unknown): void {
    if (!(error instanceof ConfigError || error instanceof PoolConfigError)) throw error;
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
    return {
      document,
      path,
      // Parsed only when a feature asks: most completion requests are decided from the line alone.
      // Over a size or nesting limit, only the front matter, as the linter checks it: a full parse of
      // a 100,000-row table stalled the server for 10 s.
      get model() {
        model ??= parseDocument(path, textWithinLimits(document.getText(), linter.config.resolve(path).maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
        return model;
      },
      linter,
      fs: this.fs,
      workspaceFolders: this.workspaceFolders,
      today: new Date(),
    };
  }

  private async validateInWorkers(linter: Linter, files: string[], cancelled: () => boolean, onFile: (processed: ProcessedFile) => void): Promise<void> {
    const pool = new LintPool({
      setup: { workspaceFolders: this.workspaceFolders, ruleOverrides: this.settings.rules, mode: 'repository', today: new Date().toISOString(), allowPlugins: this.trusted },
      size: availableParallelism(),
      workerScript: WORKER_SCRIPT!,
      timeBudgetMs: TIME_BUDGET_MS,
      fix: false,
      severityFor: (ruleId, path) => linter.severityFor(ruleId, path),
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

  private async validateWorkspace(token: CancellationToken, clientProgress: WorkDoneProgressReporter | undefined): Promise<ValidationSummary> {
    const progress = clientProgress ?? (this.supportsServerProgress ? await this.connection.window.createWorkDoneProgress() : undefined);
    progress?.begin('Validating repository', 0, 'Finding Markdown files…', true);
    const summary: ValidationSummary = { files: 0, errors: 0, warnings: 0, infos: 0, cancelled: false };
    try {
      // Repository validation runs every rule, including those that need the whole index (include-unused).
      await this.graph.buildInBackground(this.workspaceFolders, false);
      const linter = new Linter({ ...this.pluginOptions(), fs: this.fs, workspaceFolders: this.workspaceFolders, ruleOverrides: this.settings.rules, mode: 'repository', index: this.graph.for(this.workspaceFolders) });
      const files = this.discoverWorkspaceFiles(linter);
      await linter.loadPlugins(files).catch((error: unknown) => this.reportConfigError(error));
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
      // Open documents are checked here, with their unsaved text; the rest in worker threads, so
      // typing stays responsive and a pathological file cannot hold the server past its time budget.
      const open = files.filter((path) => this.documents.get(pathToUri(path)));
      const closed = files.filter((path) => !this.documents.get(pathToUri(path)));
      for (const path of open) {
        const document = this.documents.get(pathToUri(path))!;
        const result = this.lint(() => linter.lintText(path, document.getText()));
        record(path, { findings: result.findings, lines: result.document?.lines }, document.version);
      }
      const cancelled = () => token.isCancellationRequested || serverProgressCancelled(progress);
      if (WORKER_SCRIPT && closed.length > 0) {
        await this.validateInWorkers(linter, closed, cancelled, (processed) => record(processed.path, { findings: processed.findings }, undefined));
      } else {
        for (let index = 0; index < closed.length && !cancelled(); index++) {
          if (index % FILES_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
          const result = this.lint(() => linter.lintFile(closed[index]!));
          record(closed[index]!, { findings: result.findings, lines: result.document?.lines }, undefined);
        }
      }
      summary.cancelled = cancelled();
    } finally {
      progress?.done();
    }
    this.connection.console.log(
      `Validate Repository: ${summary.files} files, ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos${summary.cancelled ? ' (cancelled)' : ''}.`,
    );
    return summary;
  }
}

/** A progress the server created itself can be cancelled from the editor's progress UI. */
function serverProgressCancelled(progress: WorkDoneProgressReporter | undefined): boolean {
  return progress !== undefined && 'token' in progress && (progress as WorkDoneProgressServerReporter).token.isCancellationRequested;
}
