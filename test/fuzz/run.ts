// `npm run fuzz`: the long fuzz run. FUZZ_RUNS (default 5000) and FUZZ_SEED (default: random) come
// from the environment; the seed is printed first, and a failure prints the shrunk counterexample
// with the seed and path that replay it exactly.
import fc from 'fast-check';
import { linterProperty } from './properties.js';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 0x7fffffff);
const path = process.env.FUZZ_PATH;

console.log(`guidance-lint fuzz: ${runs} runs, seed ${seed}${path ? `, path ${path}` : ''}`);
const started = Date.now();
const details = fc.check(linterProperty, { numRuns: runs, seed, ...(path ? { path } : {}), endOnFailure: false });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (details.failed) {
  console.log(`FAILED after ${details.numRuns} runs (${details.numShrinks} shrinks, ${seconds} s).`);
  console.log(`Counterexample: ${JSON.stringify(details.counterexample?.[0])}`);
  console.log(`Reason:\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  console.log(`Replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${JSON.stringify(details.counterexamplePath)} FUZZ_RUNS=${runs} npm run fuzz`);
  process.exitCode = 1;
} else {
  console.log(`OK: ${details.numRuns} runs in ${seconds} s.`);
}
