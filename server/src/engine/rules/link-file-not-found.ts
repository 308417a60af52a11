// link-file-not-found: a relative link's target file does not exist in any letter case.
import { reportMissingTargets } from './missing-target.js';
import { defineRule } from './rule.js';

export const linkFileNotFound = defineRule(
  {
    id: 'link-file-not-found',
    docs: { description: 'Relative link target file exists (after decoding %20, without ?query and #anchor)', category: 'links' },
    defaultSeverity: 'error',
    fixable: true,
    outsideBuild: true,
  },
  (context) =>
    reportMissingTargets(context, {
      source: 'link',
      pathNoun: 'link target',
      targetNoun: 'link target',
      names: 'path',
      reasons: { missing: 'does not exist' },
    }),
);
