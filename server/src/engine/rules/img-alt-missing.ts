// img-alt-missing: Markdown and HTML images need alt text for screen readers and when the image
// fails to load. `:::image` is checked by md-image-attrs (which knows icons); `alt=""` in HTML marks
// a decorative image on purpose.
import { defineRule } from './rule.js';

export const imgAltMissing = defineRule(
  {
    id: 'img-alt-missing',
    docs: { description: 'Markdown and HTML images have alt text', category: 'links' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, report }) => {
    for (const image of document.images) {
      if (image.kind === 'markdown' && (image.alt ?? '').trim() === '') {
        const start = image.range.start.offset;
        report({
          message: 'This image has no alt text: describe it inside ![…] for readers who cannot see it.',
          at: [start, start + 2 + document.text.slice(start + 2).indexOf(']') + 1],
        });
      }
      if (image.kind === 'html' && image.alt === undefined) {
        report({
          message: 'This <img> has no alt attribute: add alt="…" describing it (alt="" for a purely decorative image).',
          at: image.range,
        });
      }
    }
  },
);
