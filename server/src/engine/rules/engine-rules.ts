// Findings the engine itself produces (no check function of their own), listed so that configs,
// SARIF rule lists and docs know them like any other rule.
import type { RuleMeta } from '../types.js';

export const internalError: RuleMeta = {
  id: 'internal-error',
  docs: { description: 'A rule failed on this file; the other rules still ran', category: 'engine' },
  defaultSeverity: 'error',
  fixable: false,
};

export const fileNotText: RuleMeta = {
  id: 'file-not-text',
  docs: { description: 'The file is not text (binary content) and was skipped', category: 'engine' },
  defaultSeverity: 'info',
  fixable: false,
};

export const directiveUnknownRule: RuleMeta = {
  id: 'directive-unknown-rule',
  docs: { description: 'A guidance-lint-disable comment names a rule id that does not exist', category: 'engine' },
  defaultSeverity: 'info',
  fixable: false,
};

export const fileTimeBudget: RuleMeta = {
  id: 'file-time-budget',
  docs: { description: 'Checking the file took longer than the time budget and was stopped', category: 'engine' },
  defaultSeverity: 'warning',
  fixable: false,
};

export const fileTooLarge: RuleMeta = {
  id: 'file-too-large',
  docs: {
    description: 'The file is larger than maxFileSize or has more than 10,000 table lines: only its front matter was checked',
    category: 'engine',
  },
  defaultSeverity: 'info',
  fixable: false,
};

export const fileTooDeep: RuleMeta = {
  id: 'file-too-deep',
  docs: {
    description: 'The file nests blockquotes or lists more than 100 levels deep: only its front matter was checked',
    category: 'engine',
  },
  defaultSeverity: 'info',
  fixable: false,
};

export const ENGINE_RULES: RuleMeta[] = [internalError, fileNotText, directiveUnknownRule, fileTimeBudget, fileTooLarge, fileTooDeep];
