// moniker-range-syntax: a moniker range the build cannot parse (docfx `moniker-range-invalid`, an
// error): `::: moniker range="…"` without a range or with one that is not comparator sets joined by
// `||`, and the same for front matter `monikerRange`.
import { parseMonikerRange } from '../parse/moniker-range.js';
import { defineRule } from './rule.js';

export const monikerRangeSyntax = defineRule(
  {
    id: 'moniker-range-syntax',
    docs: { description: 'A moniker range that does not parse', category: 'markdown' },
    defaultSeverity: 'error',
    fixable: false,
  },
  ({ document, report }) => {
    const check = (text: string, at: [number, number]): void => {
      const parsed = parseMonikerRange(text);
      if (parsed.kind === 'invalid') report({ message: `The moniker range "${text}" does not parse: ${parsed.message}.`, at });
    };
    const fileRange = document.frontMatter?.entries.find((entry) => entry.key === 'monikerRange');
    if (typeof fileRange?.value === 'string') check(fileRange.value, [fileRange.valueRange.start.offset, fileRange.valueRange.end.offset]);
    for (const block of document.tripleColon) {
      if (block.name !== 'moniker' || block.isEnd) continue;
      const range = block.attributes.find((attribute) => attribute.name === 'range');
      if (range?.value === undefined || range.value.trim() === '' || !range.valueRange) {
        report({ message: '"::: moniker" needs range="…": the versions its content is for, such as ">= product-2".', at: block.range });
        continue;
      }
      check(range.value, [range.valueRange.start.offset, range.valueRange.end.offset]);
    }
  },
);
