// zone-pivot-unused: a pivot of the article's pivot groups that no zone of the article uses. A reader
// who picks it sees only the content outside zones (docfx `pivot-id-unused`, a suggestion).
import { zonePivotFacts } from '../workspace/graph/zone-pivots.js';
import { defineRule } from './rule.js';

export const zonePivotUnused = defineRule(
  {
    id: 'zone-pivot-unused',
    docs: { description: 'A pivot of the article’s pivot groups that no zone uses', category: 'markdown' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, environment, report }) => {
    const { groups, groupsAt, definition, zones } = zonePivotFacts(document, environment);
    // Zones inside included files are part of the page too, and are not read here.
    if (!definition || !groupsAt || document.includes.length > 0) return;
    const used = new Set(zones.flatMap((zone) => zone.pivots.map((pivot) => pivot.id)));
    for (const { id, at } of groups) {
      const group = definition.groups.find((candidate) => candidate.id === id);
      const unused = group?.pivots.filter((pivot) => !used.has(pivot)) ?? [];
      if (unused.length === 0) continue;
      report({
        message: `No zone of this article uses ${unused.map((pivot) => `"${pivot}"`).join(', ')} of the pivot group "${id}": readers who choose ${unused.length === 1 ? 'it' : 'one'} see only the content outside zones.`,
        at,
      });
    }
  },
);
