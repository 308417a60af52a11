// The opening the fm-* rules share: work out the file's front matter facts once, and say nothing
// when the front matter is missing, unclosed or does not parse (fm-missing and fm-yaml-syntax,
// which are plain rules, report those).
import { frontMatterFacts, type FrontMatterFacts } from '../frontmatter/settings.js';
import type { RuleMeta } from '../types.js';
import { defineRule, type GuidanceRule, type RuleContext } from './rule.js';

export interface FrontMatterRuleContext<Options> extends RuleContext<Options> {
  facts: FrontMatterFacts;
}

export function defineFrontMatterRule<Options = Record<string, unknown>>(
  meta: RuleMeta,
  check: (context: FrontMatterRuleContext<Options>) => void,
): GuidanceRule<Options> {
  return defineRule<Options>(meta, (context) => {
    const facts = frontMatterFacts(context.document, context.config, context.environment);
    if (facts) check({ ...context, facts });
  });
}
