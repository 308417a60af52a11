// A pool of lint workers: files are handed out a few at a time per worker, results come back as
// each file is done, and a file that runs past its time budget (or kills its worker) becomes a
// finding while the rest of the run goes on in a fresh worker.
import { Worker } from 'node:worker_threads';
import { fileTimeBudget, internalError } from '../engine/rules/engine-rules.js';
import type { Finding, SeveritySetting } from '../engine/types.js';
import type { ProcessedFile } from './process-file.js';
import type { FromWorker, LintSetup, ToWorker } from './protocol.js';


export interface PoolOptions {
  setup: LintSetup;
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
}

/** The configuration is invalid: the run cannot go on. */
export class PoolConfigError extends Error {}

/** Files sent ahead to each worker, so it never waits for the main thread between files. */
const IN_FLIGHT_PER_WORKER = 4;
const WATCHDOG_INTERVAL_MS = 100;

interface WorkerSlot {
  worker: Worker;
  ready: boolean;
  inFlight: Array<{ id: number; path: string }>;
  /** When the worker started on the file at the head of `inFlight`. */
  headStartedAt: number;
}

export class LintPool {
  private readonly slots: WorkerSlot[] = [];
  private pending: Array<{ id: number; path: string }> = [];
  private remaining = 0;
  private nextId = 0;
  private onOutcome: (outcome: ProcessedFile) => void = () => undefined;
  private settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(private readonly options: PoolOptions) {}

  /** Checks `paths`, calling `onOutcome` for each file as it completes (in completion order). */
  lint(paths: string[], onOutcome: (outcome: ProcessedFile) => void): Promise<void> {
    if (this.settle) throw new Error('The pool is already running a batch.');
    this.onOutcome = onOutcome;
    this.pending = paths.map((path) => ({ id: this.nextId++, path }));
    this.remaining = paths.length;
    if (paths.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
      while (this.slots.length < Math.min(this.options.size, paths.length)) this.slots.push(this.spawn());
      for (const slot of this.slots) this.fill(slot);
      this.watchdog = setInterval(() => this.checkBudgets(), WATCHDOG_INTERVAL_MS);
    });
  }

  /** Stops handing out files; the batch resolves once the files already sent are done. */
  cancel(): void {
    this.remaining -= this.pending.length;
    this.pending = [];
    this.finishIfDone();
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private spawn(): WorkerSlot {
    const worker = new Worker(this.options.workerScript, { workerData: this.options.setup });
    const slot: WorkerSlot = { worker, ready: false, inFlight: [], headStartedAt: Date.now() };
    worker.on('message', (message: FromWorker) => this.receive(slot, message));
    worker.on('error', (error) => this.workerDied(slot, error.message));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) this.workerDied(slot, `the worker exited with code ${code}`);
    });
    return slot;
  }

  private receive(slot: WorkerSlot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      slot.headStartedAt = Date.now();
      return;
    }
    if (message.type === 'config-error') {
      this.fail(new PoolConfigError(message.message));
      return;
    }
    const index = slot.inFlight.findIndex((entry) => entry.id === message.id);
    if (index === -1) return;
    slot.inFlight.splice(index, 1);
    slot.headStartedAt = Date.now();
    const outcome =
      message.type === 'result'
        ? message.outcome
        : { path: message.path, findings: this.engineFindings(message.path, internalError.id, `Checking this file failed: ${message.message}`), fixed: [] };
    this.complete(outcome);
    this.fill(slot);
  }

  private fill(slot: WorkerSlot): void {
    while (slot.inFlight.length < IN_FLIGHT_PER_WORKER && this.pending.length > 0) {
      const next = this.pending.shift()!;
      slot.inFlight.push(next);
      slot.worker.postMessage({ type: 'lint', id: next.id, path: next.path, fix: this.options.fix } satisfies ToWorker);
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
    this.pending.unshift(...rest);
    if (head) this.complete({ path: head.path, findings: this.engineFindings(head.path, ruleId, message), fixed: [] });
    if (this.settle && (this.pending.length > 0 || this.slots.length === 0) && this.remaining > 0) {
      const fresh = this.spawn();
      this.slots.push(fresh);
      this.fill(fresh);
    }
  }

  private complete(outcome: ProcessedFile): void {
    this.remaining--;
    this.onOutcome(outcome);
    this.finishIfDone();
  }

  private finishIfDone(): void {
    if (this.remaining > 0 || !this.settle) return;
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
