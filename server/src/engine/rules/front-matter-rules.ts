// The fm-* rules, in catalogue order.
import type { GuidanceRule } from './rule.js';
import { fmMissing } from './fm-missing.js';
import { fmYamlSyntax } from './fm-yaml-syntax.js';
import { fmRequired } from './fm-required.js';

export const FRONT_MATTER_RULES: GuidanceRule<never>[] = [fmMissing, fmYamlSyntax, fmRequired];
