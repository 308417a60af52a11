// zone-missing-attribute: `::: zone` with neither `pivot` nor `target`. The build refuses the zone
// ("Either target or pivot must be specified"), an error, and its content is not shown as meant.
import { defineRule } from './rule.js';

export const zoneMissingAttribute = defineRule(
  {
    id: 'zone-missing-attribute',
    docs: { description: 'A ::: zone with neither pivot nor target', category: 'markdown' },
    defaultSeverity: 'error',
    fixable: false,
  },
  ({ document, report }) => {
    for (const block of document.tripleColon) {
      if (block.name !== 'zone' || block.isEnd) continue;
      if (block.attributes.some((attribute) => (attribute.name === 'pivot' || attribute.name === 'target') && attribute.value?.trim()))
        continue;
      report({
        message: '"::: zone" needs pivot="…" (the pivot ids it is shown for) or target="docs", "chromeless" or "pdf".',
        at: block.range,
      });
    }
  },
);
