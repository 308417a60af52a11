// toc-href-kind: a TOC entry's `topicHref` that names a TOC or a folder, or its `tocHref` that names
// an article. The build's rule (docfx v3 TocLoader): `topicHref` is the page an entry opens, so it
// must be an article or a URL (invalid-topic-href, an error); `tocHref` is the TOC it nests, so it
// must be a TOC file, a folder ending in `/` or a URL (invalid-toc-href, an error). The build drops
// the value. `href` may be either.
import { tocEntries, tocOf } from '../parse/toc.js';
import { tocHrefKind } from '../workspace/graph/tocs.js';
import { defineRule } from './rule.js';

export const tocHrefKindRule = defineRule(
  {
    id: 'toc-href-kind',
    docs: { description: 'topicHref that names a TOC or folder, or tocHref that names an article', category: 'toc' },
    defaultSeverity: 'error',
    fixable: false,
    tocFiles: true,
  },
  ({ document, report }) => {
    const toc = tocOf(document);
    if (!toc) return;
    for (const entry of tocEntries(toc.entries)) {
      const { topicHref, tocHref } = entry;
      if (topicHref) {
        const kind = tocHrefKind(topicHref.value);
        if (kind === 'folder' || kind === 'toc') {
          const what = kind === 'folder' ? 'a folder' : 'a TOC file';
          report({
            message: `topicHref "${topicHref.value}" names ${what}; topicHref is the article the entry opens. The build ignores it: use tocHref (or href) to nest a TOC.`,
            at: topicHref.at,
          });
        }
      }
      if (tocHref && tocHrefKind(tocHref.value) === 'article') {
        report({
          message: `tocHref "${tocHref.value}" names an article; tocHref is the TOC the entry nests (a TOC file, or a folder ending in "/"). The build ignores it: use topicHref (or href) for an article.`,
          at: tocHref.at,
        });
      }
    }
  },
);
