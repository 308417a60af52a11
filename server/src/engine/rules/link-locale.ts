// link-locale: a locale segment (`/en-us/`) in a Microsoft URL sends every reader to that language;
// without it the site picks the reader's own.
import { writtenLinkUrls } from '../workspace/graph/references.js';
import { classifyDestination, isMicrosoftHost, localeSegment } from '../workspace/graph/urls.js';
import { defineRule } from './rule.js';

export const linkLocale = defineRule(
  {
    id: 'link-locale',
    docs: { description: 'No locale segment such as en-us in Microsoft URLs', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, report }) => {
    for (const { url, start } of writtenLinkUrls(document)) {
      const destination = classifyDestination(url);
      if (destination.kind !== 'external' || !isMicrosoftHost(destination.host ?? '')) continue;
      const segment = localeSegment(url.trim());
      if (!segment) continue;
      const offset = start + (url.length - url.trimStart().length);
      const [segmentStart, segmentEnd] = [offset + segment[0], offset + segment[1]];
      const locale = url.trim().slice(segment[0] + 1, segment[1]);
      report({
        message: `Remove the locale "${locale}" from this Microsoft URL: the site then shows the reader's own language.`,
        at: [segmentStart + 1, segmentEnd],
        fix: { title: `Remove "/${locale}"`, edits: [{ start: segmentStart, end: segmentEnd, newText: '' }], safe: true },
      });
    }
  },
);
