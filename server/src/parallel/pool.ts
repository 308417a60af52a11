// A pool of lint workers: files are handed out a few at a time per worker, results come back as
// each file is done, and a file that runs past its time budget (or kills its worker) becomes a
// finding while the rest of the run goes on in a fresh worker. The language server keeps one pool
// alive for its open documents: batches of one file each, with their unsaved text.
import { Worker } from 'node:worker_threads';
import { fileTimeBudget, internalError } from '../engine/rules/engine-rules.js';
import type { Finding, SeveritySetting } from '../engine/types.js';
import type { ProcessedFile } from './process-file.js';
import type { FromWorker, LintJob, LintSetup, SharedIndex, ToWorker, WorkerStart } from './protocol.js';

/** The CLI's default `--time-budget`, which the language server applies too. */
export const DEFAULT_TIME_BUDGET_MS = 10_000;

export interface PoolOptions {
  setup: LintSetup;
  /** The run's index, built once (`shared-index.ts`): workers start from it instead of each building their own. */
  index?: SharedIndex;
  /** Each worker's V8 old-space limit (`workerHeapLimitMb`); V8's default when absent. */
  heapLimitMb?: number;
  /** Number of worker threads. */
  size: number;
  /** The bundled worker script (dist/lint-worker.mjs). */
  workerScript: URL | string;
  /** A file still being checked after this long is stopped and reported. */
  timeBudgetMs: number;
  /** Apply safe fixes and write the files (--fix). */
  fix: boolean;
  /** The configured severity of the pool's own findings (time budget, crashed worker) for a file. */
  severityFor: (ruleId: string, path: string) => SeveritySetting;
  /** Files sent ahead to each worker, so it never waits for the main thread between files (default 4). */
  inFlightPerWorker?: number;
  /** Messages a fresh worker gets before any file: the state the workers share (unsaved documents). */
  initialMessages?: () => ToWorker[];
  /** What the engine says in a worker that is not a finding. */
  onNotice?: (message: string) => void;
}

/** The configuration is invalid: the run cannot go on. */
export class PoolConfigError extends Error {}

const IN_FLIGHT_PER_WORKER = 4;
const WATCHDOG_INTERVAL_MS = 100;

interface PendingJob extends LintJob {
  id: number;
}

interface WorkerSlot {
  worker: Worker;
  ready: boolean;
  inFlight: PendingJob[];
  /** When the worker started on the file at the head of `inFlight`. */
  headStartedAt: number;
}

export class LintPool {
  private readonly slots: WorkerSlot[] = [];
  private pending: PendingJob[] = [];
  /** Jobs of the batch without an outcome yet: each gets exactly one, whatever a worker sends. */
  private outstanding = new Set<number>();
  private nextId = 0;
  private onOutcome: (outcome: ProcessedFile) => void = () => undefined;
  private settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(private readonly options: PoolOptions) {}

