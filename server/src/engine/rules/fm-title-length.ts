// fm-title-length: the title fits search results and browser tabs (default 20-60 characters,
// not counting a site suffix such as "| Microsoft Learn").
import { frontMatterFacts } from '../frontmatter/settings.js';
import { LEARN_BRAND, titleLength } from '../frontmatter/title.js';
import { defineRule } from './rule.js';

export const fmTitleLength = defineRule(
  {
    id: 'fm-title-length',
    docs: { description: 'Title length within min/max (default 20-60 characters, suffix not counted)', category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, config, environment, report }) => {
    const facts = frontMatterFacts(document, config, environment);
    const entry = facts?.entries.get('title');
    if (!facts || !entry || typeof entry.value !== 'string' || entry.value.trim() === '') return;
    const suffixValue = facts.entries.get('titleSuffix')?.value ?? facts.buildMetadata.titleSuffix;
    const length = titleLength(entry.value, typeof suffixValue === 'string' ? suffixValue : undefined);
    const { min, max } = facts.settings.titleLength;
    if (length >= min && length <= max) return;
    report({
      message: `The title is ${length} characters long, before the "| ${LEARN_BRAND}" the site adds: keep it between ${min} and ${max} so search results show it whole and it says enough.`,
      at: entry.valueRange,
    });
  },
);
