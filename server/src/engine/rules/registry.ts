// Every rule the engine knows, by family. Adding a rule: its file, its doc page, its fixture, and
// one entry in its family's list.
import type { RuleMeta } from '../types.js';
import { DOCSET_RULES } from './docset-rules.js';
import { ENGINE_RULES } from './engine-rules.js';
import { FRONT_MATTER_RULES } from './front-matter-rules.js';
import { LINK_RULES } from './link-rules.js';
import { MARKDOWN_RULES } from './markdown-rules.js';
import { REDIRECT_RULES } from './redirect-rules.js';
import type { GuidanceRule } from './rule.js';
import { STYLE_RULES } from './style-rules.js';
import { TOC_RULES } from './toc-rules.js';

export const RULES: readonly GuidanceRule<never>[] = [
  ...FRONT_MATTER_RULES,
  ...MARKDOWN_RULES,
  ...LINK_RULES,
  ...TOC_RULES,
  ...STYLE_RULES,
  ...REDIRECT_RULES,
  ...DOCSET_RULES,
];

export const RULE_METAS: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), ...ENGINE_RULES];

export const RULE_META_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULE_METAS.map((meta) => [meta.id, meta]));

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(RULE_META_BY_ID.keys());
