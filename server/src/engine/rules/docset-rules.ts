// The docset-* rules: facts about a docset's articles taken together (repository validation).
import { docsetDuplicateH1 } from './docset-duplicate-h1.js';
import { docsetDuplicateTitle } from './docset-duplicate-title.js';
import { docsetUrlConflict } from './docset-url-conflict.js';
import type { GuidanceRule } from './rule.js';

export const DOCSET_RULES: GuidanceRule<never>[] = [docsetDuplicateTitle, docsetDuplicateH1, docsetUrlConflict] as GuidanceRule<never>[];