  /** Checks `jobs` (paths, or paths with text), calling `onOutcome` for each file as it completes (in completion order). */
  lint(jobs: ReadonlyArray<string | LintJob>, onOutcome: (outcome: ProcessedFile) => void): Promise<void> {
    if (this.settle) throw new Error('The pool is already running a batch.');
    this.onOutcome = onOutcome;
    this.pending = jobs.map((job) => ({ id: this.nextId++, ...(typeof job === 'string' ? { path: job } : job) }));
    this.outstanding = new Set(this.pending.map((job) => job.id));
    if (jobs.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
      this.spawnUpTo(Math.min(this.options.size, jobs.length));
      for (const slot of this.slots) this.fill(slot);
      this.watchdog = setInterval(() => this.checkBudgets(), WATCHDOG_INTERVAL_MS);
    });
  }

  /** Starts the workers ahead of the first batch, so their start-up (and index) is paid before a file waits. */
  warmUp(): void {
    this.spawnUpTo(this.options.size);
  }

  /** Sends every live worker a change of the state they share; fresh workers get it from `initialMessages`. */
  broadcast(message: ToWorker): void {
    for (const slot of this.slots) slot.worker.postMessage(message);
  }

  /** Stops handing out files; the batch resolves once the files already sent are done. */
  cancel(): void {
    for (const job of this.pending) this.outstanding.delete(job.id);
    this.pending = [];
    this.finishIfDone();
  }

  /** Stops the workers; a batch still running ends without the files not yet done. */
  async close(): Promise<void> {
    clearInterval(this.watchdog);
    this.pending = [];
    const settle = this.settle;
    this.settle = undefined;
    settle?.resolve();
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private spawnUpTo(count: number): void {
    while (this.slots.length < count) this.slots.push(this.spawn());
  }

  private spawn(): WorkerSlot {
    const workerData: WorkerStart = { setup: this.options.setup, ...(this.options.index ? { index: this.options.index } : {}) };
    const { heapLimitMb } = this.options;
    const worker = new Worker(this.options.workerScript, {
      workerData,
      ...(heapLimitMb ? { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } } : {}),
    });
    for (const message of this.options.initialMessages?.() ?? []) worker.postMessage(message);
    const slot: WorkerSlot = { worker, ready: false, inFlight: [], headStartedAt: Date.now() };
    worker.on('message', (message: FromWorker) => this.receive(slot, message));
    worker.on('error', (error) => this.workerDied(slot, error.message));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) this.workerDied(slot, `the worker exited with code ${code}`);
    });
    return slot;
  }

  private receive(slot: WorkerSlot, message: FromWorker): void {
    if (message.type === 'notice') {
      this.options.onNotice?.(message.message);
      return;
    }
    if (message.type === 'ready') {
      slot.ready = true;
      slot.headStartedAt = Date.now();
      return;
    }
    if (message.type === 'config-error') {
      this.fail(new PoolConfigError(message.message));
      return;
    }
    // A replaced worker's answers can still arrive (sent before it stopped): its files were reported
    // or handed to a fresh worker, whose answer counts.
    if (!this.slots.includes(slot)) return;
    const index = slot.inFlight.findIndex((entry) => entry.id === message.id);
    if (index === -1) return;
    slot.inFlight.splice(index, 1);
    slot.headStartedAt = Date.now();
    const outcome =
      message.type === 'result'
        ? message.outcome
        : {
            path: message.path,
            findings: this.engineFindings(message.path, internalError.id, `Checking this file failed: ${message.message}`),
            fixed: [],
          };
    this.complete(message.id, outcome);
    this.fill(slot);
  }

  private fill(slot: WorkerSlot): void {
    while (slot.inFlight.length < (this.options.inFlightPerWorker ?? IN_FLIGHT_PER_WORKER) && this.pending.length > 0) {
      // The bytes go with the file, once: should the worker die, the file is read again by the next.
      const { bytes, ...next } = this.pending.shift()!;
      // An idle worker starts on this file now: time spent waiting for work is not the file's.
      if (slot.inFlight.length === 0 && slot.ready) slot.headStartedAt = Date.now();
      slot.inFlight.push(next);
      const message: ToWorker = {
        type: 'lint',
        id: next.id,
        path: next.path,
        ...(next.text !== undefined ? { text: next.text } : {}),
        ...(bytes ? { bytes } : {}),
        fix: this.options.fix,
      };
      // Moved, not copied, when the bytes own their buffer: this thread keeps no copy.
      const ownsBuffer =
        bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      slot.worker.postMessage(message, ownsBuffer ? [bytes.buffer as ArrayBuffer] : []);
    }
  }

  private checkBudgets(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (slot.ready && slot.inFlight.length > 0 && now - slot.headStartedAt > this.options.timeBudgetMs) {
        const seconds = (this.options.timeBudgetMs / 1000).toFixed(1);
        this.replace(slot, `Checking this file took longer than ${seconds} s and was stopped; it was not checked.`, fileTimeBudget.id);
      }
    }
  }

  private workerDied(slot: WorkerSlot, reason: string): void {
    if (!this.slots.includes(slot)) return;
    this.replace(slot, `Checking this file stopped its worker (${reason}); it was not checked.`, internalError.id);
  }

  /** Reports the file at the head of a stuck or dead worker, and gives its other files to a fresh worker. */
  private replace(slot: WorkerSlot, message: string, ruleId: string): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    const [head, ...rest] = slot.inFlight;
    slot.inFlight = [];
    this.pending.unshift(...rest);
    if (head)
      this.complete(head.id, {
        path: head.path,
        findings: this.engineFindings(head.path, ruleId, message),
        fixed: [],
        ...(ruleId === fileTimeBudget.id ? { timedOut: true } : {}),
      });
    if (this.settle && (this.pending.length > 0 || this.slots.length === 0) && this.outstanding.size > 0) {
      const fresh = this.spawn();
      this.slots.push(fresh);
      this.fill(fresh);
    }
  }

  private complete(id: number, outcome: ProcessedFile): void {
    if (!this.outstanding.delete(id)) return;
    try {
      this.onOutcome(outcome);
    } finally {
      // A failing callback must not leave the batch waiting forever.
      this.finishIfDone();
    }
  }

  private finishIfDone(): void {
    if (this.outstanding.size > 0 || !this.settle) return;
    clearInterval(this.watchdog);
    const { resolve } = this.settle;
    this.settle = undefined;
    resolve();
  }

  /** A finding the pool itself makes, at the severity configured for the file (none when off). */
  private engineFindings(file: string, ruleId: string, message: string): Finding[] {
    const severity = this.options.severityFor(ruleId, file);
    if (severity === 'off') return [];
    const start = { line: 1, column: 1, offset: 0 };
    return [{ file, ruleId, severity, message, range: { start, end: start } }];
  }

  private fail(error: Error): void {
    if (!this.settle) return;
    clearInterval(this.watchdog);
    const { reject } = this.settle;
    this.settle = undefined;
    this.pending = [];
    reject(error);
  }
}
