// link-backslash: `media\a\b.png` uses `\` as a folder separator. The build reads it as `/`, GitHub's
// preview and other Markdown tools do not, so the link works on the site only.
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule } from './rule.js';

export const linkBackslash = defineRule(
  {
    id: 'link-backslash',
    docs: { description: 'Link, image and include paths separate folders with / (not \\)', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
    outsideBuild: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      const { destination } = check;
      if (destination.backslashes.length === 0) continue;
      const pathStart = check.at[0] + destination.pathStart;
      report({
        message: `"${destination.rawPath}" separates folders with "\\": the Learn build accepts it, GitHub's preview does not. Use "/".`,
        at: [pathStart, pathStart + destination.rawPath.length],
        // The build reads both separators alike, so the page it publishes is the same.
        fix: {
          title: 'Use / as the folder separator',
          edits: destination.backslashes.map(([start, end]) => ({ start: pathStart + start, end: pathStart + end, newText: '/' })),
          safe: true,
        },
      });
    }
  },
);
