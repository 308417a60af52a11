// guidance-lint-server: the language server for any LSP editor (`--stdio`), and the one the VS Code
// client starts over IPC. The transport comes from the command line (--stdio, --node-ipc, --socket=N).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { GuidanceLanguageServer } from './server.js';

if (process.argv.includes('--help') || process.argv.length <= 2) {
  process.stdout.write('Usage: guidance-lint-server --stdio | --node-ipc | --socket=<port>\nThe Guidance Lint language server.\n');
  process.exit(process.argv.includes('--help') ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);
// The server guards its own callbacks; this is the last line, for an error no guard saw (one in a
// library's callback): the editor loses one answer and gets a log entry, not its linter.
const logUnexpected = (error: unknown) => {
  try {
    connection.console.error(
      `internal-error outside any request: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  } catch {
    // The connection itself is gone: nothing left to tell.
  }
};
process.on('uncaughtException', logUnexpected);
process.on('unhandledRejection', logUnexpected);
new GuidanceLanguageServer(connection).start();
