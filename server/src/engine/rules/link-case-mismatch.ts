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
        const written = check.destination.rawPath;
        const rewritten = problem.edit.newText;
        const differing =
          rewritten === written ? problem.actual.slice(problem.actual.lastIndexOf('/') + 1) : caseDifferences(written, rewritten);
        report({
          message: `The ${NOUN[check.source]} "${written}" exists only as "${rewritten === written ? problem.actual : rewritten}" (${differing} in other letter case): the site finds it, GitHub and case-sensitive checkouts do not.`,
          at: [problem.edit.start, problem.edit.end],
          fix: { title: `Change to "${problem.edit.newText}"`, edits: [problem.edit], safe: true },
        });
      }
    }
  },
);

/** The folders and file whose letter case differs, named as on disk: `folder "Setup", file "Install.md"`. */
function caseDifferences(written: string, rewritten: string): string {
  const writtenSegments = written.split('/');
  const segments = rewritten.split('/');
  const last = segments.length - 1;
  return segments
    .map((segment, index) => (segment === writtenSegments[index] ? undefined : `${index === last ? 'file' : 'folder'} "${segment}"`))
    .filter((part) => part !== undefined)
    .join(', ');
}
