// zone-pivot-group-not-found: a `zone_pivot_groups` id the docset's zone pivot definitions
// (`zone-pivot-groups.yml`) do not define. The build drops the group (docfx `pivot-group-not-found`,
// a suggestion) and the page loses its pivot selector; we report it as a warning.
import { closestId } from '../closest-match.js';
import { basename } from '../fs/file-system.js';
import { zonePivotFacts } from '../workspace/graph/zone-pivots.js';
import { defineRule } from './rule.js';

export const zonePivotGroupNotFound = defineRule(
  {
    id: 'zone-pivot-group-not-found',
    docs: { description: 'A zone_pivot_groups id the zone pivot definitions do not define', category: 'markdown' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, environment, report }) => {
    const { groups, definition } = zonePivotFacts(document, environment);
    if (!definition) return;
    const known = definition.groups.map((group) => group.id);
    for (const { id, at } of groups) {
      if (known.includes(id)) continue;
      const suggestion = closestId(id, known);
      report({
        message: `The pivot group "${id}" is not defined in ${basename(definition.file)}${suggestion ? `: did you mean "${suggestion}"?` : '.'}`,
        at,
        ...(suggestion
          ? { fix: { title: `Change to "${suggestion}"`, edits: [{ start: at[0], end: at[1], newText: suggestion }], safe: false } }
          : {}),
      });
    }
  },
);
