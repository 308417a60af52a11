// link-absolute-learn: links to Learn content use site-relative paths (`/power-platform/…`), which
// keep the reader's locale and the review site, instead of https://learn.microsoft.com/….
import { writtenLinkUrls } from '../workspace/graph/references.js';
import { classifyDestination, isLearnHost, localeSegment } from '../workspace/graph/urls.js';
import type { Fix } from '../types.js';
import { defineRule } from './rule.js';

const ORIGIN = /^(?:https?:)?\/\/[^/?#]+/i;
/** Characters that would mean something else in link text (emphasis, code, brackets, HTML). */
const LINK_TEXT_SPECIAL = /[\\`*_~[\]<>&]/g;

export const linkAbsoluteLearn = defineRule(
  {
    id: 'link-absolute-learn',
    docs: { description: 'Links to Learn content are site-relative (/path), not https://learn.microsoft.com/…', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, report }) => {
    for (const { url, start, end, link } of writtenLinkUrls(document)) {
      const destination = classifyDestination(url);
      if (destination.kind !== 'external' || !isLearnHost(destination.host ?? '')) continue;
      const trimmed = url.trim();
      const locale = localeSegment(trimmed);
      const withoutLocale = locale ? trimmed.slice(0, locale[0]) + trimmed.slice(locale[1]) : trimmed;
      const sitePath = withoutLocale.replace(ORIGIN, '') || '/';
      const relativeTo = sitePath.startsWith('/') ? sitePath : '/' + sitePath;
      // docs.microsoft.com paths have often moved since (/learn/ became /training/): offer, don't apply.
      const safe = destination.host === 'learn.microsoft.com';
      report({
        message: `Link to Learn content with a site-relative path: "${relativeTo}" instead of "${trimmed}".`,
        at: [start, end],
        fix:
          link.kind === 'autolink'
            ? autolinkFix(link.range.start.offset, link.range.end.offset, trimmed, relativeTo)
            : { title: `Change to "${relativeTo}"`, edits: [{ start, end, newText: relativeTo }], safe },
      });
    }
  },
);

/**
 * `<https://…>` and a bare URL are links only because they are absolute: `/path` alone would be
 * plain text. They become `[https://…](/path)`, which shows the same text; offered, not applied, as
 * the writer may want better link text than a URL.
 */
function autolinkFix(start: number, end: number, url: string, relativeTo: string): Fix {
  const text = url.replace(LINK_TEXT_SPECIAL, (char) => `\\${char}`);
  const destination = /[()]/.test(relativeTo) ? `<${relativeTo}>` : relativeTo;
  return { title: `Change to a link to "${relativeTo}"`, edits: [{ start, end, newText: `[${text}](${destination})` }], safe: false };
}
