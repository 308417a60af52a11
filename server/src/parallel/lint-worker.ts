// A lint worker thread: builds the run's Linter once, then checks (and under --fix, fixes) the
// files it is sent, one at a time, answering each with its findings.
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../engine/config/config.js';
import { NodeFileSystem } from '../engine/workspace/file-system.js';
import { createRunLinter } from './linter-setup.js';
import { processFile } from './process-file.js';
import type { FromWorker, LintSetup, ToWorker } from './protocol.js';

const port = parentPort!;
const fs = new NodeFileSystem();
const setup = workerData as LintSetup;
const linter = createRunLinter(fs, setup);
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', async (message: ToWorker) => {
  try {
    await linter.loadPlugins([message.path]);
    send({ type: 'result', id: message.id, outcome: processFile(linter, fs, message.path, message.fix, setup.trackDependencies) });
  } catch (error) {
    if (error instanceof ConfigError) send({ type: 'config-error', id: message.id, message: error.message });
    else send({ type: 'crash', id: message.id, path: message.path, message: error instanceof Error ? error.message : String(error) });
  }
});
send({ type: 'ready' });
