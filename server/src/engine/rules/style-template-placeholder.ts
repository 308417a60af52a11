// style-template-placeholder: fill-in text of our snippets and completions left in an article
// ("github-username", "Introduce the article: …", "Tagline that sums up their stage"). Only text
// that tells the writer what to write is listed: the persona snippets' example sentences come from
// real articles and may rightly stay. A unit test keeps the list in step with the snippets.
import { defineRule } from './rule.js';

/** Instructions to the writer that snippets and completions insert as placeholder text. */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = [
  // Front matter of a new article.
  'github-username',
  'microsoft-alias',
  'reviewer-alias',
  'Article title of 20 to 60 characters',
  'Summary of 115 to 165 characters for search results and social cards.',
  'to understand a concept or do a task',
  'Introduce the article: what the reader learns here and why it matters.',
  // A persona section of one's own.
  'Tagline that sums up their stage',
  'are at the stage of their journey that this sentence describes',
  'First question they ask?',
  'Second question they ask?',
  'What it is and how it helps them.',
  'What it is, and where to learn more.',
  'aim to create value for whom, and how',
  // Images, videos, columns and links.
  'Screenshot that shows what the reader needs to see.',
  'Diagram that shows the process in one sentence.',
  'Long description of everything the image shows',
  'What the video shows',
  'Content of the first column.',
  'Content of the second column.',
  'Content of the column.',
  'Title of the next article',
  'Title of a related article',
  'Title of another related article',
];

export const styleTemplatePlaceholder = defineRule(
  {
    id: 'style-template-placeholder',
    docs: {
      description: 'Placeholder text of a snippet left in the article ("github-username", "Introduce the article: …")',
      category: 'style',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, report }) => {
    const { text } = document;
    for (const placeholder of TEMPLATE_PLACEHOLDERS) {
      // indexOf per phrase: linear in the text, and a few dozen phrases.
      for (let start = text.indexOf(placeholder); start !== -1; start = text.indexOf(placeholder, start + placeholder.length)) {
        if (document.isInCode(start)) continue;
        report({
          message: `"${placeholder}" is placeholder text from a template: replace it with the article's own.`,
          at: [start, start + placeholder.length],
        });
      }
    }
  },
);
