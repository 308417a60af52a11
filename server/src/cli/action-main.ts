// The GitHub Action's entry (dist/action.mjs, called by action.yml): runs dist/cli.mjs beside it
// with the arguments the action's inputs ask for, passing its output and exit code through.
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAction } from './github-action.js';

const cli = fileURLToPath(new URL('./cli.mjs', import.meta.url));

runAction({
  env: process.env,
  readEvent: () => (process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) : undefined),
  run: (args) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 2 : 0)));
    }),
  stderr: (text) => process.stderr.write(text),
  appendOutput: (path, text) => appendFileSync(path, text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`guidance-lint action: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
