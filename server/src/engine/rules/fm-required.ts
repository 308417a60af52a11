// fm-required: the keys Learn needs must be in the article's effective metadata (docfx.json
// metadata counts) and say something.
import { formatLearnDate } from '../frontmatter/dates.js';
import { insertKeysEdit, replaceValueEdit, yamlScalar } from '../frontmatter/edits.js';
import { isEmptyValue } from '../frontmatter/settings.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

export const fmRequired = defineFrontMatterRule(
  {
    id: 'fm-required',
    docs: { description: 'Required keys (title, description, author, ms.author, ms.date, ms.topic) are present', category: 'front-matter' },
    defaultSeverity: 'error',
    fixable: true,
  },
  ({ document, environment, facts, report }) => {
    const { frontMatter, entries, buildMetadata, settings } = facts;
    const required = facts.isInclude ? settings.requiredInIncludes : settings.required;
    const closingFence = document.lines.point(frontMatter.contentEnd);
    for (const key of required) {
      const placeholder =
        key === 'ms.date'
          ? formatLearnDate(environment.today)
          : key === 'title'
            ? (document.headings.find((heading) => heading.depth === 1 && !heading.isTab)?.text ?? '')
            : '';
      const entry = entries.get(key);
      if (entry) {
        if (!isEmptyValue(entry.value)) continue;
        const empty = entry.valueRange.start.offset === entry.valueRange.end.offset;
        report({
          message: `Required key "${key}" has no value.`,
          at: empty ? entry.keyRange : entry.valueRange,
          ...(placeholder
            ? {
                fix: {
                  title: `Set "${key}" to ${placeholder}`,
                  edits: [replaceValueEdit(document.text, entry, yamlScalar(placeholder))],
                  safe: false,
                },
              }
            : {}),
        });
        continue;
      }
      if (key in buildMetadata && !isEmptyValue(buildMetadata[key])) continue;
      const insert = insertKeysEdit(document.text, frontMatter, [`${key}: ${placeholder ? yamlScalar(placeholder) : ''}`]);
      report({
        message: `Required key "${key}" is missing from the front matter.`,
        at: [closingFence.offset, closingFence.offset + 3],
        ...(insert ? { fix: { title: `Add "${key}"`, edits: [insert], safe: false } } : {}),
      });
    }
  },
);
