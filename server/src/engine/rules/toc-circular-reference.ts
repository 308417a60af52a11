// toc-circular-reference: a TOC that nests itself, directly or through other TOCs. The build loads a
// nested TOC (an href or tocHref naming a TOC file, or a folder whose toc.md, toc.json or toc.yml
// it loads) into its parent, so a loop has no end; docfx v3 stops with circular-reference, an error.
// Each TOC on the loop reports it at the entry that starts its way round, so any one can be fixed.
import { basename, dirname, relativePath } from '../fs/file-system.js';
import { tocEntries, tocOf } from '../parse/toc.js';
import { indexFor } from '../workspace/graph/references.js';
import { nestingHref } from '../workspace/graph/tocs.js';
import { defineRule } from './rule.js';

export const tocCircularReference = defineRule(
  {
    id: 'toc-circular-reference',
    docs: { description: 'TOC that nests itself, directly or through other TOCs', category: 'toc' },
    defaultSeverity: 'error',
    fixable: false,
    tocFiles: true,
  },
  ({ document, environment, report }) => {
    const toc = tocOf(document);
    if (!toc) return;
    const { tocs } = indexFor(document, environment);
    const folder = dirname(document.path);
    const shown = (path: string) => relativePath(folder, path) || basename(path);
    for (const entry of tocEntries(toc.entries)) {
      const href = nestingHref(entry);
      const nested = href && tocs.nestedTocFile(document.path, href.value);
      const chain = nested && tocs.nestingChain(nested, document.path);
      if (!href || !chain) continue;
      const loop = [document.path, ...chain].map(shown).join(' → ');
      report({
        message:
          chain.length === 1
            ? `"${href.value}" nests this TOC in itself: the build stops with an error (circular-reference). Point the entry at an article or another TOC.`
            : `"${href.value}" nests a TOC that nests this one again (${loop}): the build stops with an error (circular-reference). Break the loop in one of them.`,
        at: href.at,
      });
    }
  },
);
