// Calling our rules: each active rule's `check` gets a RuleContext over the parsed document, and each
// `report` becomes a Finding at once. A rule that throws becomes one internal-error finding; the
// rules after it still run.
import type { ResolvedConfig, RuleSetting } from './config/config.js';
import type { DocumentModel } from './parse/document.js';
import { internalError } from './rules/engine-rules.js';
import type { GuidanceRule, Report, RuleContext } from './rules/rule.js';
import type { Finding, Range, Severity, SeveritySetting } from './types.js';
import type { LintEnvironment } from './workspace/environment.js';

export interface ActiveRule {
  rule: GuidanceRule<never>;
  /** The rule's effective setting; its severity is never 'off' (such rules are not active). */
  setting: RuleSetting;
}

export interface RuleRun {
  path: string;
  document: DocumentModel;
  config: ResolvedConfig;
  environment: LintEnvironment;
  /** The configured severity of internal-error, for a rule that throws. */
  internalErrorSeverity: SeveritySetting;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function runRules(active: readonly ActiveRule[], run: RuleRun): Finding[] {
  const findings: Finding[] = [];
  const { path, document, config, environment } = run;
  for (const { rule, setting } of active) {
    const configured = setting.severity as Severity;
    const context: RuleContext<Record<string, unknown>> = {
      document,
      config,
      environment,
      options: setting.options ?? {},
      report: (report) => findings.push(toFinding(path, document, rule.meta.id, configured, report)),
    };
    try {
      // The registry holds rules of every options type; their options were validated against the
      // rule's own schema when the configuration was loaded.
      (rule as unknown as GuidanceRule).check(context);
    } catch (error) {
      // One failing rule must not hide the others' findings: the failure becomes a finding of its own.
      if (run.internalErrorSeverity === 'off') continue;
      findings.push({
        file: path,
        ruleId: internalError.id,
        severity: run.internalErrorSeverity,
        message: `Rule ${rule.meta.id} failed on this file: ${error instanceof Error ? error.message : String(error)}`,
        range: copyRange(document.lines.range(0, 0)),
      });
    }
  }
  return findings;
}

function toFinding(path: string, document: DocumentModel, ruleId: string, configured: Severity, report: Report): Finding {
  const range = copyRange(Array.isArray(report.at) ? document.lines.range(report.at[0], report.at[1]) : report.at);
  // A report may lower its rule's severity, never raise it.
  const severity = report.severity && SEVERITY_ORDER[report.severity] > SEVERITY_ORDER[configured] ? report.severity : configured;
  const finding: Finding = { file: path, ruleId, severity, message: report.message, range };
  if (report.fix) finding.fix = report.fix;
  if (report.suggestions?.length) finding.suggestions = report.suggestions;
  return finding;
}

/** Findings own their ranges: a rule may hand out a range it keeps (a parsed node's). */
function copyRange(range: Range): Range {
  return {
    start: { line: range.start.line, column: range.start.column, offset: range.start.offset },
    end: { line: range.end.line, column: range.end.column, offset: range.end.offset },
  };
}
