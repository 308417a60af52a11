// img-alt-repeated: two different images on one page with the same alt text: a screen-reader user
// hears the same description twice and cannot tell the images apart. The build reports every
// occurrence as a suggestion. Zone pivots, monikers and tabs are pages of their own; the same image
// shown twice with the same description (an icon in a table) is not a repeat.
import { branchesAt, onSamePage } from '../parse/heading-outline.js';
import { altTexts } from './image-alt.js';
import { defineRule } from './rule.js';

export const imgAltRepeated = defineRule(
  {
    id: 'img-alt-repeated',
    docs: { description: 'Different images on one page have different alt text', category: 'links' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, report }) => {
    const alts = altTexts(document);
    if (alts.length < 2) return;
    const branches = branchesAt(
      document,
      alts.map((alt) => alt.image.range.start.offset),
    );
    const byText = new Map<string, number[]>();
    alts.forEach((alt, position) => {
      if (!branches[position]) return;
      const list = byText.get(alt.text);
      if (list) list.push(position);
      else byText.set(alt.text, [position]);
    });
    for (const positions of byText.values()) {
      if (positions.length < 2) continue;
      for (const position of positions) {
        const alt = alts[position]!;
        const source = alt.image.source.toLowerCase();
        const others = positions.filter(
          (other) =>
            other !== position && alts[other]!.image.source.toLowerCase() !== source && onSamePage(branches[other]!, branches[position]!),
        );
        if (others.length === 0) continue;
        const lines = others
          .map((other) => alts[other]!.image.range.start.line)
          .sort((a, b) => a - b)
          .join(', ');
        report({
          message: `The alt text "${alt.text}" also describes another image on this page (line ${lines}): say what each image shows.`,
          at: alt.at,
        });
      }
    }
  },
);
