// The worker pool: every file of a batch gets exactly one outcome, whatever the workers send. On a
// loaded machine a worker replaced for its time budget can still deliver answers it sent before it
// stopped; counting those too ended a VBA-Docs run early, most of its files never reported.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LintPool } from '../../../server/src/parallel/pool.js';
import type { ProcessedFile } from '../../../server/src/parallel/process-file.js';

const WORKER = new URL('../../fixtures/workers/scripted-worker.mjs', import.meta.url);
const FILES = ['/ws/a-stuck.md', ...Array.from({ length: 12 }, (_, index) => `/ws/file-${String(index).padStart(2, '0')}.md`)];

function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

function pool(answerAfterMs: number, timeBudgetMs: number): LintPool {
  return new LintPool({
    setup: { answerAfterMs } as never,
    size: 1,
    workerScript: WORKER,
    timeBudgetMs,
    fix: false,
    severityFor: () => 'warning',
  });
}

describe('LintPool (parallel/pool.ts)', () => {
  it('reports a file past its budget once and checks the files queued behind it in a fresh worker', { timeout: 20_000 }, async () => {
    const lintPool = pool(0, 300);
    const outcomes: ProcessedFile[] = [];
    await lintPool.lint(FILES, (outcome) => outcomes.push(outcome)).finally(() => lintPool.close());
    assert.deepEqual(outcomes.map((outcome) => outcome.path).sort(), FILES);
    assert.deepEqual(
      outcomes.filter((outcome) => outcome.timedOut).map((outcome) => [outcome.path, outcome.findings[0]?.ruleId]),
      [['/ws/a-stuck.md', 'file-time-budget']],
    );
  });

  it('ignores the answers a replaced worker sent before it stopped: one outcome per file, none lost', { timeout: 20_000 }, async () => {
    // A started worker answers the files behind the stuck one 200 ms after it gets them. The main
    // thread is busy from 150 ms to 550 ms (after its poll for messages), so when it is free the
    // watchdog runs first and replaces the worker, and only then are the old worker's answers read.
    const lintPool = pool(200, 300);
    lintPool.warmUp();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const outcomes: ProcessedFile[] = [];
    const batch = lintPool.lint(FILES, (outcome) => outcomes.push(outcome)).finally(() => lintPool.close());
    await new Promise((resolve) => setTimeout(resolve, 150));
    setImmediate(() => busyFor(400));
    await batch;
    assert.deepEqual(outcomes.map((outcome) => outcome.path).sort(), FILES);
    assert.equal(outcomes.filter((outcome) => outcome.timedOut).length, 1);
  });
});
