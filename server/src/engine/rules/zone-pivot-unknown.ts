// zone-pivot-unknown: `::: zone pivot="…"` names a pivot id none of the article's pivot groups has.
// No reader can choose that pivot, so the zone is never shown (docfx `pivot-id-not-found`, a
// suggestion; we report it as a warning).
import { closestId } from '../closest-match.js';
import { zonePivotFacts } from '../workspace/graph/zone-pivots.js';
import { defineRule } from './rule.js';

export const zonePivotUnknown = defineRule(
  {
    id: 'zone-pivot-unknown',
    docs: { description: 'A zone pivot id that none of the article’s pivot groups defines', category: 'markdown' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, environment, report }) => {
    const { groups, definition, zones } = zonePivotFacts(document, environment);
    if (!definition || groups.length === 0) return;
    const used = definition.groups.filter((group) => groups.some(({ id }) => id === group.id));
    // A group that is not defined is zone-pivot-group-not-found's; its pivots are unknown.
    if (used.length < groups.length) return;
    const known = used.flatMap((group) => group.pivots);
    const names = used.map((group) => `"${group.id}"`).join(', ');
    for (const zone of zones) {
      for (const { id, at } of zone.pivots) {
        if (known.includes(id)) continue;
        const suggestion = closestId(id, known);
        report({
          message: `The pivot "${id}" is not in the pivot group ${names}: this zone is never shown${suggestion ? `. Did you mean "${suggestion}"?` : '.'}`,
          at,
          ...(suggestion
            ? { fix: { title: `Change to "${suggestion}"`, edits: [{ start: at[0], end: at[1], newText: suggestion }], safe: false } }
            : {}),
        });
      }
    }
  },
);
