// Checks open documents (and the closed files their edits affect) off the server's main thread, in
// a lint worker with the CLI's per-file time budget: a check that never ends is abandoned (the
// worker is terminated and replaced, and the file gets a file-time-budget finding), while hover,
// completion and definition keep being answered on the main thread.
//
// Cross-file state. The worker keeps its own workspace index and its own copy of the unsaved
// documents; the main thread keeps the index the editor features and re-check decisions use. They
// cannot share memory, so the worker is kept a follower of the main thread: every change the main
// thread applies (a document's text, a closed document, watched files on disk) is posted to the
// worker before any check that follows it, and a worker port delivers messages in order. A check
// therefore sees exactly the state the main thread had when it asked for it. A fresh worker (at
// start, or replacing a stuck one) reads the disk anew and is first sent every unsaved document.
// A change of settings or workspace folders replaces the worker rather than patching it.
//
// Before indexing. That worker summarises the whole workspace before its first check (38,000 files
// take many seconds). Until it has answered once, open documents are also checked in a second
// worker that defers the rules needing the whole index (parallel/before-index.ts): the writer sees
// the document's own findings at once, and the full check follows. The second worker follows the
// main thread the same way; files changed on disk replace it.
import { LineIndex } from '../engine/parse/text.js';
import type { Finding, SeveritySetting } from '../engine/types.js';
import { DEFAULT_TIME_BUDGET_MS, LintPool } from '../parallel/pool.js';
import type { LintSetup, ToWorker } from '../parallel/protocol.js';
import type { Linter } from '../engine/lint.js';

export interface CheckedDocument {
  path: string;
  /** The text checked, for an open document; undefined for a file checked from disk. */
  text: string | undefined;
  /** The document version checked (open documents). */
  version: number | undefined;
  findings: Finding[];
  lines: LineIndex | undefined;
  /** The check failed as a whole (reported through `onError`); `findings` is empty. */
  failed: boolean;
  /** The check ran past the time budget and was stopped. */
  timedOut: boolean;
  /** Checked before the index was built, without the rules that need all of it: the full check of this version follows. */
  beforeIndex: boolean;
}

export interface DocumentChecksOptions {
  /** The bundled worker; undefined when the server runs from sources (checks then run in-process). */
  workerScript: URL | undefined;
  /** How workers build their Linter: the main thread's settings, folders and trust. */
  setup: () => LintSetup;
  /** The main thread's Linter, for checks in-process. */
  linter: () => Linter;
  /** The configured severity of the pool's own findings (never throws, also for a broken configuration). */
  severityFor: (ruleId: string, path: string) => SeveritySetting;
  onChecked: (checked: CheckedDocument) => void;
  onNotice: (message: string) => void;
  /** A check failed as a whole (invalid configuration); the file gets no findings. */
  onError: (error: unknown) => void;
}

/** How long the main worker's start may wait for an early check (see `giveEarlyCheckHeadStart`). */
const EARLY_HEAD_START_MS = 2_000;

interface CheckRequest {
  path: string;
  text: string | undefined;
  version: number | undefined;
}

export class DocumentChecks {
  private pool: LintPool | undefined;
  /** Unsaved text of open documents, as last sent to the workers. */
  private readonly unsaved = new Map<string, string>();
  /**
   * The latest request per file; one check runs at a time, so an edit never waits behind its own
   * stale versions. Open documents go first: a change to docfx.json queues every file of the
   * repository from disk, and typing must not wait behind them.
   */
  private readonly queuedDocuments = new Map<string, CheckRequest>();
  private readonly queuedFiles = new Map<string, CheckRequest>();
  /** Files whose last check ran out of time: they wait while other files are queued, so one hostile file cannot hold them all up. */
  private readonly overBudget = new Set<string>();
  private running = false;
  /** The worker answering open documents until the main one has built its index and answered once. */
  private earlyPool: LintPool | undefined;
  private readonly queuedEarly = new Map<string, CheckRequest>();
  private runningEarly = false;
  /** The main worker has answered a check: its index is built. */
  private indexed = false;
  private headStart: NodeJS.Timeout | undefined;
  private headStartOver = false;

  constructor(private readonly options: DocumentChecksOptions) {}

  /**
   * Starts the workers now, so their start-up (and the main one's index) is paid before a document
   * waits: the early one at once, the main one after the early check's head start.
   */
  warmUp(): void {
    if (!this.options.workerScript) return;
    if (this.indexed) {
      this.getPool().warmUp();
      return;
    }
    this.getEarlyPool().warmUp();
    this.giveEarlyCheckHeadStart();
  }

  /** Checks an open document's text (`text` given) or a file from disk. */
  request(path: string, text: string | undefined, version: number | undefined): void {
    if (text !== undefined && this.unsaved.get(path) !== text) {
      this.unsaved.set(path, text);
      this.pool?.broadcast({ type: 'overlay', path, text });
      this.earlyPool?.broadcast({ type: 'overlay', path, text });
    }
    (text === undefined ? this.queuedFiles : this.queuedDocuments).set(path, { path, text, version });
    if (text !== undefined && !this.indexed && this.options.workerScript) {
      this.queuedEarly.set(path, { path, text, version });
      this.pumpEarly();
    }
    this.pump();
  }

  /** The document was closed: its pending check is dropped and the disk applies again in the worker. */
  closed(path: string): void {
    this.queuedDocuments.delete(path);
    this.queuedEarly.delete(path);
    this.overBudget.delete(path);
    if (this.unsaved.delete(path)) {
      this.pool?.broadcast({ type: 'overlay', path, text: null });
      this.earlyPool?.broadcast({ type: 'overlay', path, text: null });
    }
  }

