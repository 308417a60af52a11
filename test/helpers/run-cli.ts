// Runs the CLI in process, as a terminal or CI would (no TTY, an empty environment, the tests'
// today), and collects what it prints.
import { type CliIo, runCli } from '../../server/src/cli/run.js';
import type { FileSystem } from '../../server/src/engine/fs/file-system.js';
import { TEST_TODAY } from './rule-tester.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCollecting(
  args: string[],
  fs: FileSystem,
  io: Partial<Omit<CliIo, 'stdout' | 'stderr' | 'fs'>> & { cwd: string },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    fs,
    env: {},
    stdoutIsTTY: false,
    today: TEST_TODAY,
    ...io,
  });
  return { code, stdout, stderr };
}
