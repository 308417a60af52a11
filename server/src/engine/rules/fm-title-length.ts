// fm-title-length: the title fits search results and browser tabs (default at most 60 characters,
// not counting a site suffix such as "| Microsoft Learn"; under 20 is an info).
import { textEntry } from '../frontmatter/settings.js';
import { LEARN_BRAND, titleLength } from '../frontmatter/title.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

export const fmTitleLength = defineFrontMatterRule(
  {
    id: 'fm-title-length',
    docs: {
      description: 'Title at most max characters (default 60; under min, default 20, an info; the site suffix not counted)',
      category: 'front-matter',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ facts, report }) => {
    const entry = textEntry(facts, 'title');
    if (!entry || entry.value.trim() === '') return;
    const suffixValue = facts.entries.get('titleSuffix')?.value ?? facts.buildMetadata.titleSuffix;
    const length = titleLength(entry.value, typeof suffixValue === 'string' ? suffixValue : undefined);
    const { min, max } = facts.settings.titleLength;
    if (length > max) {
      report({
        message: `The title is ${length} characters long, before the "| ${LEARN_BRAND}" the site adds: keep it to ${max} so search results show it whole.`,
        at: entry.valueRange,
      });
    } else if (length < min) {
      // A short title is often the right one (an API page's "Add method (Visio)"): a nudge, not a warning.
      report({
        message: `The title is ${length} characters long: a title of at least ${min} says enough to be chosen in search results.`,
        at: entry.valueRange,
        severity: 'info',
      });
    }
  },
);
