// toc-name-missing: a TOC entry with no `name` (a toc.md heading with no text), and no `uid` whose
// title could stand in for it. The build reports missing-attribute (a warning) and the site shows
// an entry with no text.
import { tocEntries, tocOf } from '../parse/toc.js';
import { defineRule } from './rule.js';

export const tocNameMissing = defineRule(
  {
    id: 'toc-name-missing',
    docs: { description: 'TOC entry with no name: the site shows it with no text', category: 'toc' },
    defaultSeverity: 'warning',
    fixable: false,
    tocFiles: true,
  },
  ({ document, report }) => {
    const toc = tocOf(document);
    if (!toc) return;
    for (const entry of tocEntries(toc.entries)) {
      if (entry.name || entry.uid) continue;
      // The entry's first line: a YAML map or JSON object can span many.
      const lineEnd = document.text.indexOf('\n', entry.at[0]);
      const end = lineEnd === -1 || lineEnd > entry.at[1] ? entry.at[1] : lineEnd;
      report({ message: 'This TOC entry has no name: the site shows it with no text. Add "name".', at: [entry.at[0], end] });
    }
  },
);
