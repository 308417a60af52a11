// link-empty: `[](url)` gives screen readers and search nothing to say. `[text]()` is a link to the
// page itself for the build (not broken), but usually an unfinished link: an info.
import { linksOf } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkEmpty = defineRule(
  {
    id: 'link-empty',
    docs: { description: 'Links have a target and visible text', category: 'links' },
    defaultSeverity: 'error',
    fixable: false,
    outsideBuild: true,
  },
  ({ document, report }) => {
    for (const link of linksOf(document)) {
      if (link.kind === 'autolink') continue;
      if (link.url.trim() === '') {
        const start = link.urlRange.start.offset;
        const end = link.urlRange.end.offset;
        // Point at `()` for an inline link, at the label for a definition, at href="" in HTML.
        const at: [number, number] =
          link.kind === 'inline' && document.text[start - 1] === '('
            ? [start - 1, end + 1]
            : link.kind === 'definition'
              ? [link.range.start.offset, link.range.end.offset]
              : [start, end];
        const what = link.kind === 'definition' ? `The link definition [${link.text}] has no target` : 'This link has no target';
        report({ message: `${what}: it opens this page itself. Add the path or URL it should open.`, at, severity: 'info' });
        continue;
      }
      if (link.kind === 'inline' && link.text.trim() === '') {
        report({
          message: 'This link has no text: readers (and screen readers) see nothing to click. Add the words the link stands for.',
          at: link.range,
        });
      }
    }
  },
);
