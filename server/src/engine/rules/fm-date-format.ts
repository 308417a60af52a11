// fm-date-format: ms.date is written M/D/YYYY (as Learn reads it), names a real day, and is not far in the future.
import { daysFrom, formatLearnDate, readLearnDate } from '../frontmatter/dates.js';
import { replaceValueEdit } from '../frontmatter/edits.js';
import { isEmptyValue, textEntry } from '../frontmatter/settings.js';
import type { Fix } from '../types.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

/** Publishing a little ahead is normal; more than this is a typo in the year or month. */
const MAX_DAYS_AHEAD = 30;

export const fmDateFormat = defineFrontMatterRule(
  {
    id: 'fm-date-format',
    docs: { description: 'ms.date is M/D/YYYY, a real calendar date, at most 30 days ahead', category: 'front-matter' },
    defaultSeverity: 'error',
    fixable: true,
  },
  ({ document, environment, facts, report }) => {
    const entry = textEntry(facts, 'ms.date');
    if (!entry || isEmptyValue(entry.value)) return;
    const today = formatLearnDate(environment.today);
    const setToday: Fix = { title: `Set ms.date to today (${today})`, edits: [replaceValueEdit(document.text, entry, today)], safe: false };
    const reading = readLearnDate(entry.value);
    switch (reading.kind) {
      case 'valid': {
        const ahead = -daysFrom(reading.date, environment.today);
        if (ahead > MAX_DAYS_AHEAD)
          report({ message: `ms.date ${entry.value} is ${ahead} days in the future.`, at: entry.valueRange, fix: setToday });
        return;
      }
      case 'other-format':
        report({
          message: `ms.date should be written M/D/YYYY: ${reading.learn}.`,
          at: entry.valueRange,
          // An ISO date names one day only, so rewriting it is always right.
          fix: { title: `Change to ${reading.learn}`, edits: [replaceValueEdit(document.text, entry, reading.learn)], safe: true },
          suggestions: [setToday],
        });
        return;
      case 'not-a-day':
        report({ message: `ms.date ${entry.value} is not a real calendar date.`, at: entry.valueRange, fix: setToday });
        return;
      case 'unreadable':
        report({ message: `ms.date should be a date written M/D/YYYY, not "${entry.value}".`, at: entry.valueRange, fix: setToday });
    }
  },
);
