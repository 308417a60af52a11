// What a repository report shows about each article beside its findings: how old its ms.date is.
// Read from the front matter the check already parsed, so it costs no second read or parse.
import type { ResolvedConfig } from '../config/config.js';
import type { DocumentModel } from '../parse/document.js';
import { daysFrom, readLearnDate } from './dates.js';
import { maxAgeDays } from './settings.js';

export type MsDateAge =
  /** No ms.date of its own, or one that is not text. */
  | { kind: 'missing' }
  /** Written, but names no day. */
  | { kind: 'unreadable' }
  /** Whole days from ms.date to the run's today (negative for a future date); stale past fm-date-stale's maxAgeDays. */
  | { kind: 'dated'; days: number; stale: boolean };

export interface ArticleFacts {
  msDate: MsDateAge;
}

export function articleFacts(document: DocumentModel, config: ResolvedConfig, today: Date): ArticleFacts {
  // The first ms.date counts, as it does for the fm-* rules.
  const value = document.frontMatter?.entries.find((entry) => entry.key === 'ms.date')?.value;
  if (typeof value !== 'string' || value.trim() === '') return { msDate: { kind: 'missing' } };
  const reading = readLearnDate(value);
  if (reading.kind !== 'valid' && reading.kind !== 'other-format') return { msDate: { kind: 'unreadable' } };
  const days = daysFrom(reading.date, today);
  return { msDate: { kind: 'dated', days, stale: days > maxAgeDays(config) } };
}
