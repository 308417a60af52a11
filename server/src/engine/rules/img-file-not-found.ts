// img-file-not-found: an image (Markdown, :::image source=, <img src>, <video src/poster>) points to a file that does not exist.
import { reportMissingTargets } from './missing-target.js';
import { defineRule } from './rule.js';

const REASONS = {
  missing: 'does not exist',
  folder: 'is a folder, not an image file',
  'outside-docset': 'climbs above the docset root (the folder of docfx.json): the build does not publish it',
  'outside-workspace': 'is outside the workspace folder, so it is not found',
} as const;

export const imgFileNotFound = defineRule(
  {
    id: 'img-file-not-found',
    docs: {
      description: 'Image file (Markdown image, :::image source=, <img src>, <video src/poster>) exists in some letter case',
      category: 'links',
    },
    defaultSeverity: 'error',
    fixable: true,
    outsideBuild: true,
  },
  (context) =>
    reportMissingTargets(context, { source: 'image', pathNoun: 'image path', targetNoun: 'image', names: 'path', reasons: REASONS }),
);
