// include-unused: a file in an `includes` folder that no article includes is dead text that still
// gets translated and reviewed. Needs the whole repository, so it runs only in repository validation.
import { indexFor, isUnderIncludes } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const includeUnused = defineRule(
  {
    id: 'include-unused',
    docs: { description: 'Every file under an includes folder is included somewhere (repository validation)', category: 'links' },
    defaultSeverity: 'info',
    fixable: false,
    scope: 'repository',
    // An include nothing includes is outside the build scope by definition: that is its subject.
    outsideBuild: true,
  },
  ({ document, environment, report }) => {
    if (!isUnderIncludes(document.path)) return;
    if (indexFor(document, environment).includersOf(document.path).length > 0) return;
    report({ message: 'Nothing includes this file: include it from an article or delete it.', at: [0, document.lines.lineEnd(1)] });
  },
);
