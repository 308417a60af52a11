// md-triple-colon: `:::name attrs:::` and `:::name attrs` … `:::name-end:::` blocks use an
// extension Learn knows, container blocks are closed, and attribute values are in double quotes.
// Learn's build rejects all three, and the page shows the raw text.
import { closestId } from '../closest-match.js';
import { TRIPLE_COLON_EXTENSIONS } from '../parse/learn-extensions.js';
import type { TripleColonBlock } from '../parse/learn-syntax.js';
import { defineRule, type RuleContext } from './rule.js';

const KNOWN_NAMES = [...TRIPLE_COLON_EXTENSIONS.keys()];

export const mdTripleColon = defineRule(
  {
    id: 'md-triple-colon',
    docs: {
      description: 'Triple-colon extensions are known, container blocks are closed, attribute values are quoted',
      category: 'markdown',
    },
    defaultSeverity: 'error',
    fixable: false,
  },
  ({ document, report }) => {
    const bodyStart = document.frontMatter?.bodyStart ?? 0;
    /** Open container blocks by name, innermost last. */
    const open = new Map<string, TripleColonBlock[]>();
    for (const block of document.tripleColon) {
      if (block.range.start.offset < bodyStart || block.name === '') continue;
      const name = block.name.toLowerCase();
      const kind = TRIPLE_COLON_EXTENSIONS.get(name);
      if (!kind) {
        const suggestion = closestId(name, KNOWN_NAMES);
        report({
          message: `":::${block.name}" is not a Learn extension${suggestion ? ` (did you mean ":::${suggestion}"?)` : ` (known: ${KNOWN_NAMES.join(', ')})`}.`,
          at: block.nameRange,
        });
        continue;
      }
      const isComplexImage =
        name === 'image' && block.attributes.some((attribute) => attribute.name.toLowerCase() === 'type' && attribute.value === 'complex');
      if (block.isEnd) {
        const stack = open.get(name);
        if (stack?.length) stack.pop();
        // A complex image's end is paired by md-image-attrs, which owns that construct.
        else if (name !== 'image') report({ message: `":::${block.name}-end" has no ":::${block.name}" block to close.`, at: block.range });
        continue;
      }
      if (kind === 'container' || isComplexImage) {
        const stack = open.get(name) ?? [];
        stack.push(block);
        open.set(name, stack);
      }
      if (!checkAttributes(document.text, block, report)) continue;
      if (kind === 'inline' && !block.selfClosing) {
        report({ message: `":::${block.name}" must end with ":::" on the same line.`, at: block.range });
      }
    }
    for (const [name, stack] of open) {
      if (name === 'image') continue;
      for (const block of stack) {
        report({ message: `":::${block.name}" is never closed: add ":::${block.name}-end:::" after its content.`, at: block.nameRange });
      }
    }
  },
);

/** Reports unquoted values; false when a quote is left open (nothing after it can be read). */
function checkAttributes(text: string, block: TripleColonBlock, report: RuleContext['report']): boolean {
  const line = text.slice(block.range.start.offset, block.range.end.offset);
  let quotes = 0;
  for (const char of line) if (char === '"') quotes++;
  if (quotes % 2 === 1) {
    report({ message: `An attribute value of ":::${block.name}" has no closing double quote.`, at: block.range });
    return false;
  }
  for (const attribute of block.attributes) {
    if (attribute.value === undefined || !attribute.valueRange) continue;
    const opening = text[attribute.valueRange.start.offset - 1];
    if (attribute.quoted && opening === '"') continue;
    report({
      message: `Put the value of ${attribute.name} in double quotes: ${attribute.name}="${attribute.value}".`,
      at: attribute.quoted ? [attribute.valueRange.start.offset - 1, attribute.valueRange.end.offset + 1] : attribute.valueRange,
    });
  }
  return true;
}
