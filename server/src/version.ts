// The tool's version, from package.json: what `--version` prints, what the cache and SARIF record,
// and what the language server logs at start.
import packageJson from '../../package.json' with { type: 'json' };

export const TOOL_VERSION: string = packageJson.version;
