// How a rule is written: `defineRule(meta, check)`. The result is a unified-lint-rule plug-in, so our
// rules run in the same pipeline as remark-lint's and report through vfile messages.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/config.js';
import type { DocumentModel } from '../parse/document.js';
import type { Fix, Range, RuleMeta, Severity } from '../types.js';
import type { LintEnvironment } from '../workspace/environment.js';
import { DOCS_BASE_URL } from './docs-url.js';

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

/** What the engine puts on `file.data` for our rules to read. */
export interface SharedLintData {
  document: DocumentModel;
  config: ResolvedConfig;
  environment: LintEnvironment;
}

/** Extra fields our rules attach to a vfile message. */
export interface GuidanceMessageData {
  fix?: Fix;
  suggestions?: Fix[];
  severity?: Severity;
  /** The rule threw: the message describes the exception. */
  internalError?: boolean;
}

export interface GuidanceRule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
  plugin: Plugin<[unknown?], Root>;
}

declare module 'vfile' {
  interface DataMap {
    guidance: SharedLintData;
  }
}

export function defineRule<Options = Record<string, unknown>>(
  meta: RuleMeta,
  check: (context: RuleContext<Options>) => void,
): GuidanceRule<Options> {
  const plugin = lintRule<Root, Partial<Options>>(
    { origin: `${RULE_SOURCE}:${meta.id}`, url: `${DOCS_BASE_URL}${meta.id}.md` },
    (_tree, file, options) => {
      const shared = file.data.guidance;
      if (!shared) return;
      try {
        check({ ...shared, options: options ?? {}, report: (report) => reportTo(file, shared.document, report) });
      } catch (error) {
        // One failing rule must not hide the others' findings: the failure becomes a finding of its own.
        const message = file.message(`Rule ${meta.id} failed on this file: ${error instanceof Error ? error.message : String(error)}`, {
          place: shared.document.lines.range(0, 0),
          ...(error instanceof Error ? { cause: error } : {}),
        });
        Object.assign(message, { internalError: true } satisfies GuidanceMessageData);
      }
    },
  );
  return { meta, check, plugin: plugin as Plugin<[unknown?], Root> };
}

function reportTo(file: VFile, document: DocumentModel, report: Report): void {
  const range = Array.isArray(report.at) ? document.lines.range(report.at[0], report.at[1]) : report.at;
  const message = file.message(report.message, { place: range });
  const data: GuidanceMessageData = {};
  if (report.fix) data.fix = report.fix;
  if (report.suggestions?.length) data.suggestions = report.suggestions;
  if (report.severity) data.severity = report.severity;
  Object.assign(message, data);
}
