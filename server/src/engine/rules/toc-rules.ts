// Tables of contents: toc.yml, toc.json and TOC.md as the Learn build reads them, and the articles they reach.
import type { GuidanceRule } from './rule.js';
import { tocCircularReference } from './toc-circular-reference.js';
import { tocDuplicateEntry } from './toc-duplicate-entry.js';
import { tocHrefKindRule } from './toc-href-kind.js';
import { tocHrefNotFound } from './toc-href-not-found.js';
import { tocLevelSkipped } from './toc-level-skipped.js';
import { tocNameMissing } from './toc-name-missing.js';
import { tocRedirected } from './toc-redirected.js';
import { tocSyntax } from './toc-syntax.js';
import { tocUnreachable } from './toc-unreachable.js';

export const TOC_RULES: readonly GuidanceRule<never>[] = [
  tocSyntax,
  tocLevelSkipped,
  tocNameMissing,
  tocHrefNotFound,
  tocHrefKindRule,
  tocRedirected,
  tocDuplicateEntry,
  tocUnreachable,
  tocCircularReference,
] as GuidanceRule<never>[];
