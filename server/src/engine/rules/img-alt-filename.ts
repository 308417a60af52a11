// img-alt-filename: alt text that is only the image's file name (`![pig1](media/pig1.png)`) tells a
// screen-reader user nothing the page does not already say. The build reports it as a suggestion.
import { altTexts, imageFileName } from './image-alt.js';
import { defineRule } from './rule.js';

export const imgAltFilename = defineRule(
  {
    id: 'img-alt-filename',
    docs: { description: "Alt text is not just the image's file name", category: 'links' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, report }) => {
    for (const alt of altTexts(document)) {
      const name = imageFileName(alt.image.source)?.toLowerCase();
      if (!name) continue;
      const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
      const written = alt.text.toLowerCase();
      if (written !== name && written !== stem) continue;
      report({ message: `The alt text "${alt.text}" is the image's file name: describe what the image shows.`, at: alt.at });
    }
  },
);
