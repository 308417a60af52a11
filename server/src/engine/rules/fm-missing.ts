// fm-missing: an article must start with a YAML front matter block.
import { formatLearnDate } from '../frontmatter/dates.js';
import { lineBreakOf, yamlScalar } from '../frontmatter/edits.js';
import { isIncludeFile } from '../parse/file-kind.js';
import { defineRule } from './rule.js';

export const fmMissing = defineRule(
  {
    id: 'fm-missing',
    docs: { description: 'An article (not an include file) has no front matter', category: 'front-matter' },
    defaultSeverity: 'error',
    fixable: true,
  },
  ({ document, environment, report }) => {
    if (document.frontMatter || isIncludeFile(document)) return;
    const firstLineEnd = document.lines.lineEnd(1);
    const h1 = document.headings.find((heading) => heading.depth === 1 && !heading.isTab);
    const eol = lineBreakOf(document.text);
    const skeleton = [
      '---',
      `title: ${yamlScalar(h1?.text ?? '')}`,
      'description: ',
      'author: ',
      'ms.author: ',
      `ms.date: ${formatLearnDate(environment.today)}`,
      'ms.topic: article',
      '---',
      '',
    ].join(eol);
    report({
      message: 'This article has no front matter: Learn needs title, description, author, ms.author, ms.date and ms.topic.',
      at: [0, firstLineEnd],
      fix: {
        title: 'Insert a front matter skeleton',
        edits: [{ start: 0, end: 0, newText: skeleton + (document.text.length > 0 ? eol : '') }],
        safe: false,
      },
    });
  },
);
