// moniker-empty: a `::: moniker range` zone that selects none of the file's versions, so its content
// is never published (docfx `moniker-zone-empty`, a warning). Needs the docset's moniker definition
// (docfx.json `monikerDefinition`) and a file range (front matter or docfx.json `monikerRange`).
import { evaluateMonikerRange, parseMonikerRange } from '../parse/moniker-range.js';
import { fileMonikerRange, monikerDefinitionFor } from '../workspace/graph/monikers.js';
import { defineRule } from './rule.js';

export const monikerEmpty = defineRule(
  {
    id: 'moniker-empty',
    docs: { description: 'A moniker zone that selects none of the file’s versions', category: 'markdown' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, report }) => {
    const zones = document.tripleColon.filter((block) => block.name === 'moniker' && !block.isEnd);
    if (zones.length === 0) return;
    const fileRange = fileMonikerRange(document, environment.docfx);
    if (!fileRange) return;
    const definitions = monikerDefinitionFor(document.path, environment.docfx, environment.fs);
    const parsedFile = parseMonikerRange(fileRange.text);
    if (!definitions || parsedFile.kind !== 'range') return;
    const fileMonikers = evaluateMonikerRange(parsedFile.range, definitions);
    for (const block of zones) {
      const range = block.attributes.find((attribute) => attribute.name === 'range');
      if (!range?.value || !range.valueRange) continue;
      const parsed = parseMonikerRange(range.value);
      if (parsed.kind !== 'range') continue;
      const zoneMonikers = evaluateMonikerRange(parsed.range, definitions);
      // A name the definition lacks is moniker-unknown's finding, not an empty zone.
      if (parsed.range.flat().some((comparator) => !definitions.some((d) => d.name.toLowerCase() === comparator.moniker.toLowerCase())))
        continue;
      if ([...zoneMonikers].some((moniker) => fileMonikers.has(moniker))) continue;
      report({
        message: `The range "${range.value}" selects ${zoneMonikers.size === 0 ? 'no moniker' : [...zoneMonikers].join(', ')}, none of this file's (${fileRange.text}): this content is never published.`,
        at: [range.valueRange.start.offset, range.valueRange.end.offset],
      });
    }
  },
);
