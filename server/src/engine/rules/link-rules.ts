// The link-*, img-* and include-* rules, in catalogue order.
import type { GuidanceRule } from './rule.js';

export const LINK_RULES: GuidanceRule<never>[] = [];
