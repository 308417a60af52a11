// A minimal LSP client for protocol tests: starts the built server (dist/server.mjs --stdio) as a
// child process and speaks JSON-RPC to it, as any editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';

export const SERVER_PATH = fileURLToPath(new URL('../../dist/server.mjs', import.meta.url));

export interface TestClientOptions {
  workspaceFolders: string[];
  /** Answers to workspace/configuration requests for the `guidanceLint` section. */
  settings?: Record<string, unknown>;
  /** Extra initialize capabilities. */
  workDoneProgress?: boolean;
  /** What the VS Code client sends as initializationOptions (e.g. `{ trusted: true }`). */
  initializationOptions?: Record<string, unknown>;
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  /** The document version each latest set of diagnostics was published for. */
  private readonly diagnosticVersions = new Map<string, number | undefined>();
  private readonly waiters: Array<() => void> = [];
  readonly progress: unknown[] = [];
  /** window/logMessage notifications (type 1 is an error). */
  readonly logs: Array<{ type: number; message: string }> = [];
  stderr = '';

  constructor(private readonly options: TestClientOptions) {
    this.child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.diagnosticVersions.set(params.uri, params.version);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? {}));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', (params: unknown) => {
      this.progress.push(params);
    });
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.logs.push(params);
    });
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.listen();
  }

  async initialize(): Promise<unknown> {
    const folders = this.options.workspaceFolders.map((path) => ({ uri: uri(path), name: path.split('/').at(-1)! }));
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      ...(this.options.initializationOptions ? { initializationOptions: this.options.initializationOptions } : {}),
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: this.options.workDoneProgress ?? false },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(path: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(path), languageId: 'markdown', version, text },
    });
  }

  async change(path: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(path), version },
      contentChanges: [{ text }],
    });
  }

  /** Waits until diagnostics for `path` satisfy `predicate` (the latest published set is tested). */
  async diagnosticsFor(
    path: string,
    predicate: (diagnostics: Diagnostic[]) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Diagnostic[]> {
    const key = uri(path);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.diagnostics.get(key);
      if (current && predicate(current)) return current;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(
          `No matching diagnostics for ${path} within ${timeoutMs} ms; last: ${JSON.stringify(current)}\nserver stderr: ${this.stderr}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for the diagnostics published for this version of an open document. */
  diagnosticsAt(path: string, version: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return this.diagnosticsFor(path, () => this.diagnosticVersions.get(uri(path)) === version, timeoutMs);
  }

  /** True while the server process runs. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Polls `condition` (logs, progress…) until it holds. */
  async waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}\nserver stderr: ${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            this.child.kill('SIGKILL');
            resolve();
          }, 2000);
          this.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }
  }
}

export function uri(path: string): string {
  return URI.file(path).toString();
}

/** A fresh temporary workspace (its own root config, so no config above it applies) with a server initialized on it. */
export async function startOnTemporaryWorkspace(prefix: string): Promise<{ workspace: string; client: LspTestClient }> {
  const workspace = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  writeFileSync(join(workspace, '.guidancelint.json'), JSON.stringify({ root: true }));
  const client = new LspTestClient({ workspaceFolders: [workspace] });
  await client.initialize();
  return { workspace, client };
}

export async function stopAndRemove(client: LspTestClient, workspace: string): Promise<void> {
  await client.shutdown();
  rmSync(workspace, { recursive: true, force: true });
}
