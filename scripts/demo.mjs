// `npm run demo`: checks the example docset with the built CLI. Findings are what the demo is
// for, so exit code 1 (findings) counts as success here; 2 (usage or config error) does not.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['dist/cli.mjs', 'examples/docset', ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status === 0 || result.status === 1) {
  console.log('\nDemo done: these are the findings for examples/docset. Try `node dist/cli.mjs <your docs folder>`.');
  process.exit(0);
}
process.exit(result.status ?? 2);
