// The editor figure of the benchmark: the built language server over stdio with a docs repository
// as its workspace; after its background index is built, a ~20 KB article is opened and typed
// into, one character per didChange, and each edit is timed until its publishDiagnostics arrives.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { articleNearSize, BenchServer, typingPlace } from './lsp-session.js';

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

export async function measureEditorLatency(options: EditorLatencyOptions): Promise<EditorLatencyResult> {
  const articlePath = options.articlePath ?? articleNearSize(options.workspaceFolder, options.articleBytes);
  const text = readFileSync(articlePath, 'utf8');
  const typing = typingPlace(articlePath, text);
  const server = new BenchServer(options.serverPath);
  try {
    await server.initialize(options.workspaceFolder);
    const initializedAt = performance.now();
    await server.connection.sendNotification('initialized', {});
    const indexEnd = await server.waitFor(
      () => server.indexProgress().find((event) => event.kind === 'end'),
      options.indexTimeoutMs,
      "the end of the server's index progress",
    );

    const openSentAt = performance.now();
    await server.open(typing.uri, text);
    const opened = await server.publishOf(typing.uri, 1, options.publishTimeoutMs);
    if (!opened) throw new Error(`no diagnostics for the opened article within ${options.publishTimeoutMs} ms\n${server.stderr}`);

    const { latenciesMs, missed } = await server.type(typing, options.edits, options);
    const lastMessage = server.indexProgress().findLast((event) => event.message !== undefined)?.message;
    return {
      articlePath,
      articleBytes: Buffer.byteLength(text),
      indexMs: indexEnd.at - initializedAt,
      indexedFiles: lastMessage,
      openMs: opened.at - openSentAt,
      latenciesMs,
      missed,
      diagnosticsOnArticle: server.publishes.get(typing.uri)?.at(-1)?.count ?? opened.count,
      serverPeakRssMiB: server.peakRssMiB(),
    };
  } finally {
    await server.close();
  }
}
