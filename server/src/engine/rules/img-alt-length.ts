// img-alt-length: alt text of a sane length. Under `min` characters it cannot describe anything
// ("x", "1"); over `max` a screen reader reads it in one go, with no way to move through it, and
// the description belongs in the text or in a `:::image type="complex"` long description. The build
// reports alt text outside the configured range as a suggestion.
import { altTexts } from './image-alt.js';
import { defineRule } from './rule.js';

interface Options {
  min: number;
  max: number;
}

const DEFAULT_MIN = 3;
const DEFAULT_MAX = 150;

export const imgAltLength = defineRule<Options>(
  {
    id: 'img-alt-length',
    docs: { description: 'Alt text between min and max characters (default 3-150)', category: 'links' },
    defaultSeverity: 'info',
    fixable: false,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        min: { type: 'integer', minimum: 0, description: 'Shortest alt text, in characters (default 3).' },
        max: { type: 'integer', minimum: 1, description: 'Longest alt text, in characters (default 150).' },
      },
    },
  },
  ({ document, options, report }) => {
    const min = typeof options.min === 'number' ? options.min : DEFAULT_MIN;
    const max = typeof options.max === 'number' ? options.max : DEFAULT_MAX;
    for (const alt of altTexts(document)) {
      const length = [...alt.text].length;
      if (length > max)
        report({
          message: `This alt text is ${length} characters, more than ${max}: keep it short and put the details in the text or a type="complex" description.`,
          at: alt.at,
        });
      else if (length < min && !alt.isIcon)
        report({
          message: `The alt text "${alt.text}" is ${length} character${length === 1 ? '' : 's'}: describe what the image shows.`,
          at: alt.at,
        });
    }
  },
);
