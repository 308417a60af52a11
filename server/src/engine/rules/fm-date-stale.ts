// fm-date-stale: ms.date is older than the review cycle (maxAgeDays): the article may be out of date.
import { daysFrom, formatLearnDate, readLearnDate } from '../frontmatter/dates.js';
import { replaceValueEdit } from '../frontmatter/edits.js';
import { textEntry } from '../frontmatter/settings.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

export const fmDateStale = defineFrontMatterRule(
  {
    id: 'fm-date-stale',
    docs: { description: 'ms.date is older than maxAgeDays (default 365)', category: 'front-matter' },
    defaultSeverity: 'info',
    fixable: true,
  },
  ({ document, environment, facts, report }) => {
    const entry = textEntry(facts, 'ms.date');
    if (!entry) return;
    const reading = readLearnDate(entry.value);
    if (reading.kind !== 'valid') return;
    const age = daysFrom(reading.date, environment.today);
    const { maxAgeDays } = facts.settings;
    if (age <= maxAgeDays) return;
    const today = formatLearnDate(environment.today);
    report({
      message: `ms.date ${entry.value} is ${age} days old (more than ${maxAgeDays}): review the article and update the date.`,
      at: entry.valueRange,
      // Only a writer who reviewed the article can say it is current: never applied automatically.
      fix: { title: `Set ms.date to today (${today})`, edits: [replaceValueEdit(document.text, entry, today)], safe: false },
    });
  },
);
