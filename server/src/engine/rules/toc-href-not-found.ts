// toc-href-not-found: a toc.yml or toc.json entry whose href, topicHref or tocHref names a file that
// does not exist, and (in every TOC format) an href to a folder that holds no toc.md, toc.json or
// toc.yml. The build reports file-not-found and toc-not-found as warnings and the entry leads
// nowhere. In a toc.md a missing file is link-file-not-found's (its links are Markdown links).
import { joinPath } from '../fs/file-system.js';
import { isPartialCheckout } from '../workspace/graph/checkout.js';
import { indexFor } from '../workspace/graph/references.js';
import { TOC_FILE_NAMES, tocHrefKind } from '../workspace/graph/tocs.js';
import { defineRule } from './rule.js';
import { checkedToc } from './toc-checks.js';

export const tocHrefNotFound = defineRule(
  {
    id: 'toc-href-not-found',
    docs: { description: 'TOC entry pointing at a file that does not exist, or at a folder with no TOC', category: 'toc' },
    defaultSeverity: 'warning',
    fixable: true,
    tocFiles: true,
  },
  ({ document, environment, config, report }) => {
    const checked = checkedToc({ document, environment, config });
    if (!checked) return;
    const { toc } = checked;
    const index = indexFor(document, environment);
    for (const { key, reference, check } of checked.references) {
      const label = toc.format === 'markdown' ? 'link' : key;
      if (check.resolved?.kind === 'directory' && tocHrefKind(reference.value) === 'folder') {
        const folder = check.resolved.path;
        if (!TOC_FILE_NAMES.some((name) => index.lookup(joinPath(folder, name))?.kind === 'file')) {
          report({
            message: `The folder "${reference.value}" has no toc.md, toc.json or toc.yml for this ${label} to include.`,
            at: reference.at,
          });
        }
        continue;
      }
      if (toc.format === 'markdown') continue;
      for (const problem of check.problems) {
        if (problem.kind === 'not-checked-out') {
          report({
            message: `The ${label} "${reference.value}" is in a folder this checkout does not have (a partial checkout, or a copy outside git): it cannot be verified here.`,
            at: reference.at,
            severity: 'info',
          });
        }
        if (problem.kind !== 'file-missing' || problem.reason !== 'missing') continue;
        // A TOC lists a whole area of the docset: a partial copy (a slice, a sparse checkout) lacks
        // files of folders it has too, so there a missing target cannot be told from one left out.
        if (isPartialCheckout(index.fs, index.site.workspaceFolderOf(document.path), config)) {
          report({
            message: `The ${label} "${reference.value}" is not in this checkout, which is partial (a sparse checkout, or a copy outside git): it cannot be verified here.`,
            at: reference.at,
            severity: 'info',
          });
          continue;
        }
        const hint = problem.suggestion ? ` Did you mean "${problem.suggestion.newText}"?` : '';
        report({
          message: `The ${label} "${reference.value}" names a file that does not exist.${hint}`,
          at: reference.at,
          ...(problem.suggestion
            ? { fix: { title: `Change to "${problem.suggestion.newText}"`, edits: [problem.suggestion], safe: false } }
            : {}),
        });
      }
    }
  },
);
