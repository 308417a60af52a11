// What the VS Code client and the language server agree on beyond LSP itself. Both import this
// module (esbuild bundles it into each side), so a command id or a field cannot drift apart.
export { RULE_SOURCE as DIAGNOSTIC_SOURCE } from './engine/rules/rule.js';

/** The settings section the client sends and the server reads (`guidanceLint.*`). */
export const SETTINGS_SECTION = 'guidanceLint';

/** The server-side command that validates the whole repository, with work-done progress. */
export const VALIDATE_WORKSPACE_COMMAND = 'guidanceLint.validateWorkspace';

/** What `VALIDATE_WORKSPACE_COMMAND` answers. */
export interface ValidationSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings in the repository's baseline, shown as hints and not counted above. */
  baselined: number;
  cancelled: boolean;
}
