// fm-deprecated-key: keys Learn retired (ms.component, ms.prod, ms.technology, manager, keywords,
// or whatever the schema marks `deprecated`) are renamed to their successor or removed. A warning
// when the article lacks what the key was for (its successor); an info when the key is only
// clutter (no successor, or the successor is set), as `keywords` is in whole repositories.
import { removeEntryEdit } from '../frontmatter/edits.js';
import type { Fix } from '../types.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

export const fmDeprecatedKey = defineFrontMatterRule(
  {
    id: 'fm-deprecated-key',
    docs: { description: 'Retired keys: ms.component, ms.prod, ms.technology, manager, keywords', category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, facts, report }) => {
    for (const entry of facts.frontMatter.entries) {
      const info = facts.schema.keys.get(entry.key);
      if (!info?.deprecated) continue;
      const successor = info.replacedBy;
      const successorPresent = successor !== undefined && (facts.entries.has(successor) || successor in facts.buildMetadata);
      // A retired key does nothing on the published page, so dropping it is always right; renaming
      // keeps its value under the new key, which the writer must check fits there.
      const removal = removeEntryEdit(document.text, document.lines, facts.frontMatter, entry);
      const remove: Fix | undefined = removal
        ? { title: `Remove "${entry.key}"`, edits: [removal], safe: !successor || successorPresent }
        : undefined;
      if (!successor) {
        report({
          message: `"${entry.key}" is retired: Learn no longer reads it.`,
          at: entry.keyRange,
          ...(remove ? { fix: remove } : {}),
          severity: 'info',
        });
      } else if (successorPresent) {
        report({
          message: `"${entry.key}" is retired: Learn uses ${successor}, which is already set for this file.`,
          at: entry.keyRange,
          ...(remove ? { fix: remove } : {}),
          severity: 'info',
        });
      } else {
        const rename: Fix = {
          title: `Rename to "${successor}"`,
          edits: [{ start: entry.keyRange.start.offset, end: entry.keyRange.end.offset, newText: successor }],
          safe: false,
        };
        report({
          message: `"${entry.key}" is retired: use ${successor}.`,
          at: entry.keyRange,
          fix: rename,
          ...(remove ? { suggestions: [remove] } : {}),
        });
      }
    }
  },
);
