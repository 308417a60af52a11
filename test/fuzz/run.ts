// `npm run fuzz`: the long fuzz run. FUZZ_RUNS (default 5000) and FUZZ_SEED (default: random) come
// from the environment; the seed is printed first, and a failure prints the shrunk counterexample
// with the seed and path that replay it exactly. FUZZ_PROPERTY picks one property (text or bytes).
import fc from 'fast-check';
import { fixedBytesProperty, linterProperty } from './properties.js';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 0x7fffffff);
const path = process.env.FUZZ_PATH;
const properties = { text: linterProperty, bytes: fixedBytesProperty };
const chosen = process.env.FUZZ_PROPERTY;
const names = chosen ? [chosen as keyof typeof properties] : (Object.keys(properties) as Array<keyof typeof properties>);

for (const name of names) {
  console.log(`guidance-lint fuzz (${name}): ${runs} runs, seed ${seed}${path ? `, path ${path}` : ''}`);
  const started = Date.now();
  const details = fc.check(properties[name] as fc.IProperty<[unknown]>, {
    numRuns: runs,
    seed,
    ...(path ? { path } : {}),
    endOnFailure: false,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    console.log(`FAILED after ${details.numRuns} runs (${details.numShrinks} shrinks, ${seconds} s).`);
    const counterexample = details.counterexample?.[0];
    console.log(
      `Counterexample: ${counterexample instanceof Uint8Array ? `bytes ${JSON.stringify([...counterexample])}` : JSON.stringify(counterexample)}`,
    );
    console.log(`Reason:\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
    console.log(
      `Replay: FUZZ_PROPERTY=${name} FUZZ_SEED=${details.seed} FUZZ_PATH=${JSON.stringify(details.counterexamplePath)} FUZZ_RUNS=${runs} npm run fuzz`,
    );
    process.exitCode = 1;
  } else {
    console.log(`OK: ${details.numRuns} runs in ${seconds} s.`);
  }
}
