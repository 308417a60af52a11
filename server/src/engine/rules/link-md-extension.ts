// link-md-extension: a relative link to an article leaves out `.md`. The site forgives it, but
// GitHub's preview, the editor and link checkers do not find the file.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkMdExtension = defineRule(
  {
    id: 'link-md-extension',
    docs: { description: 'Relative link to an article includes the .md extension', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind !== 'md-extension') continue;
        const start = check.at[0] + check.destination.pathStart;
        report({
          message: `Add ".md": "${check.destination.rawPath}" is the article "${check.destination.rawPath}.md".`,
          at: [start, problem.edit.end],
          fix: { title: 'Add ".md"', edits: [problem.edit], safe: true },
        });
      }
    }
  },
);
