// guidance-lint-server: the language server for any LSP editor (`--stdio`), and the one the VS Code
// client starts over IPC. The transport comes from the command line (--stdio, --node-ipc, --socket=N).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { GuidanceLanguageServer } from './server.js';

if (process.argv.includes('--help') || process.argv.length <= 2) {
  process.stdout.write('Usage: guidance-lint-server --stdio | --node-ipc | --socket=<port>\nThe Guidance Lint language server.\n');
  process.exit(process.argv.includes('--help') ? 0 : 2);
}

new GuidanceLanguageServer(createConnection(ProposedFeatures.all)).start();
