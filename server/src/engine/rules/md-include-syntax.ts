// md-include-syntax: `[!INCLUDE [title](path)]` is well formed. A malformed include is published
// as literal text. A lower-case keyword is read by the Learn build like the upper-case one, and
// whole repositories use it, so asking for upper case is opt-in (`upperCaseKeyword`, info).
import type { Include } from '../parse/learn-syntax.js';
import type { Fix } from '../types.js';
import { defineRule } from './rule.js';

/** A path-like token in a malformed include: what the writer meant to include. */
const PATH_TOKEN = /[^\s()[\]<>"]+\.md\b/i;
const TITLE = /^\s*\[([^\]\n]*)\]/;

export const mdIncludeSyntax = defineRule<{ upperCaseKeyword: boolean }>(
  {
    id: 'md-include-syntax',
    docs: { description: '`[!INCLUDE [title](path)]` is well formed; upper-case keyword on request (info)', category: 'markdown' },
    defaultSeverity: 'error',
    fixable: true,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        upperCaseKeyword: { type: 'boolean', default: false, description: 'Report a keyword that is not upper case (info).' },
      },
    },
  },
  ({ document, options, report }) => {
    for (const include of document.includes) {
      if (!include.wellFormed) {
        const fix = rebuild(document.text, include);
        report({
          message: 'This include is not well formed: write [!INCLUDE [title](path/to/file.md)].',
          at: include.range,
          ...(fix ? { fix } : {}),
        });
      } else if (options.upperCaseKeyword === true && include.keyword !== 'INCLUDE') {
        report({
          message: `Write the keyword in upper case: [!INCLUDE …], not [!${include.keyword} …].`,
          at: include.keywordRange,
          severity: 'info',
          fix: {
            title: 'Change to [!INCLUDE',
            edits: [{ start: include.keywordRange.start.offset, end: include.keywordRange.end.offset, newText: 'INCLUDE' }],
            safe: true,
          },
        });
      }
    }
  },
);

/** The well-formed include built from the title and path found in a malformed one. */
function rebuild(text: string, include: Include): Fix | undefined {
  const start = include.range.start.offset;
  const afterKeyword = include.keywordRange.end.offset;
  const rest = text.slice(afterKeyword, include.range.end.offset);
  const path = PATH_TOKEN.exec(rest);
  if (!path) return undefined;
  const title = TITLE.exec(rest)?.[1]?.trim() ?? '';
  // Replace through the path and the brackets that close it, so text after the include stays.
  let end = afterKeyword + path.index + path[0].length;
  while (end < include.range.end.offset && /[\s)\]>"]/.test(text[end]!) && text[end] !== '\n') end++;
  while (end > afterKeyword && /\s/.test(text[end - 1]!)) end--;
  return {
    title: 'Rewrite as [!INCLUDE [title](path)]',
    edits: [{ start, end, newText: `[!INCLUDE [${title}](${path[0]})]` }],
    safe: false,
  };
}
