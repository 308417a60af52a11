// moniker-unknown: a moniker range naming a moniker the docset's moniker definition does not define
// (docfx `moniker-range-invalid`, an error). Only when the repository defines its monikers
// (docfx.json `monikerDefinition`): Learn's build usually supplies them, and then we cannot know.
import { closestId } from '../closest-match.js';
import { parseMonikerRange, undefinedMonikers } from '../parse/moniker-range.js';
import { fileMonikerRange, monikerDefinitionFor } from '../workspace/graph/monikers.js';
import { defineRule } from './rule.js';

export const monikerUnknown = defineRule(
  {
    id: 'moniker-unknown',
    docs: { description: 'A moniker range names a moniker the docset does not define', category: 'markdown' },
    defaultSeverity: 'error',
    fixable: true,
  },
  ({ document, environment, report }) => {
    const ranges: Array<{ text: string; start: number }> = [];
    const fileRange = fileMonikerRange(document, environment.docfx);
    if (fileRange?.at) ranges.push({ text: fileRange.text, start: valueStart(document.text, fileRange.at[0]) });
    for (const block of document.tripleColon) {
      if (block.name !== 'moniker' || block.isEnd) continue;
      const range = block.attributes.find((attribute) => attribute.name === 'range');
      if (range?.value && range.valueRange)
        ranges.push({ text: range.value, start: valueStart(document.text, range.valueRange.start.offset) });
    }
    if (ranges.length === 0) return;
    const definitions = monikerDefinitionFor(document.path, environment.docfx, environment.fs);
    if (!definitions) return;
    const names = definitions.map((definition) => definition.name);
    for (const { text, start } of ranges) {
      const parsed = parseMonikerRange(text);
      if (parsed.kind !== 'range') continue;
      for (const comparator of undefinedMonikers(parsed.range, definitions)) {
        const at: [number, number] = [start + comparator.at[0], start + comparator.at[1]];
        const suggestion = closestId(comparator.moniker, names);
        report({
          message: `The moniker "${comparator.moniker}" is not defined for this docset${suggestion ? `: did you mean "${suggestion}"?` : '.'}`,
          at,
          ...(suggestion
            ? { fix: { title: `Change to "${suggestion}"`, edits: [{ start: at[0], end: at[1], newText: suggestion }], safe: false } }
            : {}),
        });
      }
    }
  },
);

/** Where a value's text starts: after its opening quote when it is quoted. */
function valueStart(text: string, offset: number): number {
  return text[offset] === '"' || text[offset] === "'" ? offset + 1 : offset;
}
