// A formatter turns the findings of a run into the text printed on stdout.
import type { Finding, RuleMeta } from '../../engine/types.js';

export interface FormatInput {
  findings: Finding[];
  /** Paths are printed relative to this folder, with forward slashes. */
  cwd: string;
  rules: readonly RuleMeta[];
  toolVersion: string;
  /** Colour escapes allowed (stylish only). */
  color: boolean;
}

export type Formatter = (input: FormatInput) => string;
