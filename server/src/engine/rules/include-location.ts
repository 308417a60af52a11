// include-location: included files live in an `includes` folder, so writers know a change there
// shows up in other articles (and the build does not publish them as pages).
import { checkReferences, isUnderIncludes } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const includeLocation = defineRule(
  {
    id: 'include-location',
    docs: { description: 'Included files are under an includes folder', category: 'links' },
    defaultSeverity: 'info',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      if (check.source !== 'include' || check.resolved?.kind !== 'file' || isUnderIncludes(check.resolved.path)) continue;
      report({
        message: `"${check.written}" is not in an "includes" folder: move it there so its role is clear and it is not published as a page of its own.`,
        at: check.range,
      });
    }
  },
);
