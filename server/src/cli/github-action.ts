// What the GitHub Action (action.yml) runs: its inputs, the workflow's environment and event turned
// into one guidance-lint command line. Annotations come from `--format github` on stdout, the job
// summary from `--summary $GITHUB_STEP_SUMMARY`, code scanning from `--sarif`. On a pull request
// the run checks what changed since the pull request's base unless `changed-since` says otherwise.

/** The action's inputs, as action.yml passes them: `INPUT_<NAME>`, upper case, `-` as `_`. */
export const ACTION_INPUTS = ['paths', 'changed-since', 'baseline', 'format', 'allow-plugins', 'sarif-file', 'shard'] as const;
export type ActionInput = (typeof ACTION_INPUTS)[number];

export const DEFAULT_SARIF_FILE = 'guidance-lint.sarif';
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** An input the action cannot use: printed as an error, exit 2, like the CLI's usage errors. */
export class ActionInputError extends Error {}

export interface ActionEnvironment {
  env: Record<string, string | undefined>;
  /** The event payload (GITHUB_EVENT_PATH), read only when a default needs it. */
  readEvent: () => unknown;
}

export function actionInputVariable(name: ActionInput): string {
  return `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
}

export function actionInput(env: Record<string, string | undefined>, name: ActionInput): string {
  return (env[actionInputVariable(name)] ?? '').trim();
}

/** The guidance-lint arguments for this run. */
export function actionArguments({ env, readEvent }: ActionEnvironment): string[] {
  const input = (name: ActionInput) => {
    const value = actionInput(env, name);
    // Each value becomes one argument; a line break would only be a mistake (or an attempt to add options).
    if (name !== 'paths' && /[\r\n]/.test(value)) throw new ActionInputError(`input "${name}" must be one line`);
    return value;
  };
  const args = ['--format', input('format') || 'github'];
  const changedSince = input('changed-since') || pullRequestBase(env, readEvent);
  if (changedSince) args.push(`--changed-since=${changedSince}`);
  const baseline = input('baseline');
  if (baseline) args.push(`--baseline=${baseline}`);
  const shard = input('shard');
  if (shard) args.push(`--shard=${shard}`);
  if (readBoolean(input('allow-plugins'), 'allow-plugins')) args.push('--allow-plugins');
  args.push(`--sarif=${input('sarif-file') || DEFAULT_SARIF_FILE}`);
  if (env.GITHUB_STEP_SUMMARY) args.push(`--summary=${env.GITHUB_STEP_SUMMARY}`);
  // After `--`, a path that starts with `-` is a path, not an option.
  const paths = input('paths')
    .split(/\s+/)
    .filter((path) => path !== '');
  if (paths.length > 0) args.push('--', ...paths);
  return args;
}

/**
 * Runs the action: the CLI through `run` (the built dist/cli.mjs in a workflow), then the step's
 * output `sarif-file`. Returns the exit code.
 */
export async function runAction(
  environment: ActionEnvironment & {
    run: (args: string[]) => Promise<number>;
    stderr: (text: string) => void;
    appendOutput: (path: string, text: string) => void;
  },
): Promise<number> {
  let args: string[];
  try {
    args = actionArguments(environment);
  } catch (error) {
    if (!(error instanceof ActionInputError)) throw error;
    environment.stderr(`::error title=guidance-lint::${error.message}\n`);
    return 2;
  }
  const code = await environment.run(args);
  const output = environment.env.GITHUB_OUTPUT;
  if (output) environment.appendOutput(output, `sarif-file=${actionInput(environment.env, 'sarif-file') || DEFAULT_SARIF_FILE}\n`);
  return code;
}

function readBoolean(value: string, name: ActionInput): boolean {
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ActionInputError(`input "${name}" must be true or false, got "${value}"`);
}

/** The base commit of the pull request that triggered the run, else undefined. */
function pullRequestBase(env: Record<string, string | undefined>, readEvent: () => unknown): string | undefined {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  const event = readEvent() as { pull_request?: { base?: { sha?: unknown } } } | undefined;
  const sha = event?.pull_request?.base?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40,64}$/i.test(sha) ? sha : undefined;
}
