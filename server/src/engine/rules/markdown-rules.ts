// The md-* rules, in catalogue order.
import type { GuidanceRule } from './rule.js';
import { mdH1 } from './md-h1.js';

export const MARKDOWN_RULES: GuidanceRule<never>[] = [mdH1];
