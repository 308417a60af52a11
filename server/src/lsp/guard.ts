// No request, notification or timer may end the server: each runs guarded, so an unexpected error
// is an internal error (logged, and a finding on the document it concerns) and a fallback answer.
// An invalid configuration is not an internal error: it is shown to the writer, once per message.
import { ResponseError, type Connection } from 'vscode-languageserver';
import { ConfigError } from '../engine/config/config.js';
import { internalError } from '../engine/rules/engine-rules.js';
import { PoolConfigError } from '../parallel/pool.js';

export class ServerGuard {
  private lastConfigError: string | undefined;

  constructor(
    private readonly connection: Connection,
    /** Shows a failure on the document it concerns. */
    private readonly showOnDocument: (uri: string, error: unknown) => void,
  ) {}

  /** Runs a callback so that an unexpected error is an internal error and `fallback` is answered, never an exit. */
  run<T>(what: string, uri: string | undefined, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      // A ResponseError is a deliberate answer to the client ("a heading is one line"), not a failure.
      if (error instanceof ResponseError) throw error;
      this.logInternalError(what, error);
      if (uri) this.showOnDocument(uri, error);
      return fallback;
    }
  }

  /** The same for work that goes on after the callback returned. */
  runAsync(what: string, run: () => Promise<unknown>): void {
    this.run(what, undefined, run, undefined)?.catch((error: unknown) => this.logInternalError(what, error));
  }

  logInternalError(what: string, error: unknown): void {
    this.connection.console.error(
      `${internalError.id} while ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }

  /** An invalid configuration is shown once; any other error is an internal error in the log. */
  reportConfigError(error: unknown): void {
    if (!(error instanceof ConfigError || error instanceof PoolConfigError)) {
      this.logInternalError('checking', error);
      return;
    }
    if (this.lastConfigError === error.message) return;
    this.lastConfigError = error.message;
    this.connection.console.error(`Configuration error: ${error.message}`);
    void this.connection.window.showErrorMessage(`Guidance Lint configuration error: ${error.message}`);
  }

  /** A check succeeded: the next configuration error is news again. */
  configurationWorked(): void {
    this.lastConfigError = undefined;
  }
}
