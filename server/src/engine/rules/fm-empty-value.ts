// fm-empty-value: a key with no value (or a placeholder such as n/a) says nothing and may hide a
// forgotten edit. Empty required keys are fm-required's.
import { removeEntryEdit } from '../frontmatter/edits.js';
import { isEmptyValue } from '../frontmatter/settings.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

export const fmEmptyValue = defineFrontMatterRule(
  {
    id: 'fm-empty-value',
    docs: { description: 'Key with an empty, na or n/a value', category: 'front-matter' },
    defaultSeverity: 'info',
    fixable: true,
  },
  ({ document, facts, report }) => {
    const required = new Set(facts.isInclude ? facts.settings.requiredInIncludes : facts.settings.required);
    for (const entry of facts.frontMatter.entries) {
      if (required.has(entry.key) || !isEmptyValue(entry.value)) continue;
      const written = entry.valueRange.start.offset !== entry.valueRange.end.offset;
      const removal = removeEntryEdit(document.text, document.lines, facts.frontMatter, entry);
      report({
        message: written
          ? `"${entry.key}" is a placeholder ("${String(entry.value).trim()}"): give it a value or remove it.`
          : `"${entry.key}" has no value: give it one or remove it.`,
        at: written ? entry.valueRange : entry.keyRange,
        // Offered, not applied: a key can be empty by design (a GitHub issue template's `labels: ''`),
        // and whether it wants a value or should go is the writer's call.
        ...(removal ? { fix: { title: `Remove "${entry.key}"`, edits: [removal], safe: false } } : {}),
      });
    }
  },
);
