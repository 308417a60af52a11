// link-case-mismatch: the target exists only with other letter case: the site finds it, GitHub and
// case-sensitive checkouts (Linux builds, Git on macOS with core.ignorecase=false) do not.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

const NOUN = { link: 'link target', image: 'image', include: 'include file' } as const;

export const linkCaseMismatch = defineRule(
  {
    id: 'link-case-mismatch',
    docs: { description: 'Link, image or include target exists only with other letter case', category: 'links' },
    defaultSeverity: 'info',
    fixable: true,
    outsideBuild: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind !== 'case-mismatch') continue;
        const actualName = problem.actual.slice(problem.actual.lastIndexOf('/') + 1);
        report({
          message: `The ${NOUN[check.source]} "${check.destination.rawPath}" exists only as "${actualName}" (other letter case): the site finds it, GitHub and case-sensitive checkouts do not.`,
          at: [problem.edit.start, problem.edit.end],
          fix: { title: `Change to "${problem.edit.newText}"`, edits: [problem.edit], safe: true },
        });
      }
    }
  },
);
