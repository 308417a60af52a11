// fm-required: the keys Learn needs must be present in the article's metadata.
import { formatLearnDate } from '../frontmatter/dates.js';
import { insertKeysEdit, yamlScalar } from '../frontmatter/edits.js';
import { isIncludeFile } from '../parse/file-kind.js';
import { defineRule } from './rule.js';

export const DEFAULT_REQUIRED_KEYS = ['title', 'description', 'author', 'ms.author', 'ms.date', 'ms.topic'];

export const fmRequired = defineRule(
  {
    id: 'fm-required',
    docs: { description: 'Required keys (title, description, author, ms.author, ms.date, ms.topic) are present', category: 'front-matter' },
    defaultSeverity: 'error',
    fixable: true,
  },
  ({ document, config, environment, report }) => {
    const frontMatter = document.frontMatter;
    if (!frontMatter?.closed || frontMatter.errors.length > 0) return;
    const required = isIncludeFile(document) ? (config.frontMatter.requiredInIncludes ?? []) : (config.frontMatter.required ?? DEFAULT_REQUIRED_KEYS);
    const present = new Set(frontMatter.entries.map((entry) => entry.key));
    const closingFence = document.lines.point(frontMatter.contentEnd);
    for (const key of required) {
      if (present.has(key)) continue;
      const placeholder = key === 'ms.date' ? formatLearnDate(environment.today) : key === 'title' ? (document.headings.find((heading) => heading.depth === 1)?.text ?? '') : '';
      report({
        message: `Required key "${key}" is missing from the front matter.`,
        at: [closingFence.offset, closingFence.offset + 3],
        fix: { title: `Add "${key}"`, edits: [insertKeysEdit(document.text, frontMatter, [`${key}: ${placeholder ? yamlScalar(placeholder) : ''}`])], safe: false },
      });
    }
  },
);
