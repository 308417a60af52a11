// The editor figure of the benchmark: the built language server over stdio with a docs repository
// as its workspace; after its background index is built, a ~20 KB article is opened and typed
// into, one character per didChange, and each edit is timed until its publishDiagnostics arrives.
import { performance } from 'node:perf_hooks';
import { type ArticleSessionOptions, startArticleSession } from './lsp-session.js';

export type EditorLatencyOptions = ArticleSessionOptions;

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
  const { articlePath, text, typing, server, initializedAt } = await startArticleSession(options);
  try {
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
