// The language server's wiring: it registers the handlers, answers initialize, keeps the settings
// and the workspace folders, and hands each request to the room that owns it: document checks
// (document-validation.ts, document-checks.ts), what is shown (diagnostics-publisher.ts), quick
// fixes (code-actions.ts, fix-all.ts), Validate Repository (validate-repository.ts) and the editor
// features (features/, LANGUAGE_FEATURES). No request, notification or timer may end the process:
// each runs guarded (guard.ts).

import { existsSync } from 'node:fs';
import {
  CodeActionKind,
  type Connection,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  FileChangeType,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NodeFileSystem } from '../engine/fs/file-system.js';
import { OverlayFileSystem } from '../engine/fs/overlay-file-system.js';
import { DEFAULT_MAX_FILE_SIZE, frontMatterPrefix, textWithinLimits } from '../engine/limits.js';
import { Linter } from '../engine/lint.js';
import { parseDocument } from '../engine/parse/document.js';
import { ENGINE_RULES, internalError } from '../engine/rules/engine-rules.js';
import type { SeveritySetting } from '../engine/types.js';
import type { LintSetup } from '../parallel/protocol.js';
import { SETTINGS_SECTION, VALIDATE_WORKSPACE_COMMAND, type ValidationSummary } from '../protocol.js';
import { TOOL_VERSION } from '../version.js';
import { BaselineFindings, watchOnDisk } from './baseline-findings.js';
import { codeActions } from './code-actions.js';
import { pathToUri, uriToPath } from './convert.js';
import { DiagnosticsPublisher } from './diagnostics-publisher.js';
import { DocumentChecks } from './document-checks.js';
import { DocumentValidation } from './document-validation.js';
import type { FeatureContext } from './features/feature.js';
import { LANGUAGE_FEATURES } from './features/index.js';
import { FIX_ALL_KIND } from './fix-all.js';
import { ServerGuard } from './guard.js';
import { HeadingRenames } from './heading-renames.js';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings.js';
import { type RepositoryValidationHost, revalidateFiles, type UnsavedDocument, validateRepository } from './validate-repository.js';
import { ServerWorkspaceIndex } from './workspace-index.js';
import { fileMovesEdit } from './file-moves.js';

/** The worker bundle beside the server bundle; absent when the server runs from sources. */
const WORKER_SCRIPT = (() => {
  const script = new URL('./lint-worker.mjs', import.meta.url);
  return existsSync(script) ? script : undefined;
})();

