// The big-repository figures of issue 17, in one session of the built language server with a large
// docs repository as its workspace, driven as a writer would:
// 1. `initialized` and, at once, didOpen of an article (before the index is built): the time to the
//    article's first diagnostics, and to its re-check once the index is ready;
// 2. once indexed, Validate Repository (`workspace/executeCommand` with a work-done token): the time
//    to the first published diagnostics of another file and the "N of M files" progress messages;
// 3. while it runs, typing into the open article: each keystroke's time to its diagnostics;
// 4. once it is done (the repository's findings shown, ~100,000 on VBA-Docs), typing again.
import { performance } from 'node:perf_hooks';
import { type ArticleSessionOptions, type BenchServer, type ProgressEvent, startArticleSession, type TypingPlace } from './lsp-session.js';

export interface BigRepositoryOptions extends ArticleSessionOptions {
  validateTimeoutMs: number;
  /** Each step's figure as soon as it is known (a run takes minutes). */
  onStep?: (line: string) => void;
}

export interface TypingFigure {
  latenciesMs: number[];
  /** Edits whose publish did not arrive within the timeout. */
  missed: number;
}

export interface BigRepositoryResult {
  articlePath: string;
  articleBytes: number;
  /** From `initialized` (didOpen sent right after it) to the article's first publish. */
  openToFirstPublishMs: number | undefined;
  /** From `initialized` to the end of the server's indexing progress. */
  indexMs: number;
  indexMessage: string | undefined;
  /** Publishes of the opened article (version 1) that arrived before the index was ready, and the first after. */
  /** Every publish of the opened article before it was edited (version 1): its time from `initialized` and its count of diagnostics. */
  openPublishes: Array<{ ms: number; count: number }>;
  validate: {
    totalMs: number;
    summary: unknown;
    /** From the command to the first publish for a file other than the open article. */
    firstOtherFileMs: number | undefined;
    firstOtherFileWithFindingsMs: number | undefined;
    /** From the command to the first "N of M files" progress message, and that message. */
    firstCountMs: number | undefined;
    firstCount: string | undefined;
    countMessages: number;
    lastCount: string | undefined;
    /** Every progress message with its time from the command, for the log. */
    messages: Array<{ ms: number; message: string }>;
    /** Publishes of the open article for a version older than one already published (stale results shown over newer ones). */
    stalePublishesOfOpenArticle: number;
  };
  typingDuringValidation: TypingFigure;
  diagnosticsShown: number;
  filesWithDiagnostics: number;
  typingWithDiagnostics: TypingFigure;
  /** Diagnostics a client visits to keep a status bar count, over the whole session: recounting all of them on each publish, or only the published file's. */
  statusBarWork: { recountAll: number; recountFile: number };
  serverPeakRssMiB: number | undefined;
}

const VALIDATE_COMMAND = 'guidanceLint.validateWorkspace';
const VALIDATE_TOKEN = 'bench-validate-repository';
/** While Validate Repository runs, edits come in bursts with pauses between, so they sample the whole run. */
const BURST_PAUSE_MS = 4000;
const COUNT_MESSAGE = /^\d+ of \d+ files/;

