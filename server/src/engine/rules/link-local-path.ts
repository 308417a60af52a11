// link-local-path: `file://`, `C:\…`, `/Users/…`, `/home/…` links work only on the writer's machine.
import { writtenLinkUrls } from '../workspace/graph/references.js';
import { classifyDestination } from '../workspace/graph/urls.js';
import { defineRule } from './rule.js';

export const linkLocalPath = defineRule(
  {
    id: 'link-local-path',
    docs: { description: 'No file://, C:\\ or /Users/, /home/ style links to the writer’s own disk', category: 'links' },
    defaultSeverity: 'error',
    fixable: false,
    outsideBuild: true,
  },
  ({ document, report }) => {
    const written = [
      ...writtenLinkUrls(document),
      ...document.images.map((image) => ({ url: image.source, start: image.sourceRange.start.offset, end: image.sourceRange.end.offset })),
    ];
    for (const { url, start, end } of written) {
      if (classifyDestination(url).kind !== 'local-path') continue;
      report({
        message: `"${url.trim()}" is a path on one computer's disk: readers cannot open it. Link to the file in the repository (a relative path) or to a web address.`,
        at: [start, end],
      });
    }
  },
);
