// The benchmark's side of the wire: the built language server over stdio, as an editor drives it,
// with every publishDiagnostics and work-done progress notification recorded with the time it
// arrived. Both editor figures (editor-latency.ts, big-repository.ts) drive the server through it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';

/** What both editor figures are given: the server, the workspace, the article typed into and how. */
export interface ArticleSessionOptions {
  /** The built server (dist/server.mjs or a copy of it). */
  serverPath: string;
  workspaceFolder: string;
  /** The article to type into; the one nearest `articleBytes` in size when omitted. */
  articlePath?: string;
  articleBytes: number;
  /** Edits typed (for the big-repository figures: after Validate Repository, and per burst while it runs). */
  edits: number;
  /** Time from one edit to the next, longer than the server's debounce so each edit is published. */
  spacingMs: number;
  /** Longest wait for the background index. */
  indexTimeoutMs: number;
  /** Longest wait for any one publish. */
  publishTimeoutMs: number;
}

export interface Publish {
  at: number;
  version: number | undefined;
  count: number;
}

/** What the server's `$/progress` notifications carry. */
export interface ProgressEvent {
  at: number;
  kind: 'begin' | 'report' | 'end';
  title: string;
  message: string | undefined;
}

const TYPED_TEXT = ' and the workbook recalculates every formula that depends on it';
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export class BenchServer {
  readonly connection: ProtocolConnection;
  /** Every publish, per URI, in arrival order. */
  readonly publishes = new Map<string, Publish[]>();
  /** Every progress event, per token, in arrival order. */
  readonly progress = new Map<string | number, ProgressEvent[]>();
  /**
   * What a client that recounts its status bar on every publish visits: every diagnostic shown
   * (the whole workspace's) or only the published file's. The VS Code client did the first.
   */
  readonly statusBarWork = { recountAll: 0, recountFile: 0 };
  private shown = 0;
  private readonly child: ChildProcess;
  private readonly listeners = new Set<() => void>();
  private serverErrors = '';

  constructor(serverPath: string) {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.serverErrors += chunk.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection = connection;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.publishes.get(params.uri) ?? [];
      this.shown += params.diagnostics.length - (list.at(-1)?.count ?? 0);
      this.statusBarWork.recountAll += this.shown;
      this.statusBarWork.recountFile += params.diagnostics.length;
      list.push({ at: performance.now(), version: params.version, count: params.diagnostics.length });
      this.publishes.set(params.uri, list);
      this.notify();
    });
    connection.onNotification(
      '$/progress',
      (params: { token: string | number; value: { kind: ProgressEvent['kind']; title?: string; message?: string } }) => {
        const events = this.progress.get(params.token) ?? [];
        const title = params.value.title ?? events[0]?.title ?? '';
        events.push({ at: performance.now(), kind: params.value.kind, title, message: params.value.message });
        this.progress.set(params.token, events);
        this.notify();
      },
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.onNotification('window/showMessage', () => undefined);
    connection.listen();
  }

  get stderr(): string {
    return this.serverErrors;
  }

  /** `initialize` with the capabilities VS Code announces for what the benchmark uses; resolves when answered. */
  async initialize(workspaceFolder: string): Promise<void> {
    const workspaceUri = URI.file(workspaceFolder).toString();
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
      },
    });
  }

  /** The progress events of the server's indexing (the first progress whose title says so). */
  indexProgress(): ProgressEvent[] {
    for (const events of this.progress.values()) if (/index/i.test(events[0]?.title ?? '')) return events;
    return [];
  }

  /** Resolves with what `probe` returns once it returns something, or throws after `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const now = probe();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        done();
        resolve(value);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${what} did not happen within ${timeoutMs} ms\n${this.serverErrors.slice(-4000)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
    });
  }

  /** The first publish for `uri` at `version`, or undefined after `timeoutMs`. */
  async publishOf(uri: string, version: number, timeoutMs: number): Promise<Publish | undefined> {
    return this.waitFor(() => this.publishes.get(uri)?.find((publish) => publish.version === version), timeoutMs, '').catch(
      () => undefined,
    );
  }

  open(uri: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /**
   * Types into an open document one character per didChange, `spacingMs` apart, and times each edit
   * to the publish of its version. `keepGoing` is asked before each edit.
   */
  async type(
    typing: TypingPlace,
    count: number,
    options: { spacingMs: number; publishTimeoutMs: number; keepGoing?: () => boolean },
  ): Promise<{ latenciesMs: number[]; missed: number }> {
    const latenciesMs: number[] = [];
    let missed = 0;
    for (let edit = 0; edit < count && (options.keepGoing?.() ?? true); edit++) {
      const version = ++typing.version;
      const character = typing.endCharacter++;
      const sentAt = performance.now();
      await this.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: typing.uri, version },
        contentChanges: [
          {
            range: { start: { line: typing.line, character }, end: { line: typing.line, character } },
            text: TYPED_TEXT[edit % TYPED_TEXT.length],
          },
        ],
      });
      const publish = await this.publishOf(typing.uri, version, options.publishTimeoutMs);
      if (publish) latenciesMs.push(publish.at - sentAt);
      else missed++;
      const pause = sentAt + options.spacingMs - performance.now();
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    }
    return { latenciesMs, missed };
  }

  /** The diagnostics shown now: the latest publish of every URI, summed. */
  diagnosticsShown(): number {
    let total = 0;
    for (const list of this.publishes.values()) total += list.at(-1)?.count ?? 0;
    return total;
  }

  /** The server process's peak RSS (VmHWM), when /proc shows it. */
  peakRssMiB(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
      return match ? Number(match[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {
    const { connection, child } = this;
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Where edits go: a line of prose of an open document, and the version the next edit gets. */
export interface TypingPlace {
  uri: string;
  line: number;
  /** Where the next character goes. */
  endCharacter: number;
  /** The document's version now. */
  version: number;
}

export function typingPlace(path: string, text: string): TypingPlace {
  const { line, endCharacter } = proseLine(text);
  return { uri: URI.file(path).toString(), line, endCharacter, version: 1 };
}

/** The article a session types into, read, and the server started on the workspace, initialized. */
export async function startArticleSession(
  options: ArticleSessionOptions,
): Promise<{ articlePath: string; text: string; typing: TypingPlace; server: BenchServer; initializedAt: number }> {
  const articlePath = options.articlePath ?? articleNearSize(options.workspaceFolder, options.articleBytes);
  const text = readFileSync(articlePath, 'utf8');
  const typing = typingPlace(articlePath, text);
  const server = new BenchServer(options.serverPath);
  try {
    await server.initialize(options.workspaceFolder);
    const initializedAt = performance.now();
    await server.connection.sendNotification('initialized', {});
    return { articlePath, text, typing, server, initializedAt };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** The Markdown file whose size is nearest `bytes` (ties broken by path, so runs pick the same one). */
export function articleNearSize(folder: string, bytes: number): string {
  let best: { path: string; distance: number } | undefined;
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) visit(path);
      } else if (entry.isFile() && /\.md$/i.test(entry.name)) {
        const distance = Math.abs(statSync(path).size - bytes);
        if (!best || distance < best.distance || (distance === best.distance && path < best.path)) best = { path, distance };
      }
    }
  };
  visit(folder);
  if (!best) throw new Error(`no Markdown file in ${folder}`);
  return best.path;
}

/**
 * A line of running prose after the front matter and outside code fences, where a writer would type:
 * the last such line before the middle of the article, so edits land in the body, not at its ends.
 */
function proseLine(text: string): { line: number; endCharacter: number } {
  const lines = text.split(/\r?\n/);
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) start = end + 1;
  }
  let inFence = false;
  let chosen: { line: number; endCharacter: number } | undefined;
  for (let line = start; line < lines.length; line++) {
    const content = lines[line]!;
    if (/^\s*(```|~~~)/.test(content)) inFence = !inFence;
    if (inFence || !/^[A-Za-z]/.test(content) || content.length < 40) continue;
    if (!chosen || line <= lines.length / 2) chosen = { line, endCharacter: content.length };
  }
  if (!chosen) throw new Error('the article has no line of prose to type into');
  return chosen;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], rank: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((rank / 100) * sorted.length) - 1)]!;
}
