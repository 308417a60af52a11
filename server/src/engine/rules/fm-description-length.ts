// fm-description-length: the description is what search results show under the title: long
// enough to say what the article is for, short enough not to be cut (default 75-300 characters;
// outside the recommended 115-165 is a hint).
import { textEntry } from '../frontmatter/settings.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

export const fmDescriptionLength = defineFrontMatterRule(
  {
    id: 'fm-description-length',
    docs: { description: 'Description length within 75-300 characters (115-165 recommended)', category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ facts, report }) => {
    const entry = textEntry(facts, 'description');
    if (!entry || entry.value.trim() === '') return;
    const length = [...entry.value.trim()].length;
    const { min, max } = facts.settings.descriptionLength;
    const recommended = facts.settings.descriptionRecommendedLength;
    if (length < min || length > max) {
      report({
        message: `The description is ${length} characters long: keep it between ${min} and ${max} (search results show about 160).`,
        at: entry.valueRange,
      });
    } else if (length < recommended.min || length > recommended.max) {
      report({
        message: `The description is ${length} characters long: ${recommended.min}-${recommended.max} characters show best in search results.`,
        at: entry.valueRange,
        severity: 'info',
      });
    }
  },
);
