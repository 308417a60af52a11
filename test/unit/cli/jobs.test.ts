// --jobs asks for worker threads; each holds its own copy of the workspace index, so more of them
// than cores only costs memory (`--jobs 1000` once started 67 workers and 4–6 GB). The pool here runs
// a stand-in worker script that records each worker it starts; asked to build the run's index
// first, it ends without one (each checking worker then builds its own).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../../server/src/cli/run.js';
import { NodeFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

const FILES = 400;
const CORES = 2;

describe('--jobs', () => {
  let base: string;
  let startedLog: string;
  let script: URL;

  before(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-jobs-')));
    mkdirSync(join(base, 'repo/.git'), { recursive: true });
    for (let index = 0; index < FILES; index++) writeFileSync(join(base, `repo/a${index}.md`), '# A\n');
    startedLog = join(base, 'started.log');
    writeFileSync(startedLog, '');
    const source = [
      `import { appendFileSync } from 'node:fs';`,
      `import { parentPort, workerData } from 'node:worker_threads';`,
      `appendFileSync(${JSON.stringify(startedLog)}, (workerData.buildIndex ? 'index' : 'lint') + '\\n');`,
      `if (workerData.buildIndex) process.exit(0);`,
      `parentPort.on('message', (message) => parentPort.postMessage({ type: 'result', id: message.id, outcome: { path: message.path, findings: [], fixed: [] } }));`,
      `parentPort.postMessage({ type: 'ready' });`,
    ].join('\n');
    writeFileSync(join(base, 'worker.mjs'), source);
    script = pathToFileURL(join(base, 'worker.mjs'));
  });

  after(() => rmSync(base, { recursive: true, force: true }));

  it('starts no more workers than there are cores, however many are asked for', async () => {
    let stderr = '';
    const code = await runCli(['--jobs', '1000'], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      cwd: join(base, 'repo'),
      fs: new NodeFileSystem(),
      env: {},
      stdoutIsTTY: false,
      today: TEST_TODAY,
      workers: { script, cores: CORES },
    });
    assert.equal(code, 0, stderr);
    const started = readFileSync(startedLog, 'utf8').trim().split('\n');
    const checking = started.filter((role) => role === 'lint').length;
    assert.ok(checking > 0 && checking <= CORES, `${checking} checking workers started`);
    // The index worker ends before any checking worker starts.
    assert.deepEqual(started.slice(0, started.length - checking), ['index']);
  });
});
