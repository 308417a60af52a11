// link-anchor-not-found: `#anchor` matches no heading id and no explicit anchor of its target.
import { relativePath, dirname } from '../fs/file-system.js';
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkAnchorNotFound = defineRule(
  {
    id: 'link-anchor-not-found',
    docs: { description: '#anchor matches a heading id (Learn ids) or an explicit anchor of the target', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind !== 'anchor-missing') continue;
        const [start, end] = problem.range;
        report({
          message: anchorNotFoundMessage(
            problem.anchor,
            anchorFileName(document.path, problem.file),
            problem.suggestion ? { suggestion: problem.suggestion } : undefined,
          ),
          at: [start - 1, end],
          ...(problem.suggestion
            ? { fix: { title: `Change to "#${problem.suggestion}"`, edits: [{ start, end, newText: problem.suggestion }], safe: false } }
            : {}),
        });
      }
    }
  },
);

/** How a finding names the file the anchor was looked for in: relative to the linking file. */
export function anchorFileName(linkingFile: string, target: string | undefined): string {
  return target && target !== linkingFile ? relativePath(dirname(linkingFile), target) : 'this file';
}

/**
 * The finding's message, with its hint: the closest anchor, or, when the editor saw the heading
 * renamed in this session (lsp/heading-renames.ts), what it was renamed to.
 */
export function anchorNotFoundMessage(
  anchor: string,
  where: string,
  hint?: { suggestion: string } | { renamedFrom: string; renamedTo: string },
): string {
  const problem = `No heading or anchor "#${anchor}" in ${where}`;
  if (!hint) return `${problem}.`;
  if ('suggestion' in hint) return `${problem}. Did you mean "#${hint.suggestion}"?`;
  return `${problem}: the heading "${hint.renamedFrom}" was renamed to "${hint.renamedTo}".`;
}
