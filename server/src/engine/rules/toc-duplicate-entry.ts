// toc-duplicate-entry: one article listed by two entries of the same TOC file. The build's content
// validation says each article is referenced once in a TOC (toc-entry-duplicated, a suggestion):
// a reader who opens it cannot tell which entry they are on.
import { tocEntries } from '../parse/toc.js';
import { tocHrefKind } from '../workspace/graph/tocs.js';
import { defineRule } from './rule.js';
import { checkedToc } from './toc-checks.js';

export const tocDuplicateEntry = defineRule(
  {
    id: 'toc-duplicate-entry',
    docs: { description: 'The same article listed twice in one TOC', category: 'toc' },
    defaultSeverity: 'info',
    fixable: false,
    tocFiles: true,
  },
  ({ document, environment, config, report }) => {
    const checked = checkedToc({ document, environment, config });
    if (!checked) return;
    const first = new Map<string, number>();
    for (const entry of tocEntries(checked.toc.entries)) {
      // An entry opens one page: its topicHref, else its href (a TOC or folder href nests instead).
      const reference = [entry.topicHref, entry.href].find((value) => value && tocHrefKind(value.value) === 'article');
      if (!reference) continue;
      const check = checked.checkOf(reference);
      // Two entries naming one path are duplicates whether or not this checkout has the file.
      const path =
        check?.resolved?.kind === 'file'
          ? check.resolved.path
          : check?.target.kind === 'path' && !check.resolved
            ? check.target.path
            : undefined;
      if (path === undefined) continue;
      const key = path.toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, reference.at[0]);
        continue;
      }
      report({
        message: `This TOC already lists "${reference.value}" (line ${document.lines.point(earlier).line}): each article should appear once in a TOC.`,
        at: reference.at,
      });
    }
  },
);
