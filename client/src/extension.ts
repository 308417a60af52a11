// The VS Code side: starts the language server, shows progress for Validate Repository, counts
// findings in the status bar, and logs to the "Guidance Lint" output channel.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  WorkDoneProgress,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

import { DIAGNOSTIC_SOURCE, SETTINGS_SECTION, VALIDATE_WORKSPACE_COMMAND, type ValidationSummary } from '../../server/src/protocol.js';
import { CLIENT_COMMANDS } from './commands/index.js';
import { FindingCounts, type SeverityCounts } from './finding-counts.js';
import { validationSummaryText } from './validation-summary.js';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
/** The last Validate Repository's summary: the notification hides itself, the status bar tooltip keeps it. */
let lastValidation: string | undefined;
let refreshStatus: (() => void) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Guidance Lint', { log: true });
  output = log;
  const serverModule = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Tables of contents: the names the Learn build reads as one, in any letter case.
      { scheme: 'file', pattern: '**/[tT][oO][cC].{yml,json}' },
      // Redirection files get the redirect-* rules as they are edited.
      { scheme: 'file', pattern: '**/*.openpublishing.redirection*.json' },
    ],
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{*.md,*.markdown,[tT][oO][cC].yml,[tT][oO][cC].json,.guidancelint.json,.guidancelint.jsonc,docfx.json,.openpublishing.publish.config.json,*.openpublishing.redirection*.json,.gitignore}',
      ),
    },
    outputChannel: log,
    initializationOptions: {
      settings: vscode.workspace.getConfiguration(SETTINGS_SECTION),
      trusted: vscode.workspace.isTrusted,
    },
    middleware: {
      executeCommand: (command, args, next) => (command === VALIDATE_WORKSPACE_COMMAND ? validateWithProgress(args) : next(command, args)),
    },
  };
  client = new LanguageClient('guidanceLint', 'Guidance Lint', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('guidanceLint.findings', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Guidance Lint findings';
  status.command = 'workbench.actions.view.problems';
  const counts = new FindingCounts();
  const countFindings = (uri: vscode.Uri): SeverityCounts => {
    const tally: SeverityCounts = { errors: 0, warnings: 0, infos: 0, baselined: 0 };
    for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) tally.errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) tally.warnings++;
      // The server shows findings in the repository's baseline as hints.
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Hint) tally.baselined++;
      else tally.infos++;
    }
    return tally;
  };
  const updateStatus = () => {
    const { errors, warnings, infos, baselined } = counts.totals;
    status.text = `$(checklist) Guidance: ${errors + warnings + infos}`;
    status.tooltip = [
      `Guidance Lint: ${errors} errors, ${warnings} warnings, ${infos} infos${baselined > 0 ? ` (${baselined} more in the baseline, shown as hints)` : ''}. Click to open the Problems panel.`,
      ...(lastValidation ? [`Last Validate Repository: ${lastValidation}`] : []),
    ].join('\n');
    status.show();
  };
  // Only the files a change names are recounted (finding-counts.ts).
  const diagnosticsChanged = (event: vscode.DiagnosticChangeEvent) => {
    for (const uri of event.uris) counts.set(uri.toString(), countFindings(uri));
    updateStatus();
  };
  context.subscriptions.push(log, status, vscode.languages.onDidChangeDiagnostics(diagnosticsChanged));
  refreshStatus = updateStatus;
  updateStatus();

  for (const register of CLIENT_COMMANDS) context.subscriptions.push(register(context, client));

  await client.start();
  const version = (context.extension.packageJSON as { version?: string }).version ?? 'unknown';
  log.info(`Guidance Lint ${version}: server started (${serverModule}).`);
}

const SHOW_PROBLEMS = 'Show Problems';

/** Runs the server's validation with a cancellable notification fed by LSP work-done progress. */
async function validateWithProgress(args: unknown[]): Promise<ValidationSummary | undefined> {
  const languageClient = client;
  if (!languageClient) return undefined;
  const started = performance.now();
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Guidance: Validating repository', cancellable: true },
    async (progress, token) => {
      const workDoneToken = randomUUID();
      let reported = 0;
      const listener = languageClient.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? reported;
        progress.report({ message: value.message, increment: percentage - reported });
        reported = percentage;
      });
      try {
        return (await languageClient.sendRequest(
          ExecuteCommandRequest.type,
          { command: VALIDATE_WORKSPACE_COMMAND, arguments: args, workDoneToken },
          token,
        )) as ValidationSummary;
      } catch (error) {
        if (token.isCancellationRequested) return undefined;
        throw error;
      } finally {
        listener.dispose();
      }
    },
  );
  const text = validationSummaryText(summary, performance.now() - started);
  lastValidation = text;
  refreshStatus?.();
  output?.info(`Validate Repository: ${text}`);
  void vscode.window.showInformationMessage(`Guidance: ${text}`, SHOW_PROBLEMS).then((choice) => {
    if (choice === SHOW_PROBLEMS) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
