// include-nested: an include file that includes another: the text is then assembled from pieces two
// levels deep, which writers cannot follow and the build resolves relative to the wrong file.
import { isIncludeFile } from '../parse/file-kind.js';
import { indexFor } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const includeNested = defineRule(
  {
    id: 'include-nested',
    docs: { description: 'An include file does not include another file', category: 'links' },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, report }) => {
    const includes = document.includes.filter((include) => include.wellFormed);
    if (includes.length === 0) return;
    if (!isIncludeFile(document) && indexFor(document, environment).includersOf(document.path).length === 0) return;
    for (const include of includes) {
      report({
        message: `Nested include: this file is itself an include, and includes "${include.path}". Include that file from the article instead.`,
        at: include.range,
      });
    }
  },
);