export async function measureBigRepository(options: BigRepositoryOptions): Promise<BigRepositoryResult> {
  const { articlePath, text, typing, server, initializedAt } = await startArticleSession(options);
  try {
    await server.open(typing.uri, text);
    const firstOpenPublish = await server.publishOf(typing.uri, 1, options.indexTimeoutMs);
    const indexEnd = await server.waitFor(
      () => server.indexProgress().find((event) => event.kind === 'end'),
      options.indexTimeoutMs,
      "the end of the server's index progress",
    );
    const step = options.onStep ?? (() => undefined);
    step(
      `article's first diagnostics ${firstOpenPublish ? (firstOpenPublish.at - initializedAt).toFixed(0) : 'never'} ms after initialized; index ready after ${((indexEnd.at - initializedAt) / 1000).toFixed(1)} s`,
    );
    // The full check of the article may come a little after the main thread's index.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const openPublishes = (server.publishes.get(typing.uri) ?? [])
      .filter((publish) => publish.version === 1)
      .map((publish) => ({ ms: publish.at - initializedAt, count: publish.count }));

    const validation = await validateWhileTyping(server, typing, options);
    step(
      `Validate Repository done in ${(validation.figures.totalMs / 1000).toFixed(1)} s; first other file ${validation.figures.firstOtherFileMs?.toFixed(0) ?? 'never'} ms; ${validation.typing.latenciesMs.length} edits while it ran`,
    );
    const diagnosticsShown = server.diagnosticsShown();
    const filesWithDiagnostics = [...server.publishes.values()].filter((list) => (list.at(-1)?.count ?? 0) > 0).length;
    const typingWithDiagnostics = await server.type(typing, options.edits, options);
    return {
      articlePath,
      articleBytes: Buffer.byteLength(text),
      openToFirstPublishMs: firstOpenPublish ? firstOpenPublish.at - initializedAt : undefined,
      indexMs: indexEnd.at - initializedAt,
      indexMessage: server.indexProgress().findLast((event) => event.message !== undefined)?.message,
      openPublishes,
      validate: validation.figures,
      typingDuringValidation: validation.typing,
      diagnosticsShown,
      filesWithDiagnostics,
      typingWithDiagnostics,
      statusBarWork: { ...server.statusBarWork },
      serverPeakRssMiB: server.peakRssMiB(),
    };
  } finally {
    await server.close();
  }
}

async function validateWhileTyping(
  server: BenchServer,
  typing: TypingPlace,
  options: BigRepositoryOptions,
): Promise<{ figures: BigRepositoryResult['validate']; typing: TypingFigure }> {
  const startedAt = performance.now();
  let finished = false;
  const response = server.connection
    .sendRequest('workspace/executeCommand', { command: VALIDATE_COMMAND, arguments: [], workDoneToken: VALIDATE_TOKEN })
    .finally(() => (finished = true));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Validate Repository did not end within ${options.validateTimeoutMs} ms`)),
      options.validateTimeoutMs,
    );
  });

  const typed: TypingFigure = { latenciesMs: [], missed: 0 };
  const typingDone = (async () => {
    while (!finished) {
      const burst = await server.type(typing, options.edits, { ...options, keepGoing: () => !finished });
      typed.latenciesMs.push(...burst.latenciesMs);
      typed.missed += burst.missed;
      const pauseUntil = performance.now() + BURST_PAUSE_MS;
      while (!finished && performance.now() < pauseUntil) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  let summary: unknown;
  try {
    summary = await Promise.race([response, timeout]);
  } finally {
    clearTimeout(timer);
  }
  await typingDone;
  const totalMs = performance.now() - startedAt;

  const others = [...server.publishes].filter(([uri]) => uri !== typing.uri).flatMap(([, list]) => list);
  const firstAt = (publishes: Array<{ at: number }>) => {
    const times = publishes.map((publish) => publish.at).filter((at) => at >= startedAt);
    return times.length > 0 ? Math.min(...times) - startedAt : undefined;
  };
  const events: ProgressEvent[] = server.progress.get(VALIDATE_TOKEN) ?? [];
  const counts = events.filter((event) => event.message !== undefined && COUNT_MESSAGE.test(event.message));
  let newest = 0;
  let stale = 0;
  for (const publish of server.publishes.get(typing.uri) ?? []) {
    if (publish.version === undefined) continue;
    if (publish.version < newest) stale++;
    newest = Math.max(newest, publish.version);
  }
  return {
    figures: {
      totalMs,
      summary,
      firstOtherFileMs: firstAt(others),
      firstOtherFileWithFindingsMs: firstAt(others.filter((publish) => publish.count > 0)),
      firstCountMs: counts[0] ? counts[0].at - startedAt : undefined,
      firstCount: counts[0]?.message,
      countMessages: counts.length,
      lastCount: counts.at(-1)?.message,
      messages: events.flatMap((event) => (event.message ? [{ ms: event.at - startedAt, message: event.message }] : [])),
      stalePublishesOfOpenArticle: stale,
    },
    typing: typed,
  };
}
