// fm-customer-intent: concept articles, how-tos, tutorials and quickstarts state who they serve in a
// `#customer intent: As a …, I want … so that …` comment, which Learn's content reviews read.
import { insertKeysEdit, lineBreakOf } from '../frontmatter/edits.js';
import { textEntry } from '../frontmatter/settings.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

/** In the front matter as a YAML comment, or in the body as an HTML comment. */
const CUSTOMER_INTENT = /(?:#|<!--)[ \t]*customer[ \t]+intent[ \t]*:/i;
const SKELETON = '#customer intent: As a <role>, I want <goal> so that <benefit>.';

export const fmCustomerIntent = defineFrontMatterRule(
  {
    id: 'fm-customer-intent',
    docs: { description: 'concept-article, how-to, tutorial and quickstart have a #customer intent comment', category: 'front-matter' },
    defaultSeverity: 'info',
    fixable: true,
  },
  ({ document, facts, report }) => {
    // Only a topic the writer chose: a docset-wide default (docfx.json) is no statement about this article.
    const topic = textEntry(facts, 'ms.topic');
    if (!topic || !facts.settings.customerIntentTopics.includes(topic.value.trim())) return;
    if (CUSTOMER_INTENT.test(document.text)) return;
    const description = facts.entries.get('description');
    const { lines } = document;
    // Next to the description, where Learn's templates put it; else before the closing fence.
    const afterLine = description
      ? lines.point(Math.max(description.keyRange.end.offset, description.valueRange.end.offset - 1)).line
      : undefined;
    const edit =
      afterLine !== undefined
        ? { start: lines.lineStart(afterLine + 1), end: lines.lineStart(afterLine + 1), newText: SKELETON + lineBreakOf(document.text) }
        : insertKeysEdit(document.text, facts.frontMatter, [SKELETON]);
    report({
      message: `A ${topic.value.trim()} article states its customer intent: add "#customer intent: As a …, I want … so that …" to the front matter.`,
      at: topic.valueRange,
      ...(edit ? { fix: { title: 'Insert a customer intent comment', edits: [edit], safe: false } } : {}),
    });
  },
);