export class GuidanceLanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly fs = new OverlayFileSystem(new NodeFileSystem());
  private workspaceFolders: string[] = [];
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private linter: Linter | undefined;
  private supportsConfiguration = false;
  private supportsServerProgress = false;
  private trusted = false;
  /** Until the client's settings arrive, checking would use defaults the user may have turned off. */
  private settingsLoaded = false;

  /** Files, anchors and include edges of the workspace, kept current for cross-file rules. */
  private readonly graph: ServerWorkspaceIndex;
  private readonly checks: DocumentChecks;
  private readonly publisher: DiagnosticsPublisher;
  private readonly baselines: BaselineFindings;
  private readonly guard: ServerGuard;
  private readonly validation: DocumentValidation;
  private readonly headingRenames: HeadingRenames;

  constructor(private readonly connection: Connection) {
    this.graph = new ServerWorkspaceIndex(connection, this.fs, {
      wait: WORKER_SCRIPT !== undefined,
      applied: (dependents) => this.validation.recheckAfterIndexing(dependents),
    });
    this.baselines = new BaselineFindings({
      fs: this.fs,
      workspaceFolders: () => this.workspaceFolders,
      config: () => this.getLinter().config,
      warn: (message) => {
        connection.console.warn(message);
        void connection.window.showWarningMessage(message);
      },
      watch: watchOnDisk,
      changed: () => this.guard.run('showing the baseline', undefined, () => this.publisher.republish(), undefined),
    });
    this.publisher = new DiagnosticsPublisher(connection, (ruleId, path) => this.severityOrDefault(ruleId, path), this.baselines);
    this.guard = new ServerGuard(connection, (uri, error) =>
      this.publisher.publishInternalError(uri, error, this.documents.get(uri)?.version),
    );
    this.headingRenames = new HeadingRenames({
      linter: () => this.getLinter(),
      fs: this.fs,
      isOpen: (path) => this.documents.get(pathToUri(path)) !== undefined,
    });
    this.checks = new DocumentChecks({
      workerScript: WORKER_SCRIPT,
      setup: () => this.lintSetup('file'),
      linter: () => this.getLinter(),
      severityFor: (ruleId, path) => this.severityOrDefault(ruleId, path),
      onChecked: (checked) => {
        const worded = this.guard.run('noticing renamed headings', undefined, () => this.headingRenames.checked(checked), checked);
        this.guard.run('publishing diagnostics', pathToUri(checked.path), () => this.validation.checked(worded), undefined);
      },
      onNotice: (message) => this.connection.console.info(message),
      onError: (error) => this.guard.reportConfigError(error),
    });
    this.validation = new DocumentValidation({
      documents: this.documents,
      fs: this.fs,
      checks: this.checks,
      graph: this.graph,
      publisher: this.publisher,
      guard: this.guard,
      settings: () => this.settings,
      settingsLoaded: () => this.settingsLoaded,
      revalidateRepositoryFiles: (paths) =>
        this.guard.runAsync('re-checking validated files', () => revalidateFiles(this.repositoryHost(), paths)),
    });
  }

  start(): void {
    const { connection, documents, guard, validation } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => guard.runAsync('starting', () => this.initialized()));
    connection.onDidChangeConfiguration(() => guard.runAsync('reloading settings', () => this.reloadSettings()));
    connection.onDidChangeWatchedFiles((params) =>
      guard.run(
        'applying changed files',
        undefined,
        () => {
          this.linter?.config.invalidate();
          const changes = params.changes
            .map((change) => ({ path: uriToPath(change.uri), deleted: change.type === FileChangeType.Deleted }))
            .filter((change): change is { path: string; deleted: boolean } => change.path !== undefined);
          this.checks.filesChanged(changes);
          this.baselines.filesChanged(changes.map((change) => change.path));
          validation.filesChanged(
            this.graph.filesChanged(params.changes),
            changes.filter((change) => change.deleted).map((change) => change.path),
          );
        },
        undefined,
      ),
    );
    documents.onDidOpen(({ document }) => {
      validation.opened(document);
      setImmediate(() => guard.run('preparing editor features', undefined, () => this.warmUpFeatures(document.uri), undefined));
    });
    documents.onDidChangeContent(({ document }) => validation.changed(document));
    documents.onDidSave(({ document }) => validation.saved(document));
    documents.onDidClose(({ document }) => guard.run('closing a document', document.uri, () => validation.closed(document), undefined));
    documents.onDidClose(({ document }) => this.headingRenames.closed(uriToPath(document.uri) ?? document.uri));
    connection.onCodeAction((params, token) =>
      codeActions(
        {
          documents,
          validation,
          fs: this.fs,
          workspaceFolders: () => this.workspaceFolders,
          config: () => this.getLinter().config,
          headingRenames: this.headingRenames,
        },
        params,
        token,
      ).catch((error: unknown) => {
        guard.logInternalError('computing code actions', error);
        return [];
      }),
    );
    connection.onCompletion((params) =>
      guard.run(
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
      guard.run(
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
      guard.run(
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
    connection.onReferences((params) =>
      this.guard.run(
        'finding references',
        undefined,
        () => {
          const context = this.featureContext(params.textDocument.uri);
          if (!context) return [];
          return LANGUAGE_FEATURES.flatMap(
            (feature) => feature.references?.(context, params.position, params.context.includeDeclaration) ?? [],
          );
        },
        [],
      ),
    );
    connection.onPrepareRename((params) =>
      this.guard.run(
        'preparing a rename',
        undefined,
        () => {
          const context = this.featureContext(params.textDocument.uri);
          if (!context) return null;
          for (const feature of LANGUAGE_FEATURES) {
            const prepared = feature.prepareRename?.(context, params.position);
            if (prepared) return prepared;
          }
          return null;
        },
        null,
      ),
    );
    connection.onRenameRequest((params) =>
      this.guard.run(
        'renaming',
        undefined,
        () => {
          const context = this.featureContext(params.textDocument.uri);
          if (!context) return null;
          for (const feature of LANGUAGE_FEATURES) {
            const edit = feature.rename?.(context, params.position, params.newName);
            if (edit) return edit;
          }
          return null;
        },
        null,
      ),
    );
    connection.workspace.onWillRenameFiles((params) =>
      this.guard.run(
        'planning a file move',
        undefined,
        () => {
          const linter = this.getLinter();
          const index = linter.environment.index;
          if (!index) return null;
          const context = { linter, index, fs: this.fs, workspaceFolders: this.workspaceFolders };
          return fileMovesEdit(params.files, { ...context, redirectOnMove: this.settings.redirectOnMove });
        },
        null,
      ),
    );
    connection.onDocumentLinks((params) =>
      this.guard.run(
        'finding document links',
        undefined,
        () => {
          const context = this.featureContext(params.textDocument.uri);
          if (!context) return [];
          return LANGUAGE_FEATURES.flatMap((feature) => feature.documentLinks?.(context) ?? []);
        },
        [],
      ),
    );
    // Not onExecuteCommand: its reporter takes the token off the params, and the client's own token is
    // what its notification listens on for "N of M files".
    connection.onRequest(ExecuteCommandRequest.type, (params, token) => {
      if (params.command !== VALIDATE_WORKSPACE_COMMAND) return undefined;
      const clientProgress =
        params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
      return validateRepository(this.repositoryHost(), token, clientProgress).catch((error: unknown) => {
        guard.logInternalError('validating the repository', error);
        return { files: 0, errors: 0, warnings: 0, infos: 0, baselined: 0, cancelled: false } satisfies ValidationSummary;
      });
    });
    connection.onShutdown(() => {
      this.checks.dispose();
      this.baselines.dispose();
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
        documentLinkProvider: { resolveProvider: false },
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        executeCommandProvider: { commands: [VALIDATE_WORKSPACE_COMMAND] },
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          // Files and folders: a moved folder's files take their links along too.
          fileOperations: { willRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
        },
      },
      serverInfo: { name: 'guidance-lint', version: TOOL_VERSION },
    };
  }

  private async initialized(): Promise<void> {
    this.connection.console.info(
      `Guidance Lint ${TOOL_VERSION} (Node.js ${process.version}), workspace: ${this.workspaceFolders.join(', ') || 'none'}.`,
    );
    if (this.supportsConfiguration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    this.connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => uriToPath(folder.uri)));
      const added = event.added.map((folder) => uriToPath(folder.uri)).filter((path): path is string => path !== undefined);
      this.workspaceFolders = [...this.workspaceFolders.filter((folder) => !removed.has(folder)), ...added];
      this.guard.run(
        'changing workspace folders',
        undefined,
        () => {
          this.linter = undefined;
          this.checks.reset();
          this.baselines.reload();
          this.guard.runAsync('indexing the workspace', () =>
            this.graph.buildInBackground(this.workspaceFolders, this.supportsServerProgress),
          );
          this.validation.revalidateOpenDocuments();
        },
        undefined,
      );
    });
    await this.reloadSettings();
    this.guard.runAsync('indexing the workspace', () => this.graph.buildInBackground(this.workspaceFolders, this.supportsServerProgress));
  }

  private async reloadSettings(): Promise<void> {
    const findingsBefore = findingSettings(this.settings);
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
    // Closed files are checked again only when what they would show changed (not for `run`).
    if (findingSettings(this.settings) === findingsBefore) this.validation.revalidateOpenDocuments();
    else this.validation.revalidatePublished();
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

  private warmUpFeatures(uri: string): void {
    const path = uriToPath(uri);
    if (!path || !this.documents.get(uri)) return;
    const context = { linter: this.getLinter(), path, fs: this.fs };
    for (const feature of LANGUAGE_FEATURES) feature.warmUp?.(context);
  }

  /** The configured severity of an engine finding, or its default when the configuration itself is what fails. */
  private severityOrDefault(ruleId: string, path: string): SeveritySetting {
    try {
      return this.getLinter().severityFor(ruleId, path);
    } catch {
      return ENGINE_RULES.find((rule) => rule.id === ruleId)?.defaultSeverity ?? internalError.defaultSeverity;
    }
  }

  /** What an editor feature needs about an open document, parsed at its current version. */
  private featureContext(uri: string): FeatureContext | undefined {
    const document = this.documents.get(uri);
    const path = uriToPath(uri);
    if (!document || !path) return undefined;
    const published = this.publisher.result(uri);
    let model = published?.version === document.version ? published.model : undefined;
    const linter = this.getLinter();
    // The main thread cannot abandon a parse: it parses a document in full only once the worker has
    // checked it (parse included) within the time budget. Until then, and while its checks run out of
    // time, features see the front matter alone.
    const parseInFull = !this.settings.enable || this.validation.checkedInTime(uri);
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

  /** What Validate Repository (and re-checking its files) works with. */
  private repositoryHost(): RepositoryValidationHost {
    return {
      connection: this.connection,
      fs: this.fs,
      workspaceFolders: () => this.workspaceFolders,
      ruleOverrides: () => this.settings.rules,
      graph: this.graph,
      publisher: this.publisher,
      workerScript: WORKER_SCRIPT,
      lintSetup: (mode) => this.lintSetup(mode),
      severityFor: (ruleId, path) => this.severityOrDefault(ruleId, path),
      supportsServerProgress: this.supportsServerProgress,
      unsavedDocuments: () => this.unsavedDocuments(),
      reportError: (error) => this.guard.reportConfigError(error),
    };
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
}

/** The settings that decide which findings a file has. */
function findingSettings(settings: ServerSettings): string {
  return JSON.stringify({ enable: settings.enable, rules: settings.rules });
}
