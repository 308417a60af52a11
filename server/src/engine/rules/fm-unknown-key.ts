// fm-unknown-key: a key the schema does not declare is usually a typo (`ms.autor`) that silently
// drops the metadata; when a known key is close, name it.
import { closestMatch } from '../closest-match.js';
import type { FrontMatterSchema } from '../frontmatter/schema.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

const MAX_TYPO_DISTANCE = 2;

export const fmUnknownKey = defineFrontMatterRule(
  {
    id: 'fm-unknown-key',
    docs: { description: 'Key not known to the schema; "did you mean" for close matches', category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ facts, report }) => {
    for (const entry of facts.frontMatter.entries) {
      // A key the docset's docfx.json sets is one its build knows.
      if (facts.schema.isKnown(entry.key) || entry.key in facts.buildMetadata) continue;
      const suggestion = closestKey(entry.key, facts.schema);
      if (!suggestion) {
        // A deliberate custom key is common; only a near miss of a known key is likely a mistake.
        report({ message: `"${entry.key}" is not a known metadata key: Learn may ignore it.`, at: entry.keyRange, severity: 'info' });
        continue;
      }
      report({
        message: `"${entry.key}" is not a known metadata key: did you mean ${suggestion}?`,
        at: entry.keyRange,
        // Renaming onto a key the front matter already has would make it a duplicate, and the YAML invalid.
        ...(facts.entries.has(suggestion)
          ? {}
          : {
              fix: {
                title: `Rename to "${suggestion}"`,
                edits: [{ start: entry.keyRange.start.offset, end: entry.keyRange.end.offset, newText: suggestion }],
                safe: false,
              },
            }),
      });
    }
  },
);

function closestKey(key: string, schema: FrontMatterSchema): string | undefined {
  const current = [...schema.keys.values()].filter((info) => !info.deprecated).map((info) => info.key);
  return closestMatch(key, current, { maxDistance: MAX_TYPO_DISTANCE, ignoreCase: true });
}
