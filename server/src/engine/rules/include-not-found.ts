// include-not-found: the file named by [!INCLUDE [title](path)] does not exist where the build looks.
import { reportMissingTargets } from './missing-target.js';
import { defineRule } from './rule.js';

const REASONS = {
  missing: 'does not exist',
  folder: 'is a folder, not a file',
  'outside-docset': 'climbs above the docset root (the folder of docfx.json): the build cannot include it',
  'outside-workspace': 'is outside the workspace folder: the build cannot include it',
} as const;

export const includeNotFound = defineRule(
  {
    id: 'include-not-found',
    docs: { description: 'The include target file exists', category: 'links' },
    defaultSeverity: 'error',
    fixable: true,
  },
  (context) =>
    reportMissingTargets(context, {
      source: 'include',
      pathNoun: 'include path',
      targetNoun: 'include file',
      names: 'written',
      reasons: REASONS,
    }),
);
