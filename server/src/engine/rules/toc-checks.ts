// The opening the toc-* rules that follow hrefs share: the TOC model of the document and, for each
// of its href, topicHref and tocHref values, the reference check `checkReferences` made of it
// (resolved once per document, like a link's).
import { tocEntries, tocOf, tocReferences, type TocModel, type TocReferenceKey, type TocValue } from '../parse/toc.js';
import { checkReferences, type ReferenceCheck } from '../workspace/graph/references.js';
import type { RuleContext } from './rule.js';

export interface CheckedToc {
  toc: TocModel;
  /** Every href, topicHref and tocHref of every entry, in order, with its check. */
  references: Array<{ key: TocReferenceKey; reference: TocValue; check: ReferenceCheck }>;
  /** The check of one value of an entry, when it was checked. */
  checkOf(reference: TocValue): ReferenceCheck | undefined;
}

export function checkedToc({
  document,
  environment,
  config,
}: Pick<RuleContext, 'document' | 'environment' | 'config'>): CheckedToc | undefined {
  const toc = tocOf(document);
  if (!toc) return undefined;
  const checks = new Map(checkReferences(document, environment, config).map((check) => [check.at[0], check]));
  const checkOf = (reference: TocValue) => checks.get(reference.at[0]);
  const references: CheckedToc['references'] = [];
  for (const entry of tocEntries(toc.entries)) {
    for (const [key, reference] of tocReferences(entry)) {
      const check = checkOf(reference);
      if (check) references.push({ key, reference, check });
    }
  }
  return { toc, references, checkOf };
}
