// The style-* rules, in catalogue order.
import type { GuidanceRule } from './rule.js';
import { styleAiArtifact } from './style-ai-artifact.js';
import { styleMojibake } from './style-mojibake.js';
import { styleRepeatedWord } from './style-repeated-word.js';
import { styleTemplatePlaceholder } from './style-template-placeholder.js';
import { styleTerms } from './style-terms.js';

export const STYLE_RULES: GuidanceRule<never>[] = [styleAiArtifact, styleMojibake, styleRepeatedWord, styleTemplatePlaceholder, styleTerms];
