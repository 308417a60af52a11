// The editor figure of the benchmark: the built language server over stdio with a docs repository
// as its workspace; after its background index is built, a ~20 KB article is opened and typed
// into, one character per didChange, and each edit is timed until its publishDiagnostics arrives.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';

export interface EditorLatencyOptions {
  /** The built server (dist/server.mjs or a copy of it). */
  serverPath: string;
  workspaceFolder: string;
  /** The article to type into; the one nearest `articleBytes` in size when omitted. */
  articlePath?: string;
  articleBytes: number;
  edits: number;
  /** Time from one edit to the next, longer than the server's debounce so each edit is published. */
  spacingMs: number;
  /** Longest wait for the background index and for any one publish. */
  indexTimeoutMs: number;
  publishTimeoutMs: number;
}

export interface EditorLatencyResult {
  articlePath: string;
  articleBytes: number;
  /** From `initialized` to the end of the server's indexing progress. */
  indexMs: number;
  indexedFiles: string | undefined;
  /** From didOpen to the first publish for the article. */
  openMs: number;
  /** didChange to its publishDiagnostics, per edit, in order. */
  latenciesMs: number[];
  /** Edits whose publish did not arrive within the timeout. */
  missed: number;
  diagnosticsOnArticle: number;
  /** The server process's peak RSS (VmHWM) after the run, when /proc shows it. */
  serverPeakRssMiB: number | undefined;
}

/** What the server's `window/workDoneProgress` reports carry. */
interface ProgressValue {
  kind: 'begin' | 'report' | 'end';
  title?: string;
  message?: string;
}

const TYPED_TEXT = ' and the workbook recalculates every formula that depends on it';
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export async function measureEditorLatency(options: EditorLatencyOptions): Promise<EditorLatencyResult> {
  const articlePath = options.articlePath ?? articleNearSize(options.workspaceFolder, options.articleBytes);
  const text = readFileSync(articlePath, 'utf8');
  const typingLine = proseLine(text);
  const child = spawn(process.execPath, [options.serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let serverErrors = '';
  child.stderr.on('data', (chunk: Buffer) => (serverErrors += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const articleUri = URI.file(articlePath).toString();

  // Every publish for the article, by version, with the time it arrived.
  const published = new Map<number, { at: number; count: number }>();
  const publishWaiters = new Map<number, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const at = performance.now();
    if (params.uri !== articleUri || params.version === undefined) return;
    published.set(params.version, { at, count: params.diagnostics.length });
    publishWaiters.get(params.version)?.();
  });

  let indexTitle: string | undefined;
  let indexMessage: string | undefined;
  const progressTokens = new Map<string | number, string>();
  const indexEnded = new Promise<number>((resolve) => {
    connection.onNotification('$/progress', (params: { token: string | number; value: ProgressValue }) => {
      if (params.value.kind === 'begin') progressTokens.set(params.token, params.value.title ?? '');
      const title = progressTokens.get(params.token) ?? '';
      if (!/index/i.test(title)) return;
      indexTitle = title;
      if (params.value.message) indexMessage = params.value.message;
      if (params.value.kind === 'end') resolve(performance.now());
    });
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();

  try {
    const workspaceUri = URI.file(options.workspaceFolder).toString();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
      },
    });
    const initializedAt = performance.now();
    await connection.sendNotification('initialized', {});
    const indexEndAt = await withTimeout(
      indexEnded,
      options.indexTimeoutMs,
      () => `the server's index progress did not end within ${options.indexTimeoutMs} ms\n${serverErrors}`,
    );

    const openSentAt = performance.now();
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: articleUri, languageId: 'markdown', version: 1, text },
    });
    const opened = await waitForPublish(1, options.publishTimeoutMs);
    if (!opened) throw new Error(`no diagnostics for the opened article within ${options.publishTimeoutMs} ms\n${serverErrors}`);

    const latenciesMs: number[] = [];
    let missed = 0;
    for (let edit = 0; edit < options.edits; edit++) {
      const version = edit + 2;
      const character = typingLine.endCharacter + edit;
      const sentAt = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: articleUri, version },
        contentChanges: [
          {
            range: { start: { line: typingLine.line, character }, end: { line: typingLine.line, character } },
            text: TYPED_TEXT[edit % TYPED_TEXT.length],
          },
        ],
      });
      const publish = await waitForPublish(version, options.publishTimeoutMs);
      if (publish) latenciesMs.push(publish.at - sentAt);
      else missed++;
      const pause = sentAt + options.spacingMs - performance.now();
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    }

    return {
      articlePath,
      articleBytes: Buffer.byteLength(text),
      indexMs: indexEndAt - initializedAt,
      indexedFiles: indexTitle ? indexMessage : undefined,
      openMs: opened.at - openSentAt,
      latenciesMs,
      missed,
      diagnosticsOnArticle: published.get(options.edits + 1)?.count ?? opened.count,
      serverPeakRssMiB: peakRssMiB(child.pid),
    };
  } finally {
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

  function waitForPublish(version: number, timeoutMs: number): Promise<{ at: number; count: number } | undefined> {
    const known = published.get(version);
    if (known) return Promise.resolve(known);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        publishWaiters.delete(version);
        resolve(undefined);
      }, timeoutMs);
      publishWaiters.set(version, () => {
        clearTimeout(timer);
        publishWaiters.delete(version);
        resolve(published.get(version));
      });
    });
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

function peakRssMiB(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
