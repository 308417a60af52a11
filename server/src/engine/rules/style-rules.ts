// The style-* rules, in catalogue order.
import type { GuidanceRule } from './rule.js';

export const STYLE_RULES: GuidanceRule<never>[] = [];
