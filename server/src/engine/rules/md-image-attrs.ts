// md-image-attrs: a `:::image` has what Learn's build requires: a source, alt text (unless it is a
// decorative icon), a known type, known attributes, and for `type="complex"` a long description
// closed by `:::image-end:::`. Without them the build rejects the image or readers lose the text.
import { closestId } from '../closest-match.js';
import { LEARN_EXTENSION_BY_NAME } from '../parse/learn-extensions.js';
import type { TripleColonBlock } from '../parse/learn-syntax.js';
import { defineRule, type RuleContext } from './rule.js';

const IMAGE_ATTRIBUTES = LEARN_EXTENSION_BY_NAME.get('image')!.attributes.map((attribute) => attribute.name);
const IMAGE_TYPES = LEARN_EXTENSION_BY_NAME.get('image')!.attributes.find((attribute) => attribute.name === 'type')!.values!;

export const mdImageAttrs = defineRule(
  {
    id: 'md-image-attrs',
    docs: {
      description: '`:::image` has source, alt-text (unless an icon), a known type; complex images have a long description',
      category: 'markdown',
    },
    defaultSeverity: 'error',
    fixable: false,
  },
  ({ document, report }) => {
    const blocks = document.tripleColon;
    blocks.forEach((block, index) => {
      if (block.name.toLowerCase() !== 'image' || block.isEnd) return;
      const attribute = (name: string) => block.attributes.find((candidate) => candidate.name.toLowerCase() === name);
      for (const unknown of block.attributes.filter((candidate) => !IMAGE_ATTRIBUTES.includes(candidate.name.toLowerCase()))) {
        const suggestion = closestId(unknown.name, IMAGE_ATTRIBUTES);
        report({
          message: `":::image" has no attribute "${unknown.name}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}.`,
          at: unknown.range,
        });
      }
      const source = attribute('source');
      if (!source?.value?.trim()) report({ message: '":::image" needs source="path/to/image.png".', at: source?.range ?? block.nameRange });
      const type = attribute('type');
      const typeValue = type?.value ?? 'content';
      if (type && !IMAGE_TYPES.includes(typeValue)) {
        report({ message: `Image type "${typeValue}" is not one of ${IMAGE_TYPES.join(', ')}.`, at: type.valueRange ?? type.range });
      }
      const altText = attribute('alt-text');
      if (typeValue !== 'icon' && !altText?.value?.trim()) {
        report({
          message: '":::image" needs alt-text="…" describing the image (only type="icon" images go without).',
          at: altText?.range ?? block.nameRange,
        });
      }
      if (typeValue === 'complex') checkLongDescription(document.text, block, blocks.slice(index + 1), report);
    });
  },
);

function checkLongDescription(text: string, block: TripleColonBlock, after: TripleColonBlock[], report: RuleContext['report']): void {
  const next = after.find((candidate) => candidate.name.toLowerCase() === 'image');
  if (!next?.isEnd) {
    report({ message: 'A type="complex" image needs its long description followed by ":::image-end:::".', at: block.nameRange });
    return;
  }
  if (text.slice(block.range.end.offset, next.range.start.offset).trim() === '') {
    report({ message: 'A type="complex" image needs a long description between it and ":::image-end:::".', at: block.nameRange });
  }
}
