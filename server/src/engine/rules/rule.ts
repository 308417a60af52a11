// How a rule is written: `defineRule(meta, check)`. A rule is a plain object; the Linter calls its
// `check` with a `RuleContext` (run-rules.ts) and each `report` becomes a Finding at once. Options
// reach `check` already validated against `meta.options` (the configuration schema is generated from it).
import type { ResolvedConfig } from '../config/config.js';
import type { DocumentModel } from '../parse/document.js';
import type { Fix, Range, RuleMeta, Severity } from '../types.js';
import type { LintEnvironment } from '../workspace/environment.js';

/** The `source` of our diagnostics in the editor. */
export const RULE_SOURCE = 'guidance-lint';

export interface Report {
  message: string;
  /** A range, or [start, end] offsets into the document text. */
  at: Range | [number, number];
  fix?: Fix;
  suggestions?: Fix[];
  /** A milder severity than the rule's for this finding (e.g. lower-case `include` is info); never raises it. */
  severity?: Severity;
}

export interface RuleContext<Options = Record<string, unknown>> {
  document: DocumentModel;
  /** The rule's options from configuration (`["warning", { … }]`), or {}. */
  options: Partial<Options>;
  config: ResolvedConfig;
  environment: LintEnvironment;
  report(report: Report): void;
}

export interface GuidanceRule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

export function defineRule<Options = Record<string, unknown>>(
  meta: RuleMeta,
  check: (context: RuleContext<Options>) => void,
): GuidanceRule<Options> {
  return { meta, check };
}
