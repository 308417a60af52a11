// include-cycle: an include chain that returns to a file already on it never ends; the build fails.
import { dirname, relativePath } from '../fs/file-system.js';
import { includeCycleFrom, indexFor } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const includeCycle = defineRule(
  {
    id: 'include-cycle',
    docs: { description: 'No include chain returns to a file already on it', category: 'links' },
    defaultSeverity: 'error',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    if (document.includes.length === 0) return;
    const index = indexFor(document, environment);
    for (const include of document.includes) {
      if (!include.wellFormed) continue;
      const target = index.resolve(document.path, include.path, config.docsets);
      if (target.kind !== 'path') continue;
      const chain = includeCycleFrom(index, document.path, target.path);
      if (!chain) continue;
      const folder = dirname(document.path);
      const names = chain.map((file) => relativePath(folder, file) || file.slice(file.lastIndexOf('/') + 1));
      report({ message: `Include cycle: ${names.join(' → ')}.`, at: include.pathRange });
    }
  },
);