  /** Files changed on disk. */
  filesChanged(changes: Array<{ path: string; deleted: boolean }>): void {
    this.pool?.broadcast({ type: 'files-changed', changes });
    // Its index cannot work out what a change affects; a fresh one reads the disk anew.
    this.closeEarlyPool();
  }

  /** Settings, trust or workspace folders changed: the next check starts a worker set up anew. */
  reset(): void {
    const pool = this.pool;
    this.pool = undefined;
    this.indexed = false;
    clearTimeout(this.headStart);
    this.headStart = undefined;
    this.headStartOver = false;
    this.closeEarlyPool();
    void pool?.close();
  }

  dispose(): Promise<void> {
    this.queuedDocuments.clear();
    this.queuedFiles.clear();
    this.queuedEarly.clear();
    this.indexed = true;
    clearTimeout(this.headStart);
    this.closeEarlyPool();
    return this.pool?.close() ?? Promise.resolve();
  }

  private getPool(): LintPool {
    this.pool ??= this.editorPool({ buildIndexFirst: true }, this.options.onNotice);
    return this.pool;
  }

  private getEarlyPool(): LintPool {
    this.earlyPool ??= this.editorPool({ checkBeforeIndex: true }, () => undefined);
    return this.earlyPool;
  }

  /** One worker for the editor's open documents, which sees their unsaved text. */
  private editorPool(setup: Partial<LintSetup>, onNotice: (message: string) => void): LintPool {
    return new LintPool({
      setup: { ...this.options.setup(), unsavedDocuments: true, ...setup },
      size: 1,
      inFlightPerWorker: 1,
      workerScript: this.options.workerScript!,
      timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
      fix: false,
      severityFor: this.options.severityFor,
      initialMessages: () => [...this.unsaved].map(([path, text]): ToWorker => ({ type: 'overlay', path, text })),
      onNotice,
    });
  }

  private closeEarlyPool(): void {
    const pool = this.earlyPool;
    this.earlyPool = undefined;
    void pool?.close();
  }

  /** The main worker has built its index and answered: the early worker is no longer needed. */
  private indexBuilt(): void {
    this.indexed = true;
    this.queuedEarly.clear();
    this.closeEarlyPool();
  }

  /**
   * The main worker's start (its index: a core's worth for many seconds) waits a moment for the early
   * check: on two cores it made the writer's first findings a second later. Only a moment: a hostile
   * document can take the early check's whole time budget. True while the head start lasts; the main
   * worker starts when it ends, or with the next check once the early one has answered (`pump`).
   */
  private giveEarlyCheckHeadStart(): boolean {
    if (this.headStartOver) return false;
    this.headStart ??= setTimeout(() => {
      this.headStartOver = true;
      this.getPool().warmUp();
      this.pump();
    }, EARLY_HEAD_START_MS);
    return true;
  }

  private pumpEarly(): void {
    const request = this.queuedEarly.values().next().value;
    if (this.runningEarly || this.indexed || !request) return;
    this.queuedEarly.delete(request.path);
    this.runningEarly = true;
    void this.runEarly(request).finally(() => {
      this.runningEarly = false;
      this.pumpEarly();
      this.pump();
    });
  }

  /**
   * An early check: its findings are published unless the check needs the whole index, ran out of
   * time, or failed (the full check answers for those).
   */
  private async runEarly({ path, text, version }: CheckRequest): Promise<void> {
    const pool = this.getEarlyPool();
    let findings: Finding[] | undefined;
    try {
      await pool.lint([{ path, text: text! }], (outcome) => {
        if (!outcome.deferred && !outcome.timedOut) findings = outcome.findings;
      });
    } catch {
      return;
    }
    if (!findings || this.indexed || pool !== this.earlyPool) return;
    this.options.onChecked({
      path,
      text,
      version,
      findings,
      failed: false,
      timedOut: false,
      beforeIndex: true,
      lines: new LineIndex(text!),
    });
  }

  private pump(): void {
    if (this.running || (this.runningEarly && !this.pool && this.giveEarlyCheckHeadStart())) return;
    const documents = [...this.queuedDocuments.values()];
    const request =
      documents.find((candidate) => !this.overBudget.has(candidate.path)) ?? this.queuedFiles.values().next().value ?? documents[0];
    if (!request) return;
    (request.text === undefined ? this.queuedFiles : this.queuedDocuments).delete(request.path);
    this.running = true;
    void this.run(request).finally(() => {
      this.running = false;
      this.pump();
    });
  }

  private async run(request: CheckRequest): Promise<void> {
    const { path, text, version } = request;
    let findings: Finding[] = [];
    let failed = false;
    let timedOut = false;
    try {
      if (!this.options.workerScript) {
        const linter = this.options.linter();
        findings = (text === undefined ? linter.lintFile(path) : linter.lintText(path, text)).findings;
      } else {
        const pool = this.getPool();
        let checked = false;
        await pool.lint([text === undefined ? path : { path, text }], (outcome) => {
          findings = outcome.findings;
          checked = true;
          timedOut = outcome.timedOut === true;
          if (timedOut) this.overBudget.add(path);
          else this.overBudget.delete(path);
        });
        pool.warmUp();
        // The worker was replaced by a reset while checking: a check with the new settings follows.
        if (!checked) return;
        if (pool === this.pool) this.indexBuilt();
      }
    } catch (error) {
      failed = true;
      this.options.onError(error);
    }
    this.options.onChecked({
      path,
      text,
      version,
      findings,
      failed,
      timedOut,
      beforeIndex: false,
      lines: text === undefined ? undefined : new LineIndex(text),
    });
  }
}
