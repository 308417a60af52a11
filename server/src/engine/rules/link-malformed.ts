// link-malformed: a link destination the build cannot read as the writer meant. Spaces end a
// destination, so `[a](my file.md)` is not a link at all and shows as literal text; `aka.ms/x`
// without a scheme is a relative path to a file that does not exist; `b.md/` names a folder.
import type { DocumentModel } from '../parse/document.js';
import { proseTexts } from '../parse/prose.js';
import { checkReferences } from '../workspace/graph/references.js';
import { defineRule, type Report } from './rule.js';

/** `](destination)` in plain text: an inline link CommonMark did not accept. */
const UNPARSED_DESTINATION = /\]\(([^()\n]*\s[^()\n]*)\)/g;
/** The destination part, before an optional "title". */
const DESTINATION_AND_TITLE = /^\s*(.*?)\s*(?:"[^"]*"|'[^']*')?\s*$/;
/** Reads as a path or URL (an extension, a folder, an anchor, a scheme), not as words in parentheses. */
const PATH_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|#|\.{0,2}\/|~\/)|\.[a-z0-9]{1,5}(?:[#?]\S*)?$/i;

export const linkMalformed = defineRule(
  {
    id: 'link-malformed',
    docs: {
      description: 'Link destinations the build reads as written: no spaces, a scheme on web addresses, no slash after a file name',
      category: 'links',
    },
    defaultSeverity: 'error',
    fixable: true,
    outsideBuild: true,
  },
  ({ document, environment, config, report }) => {
    for (const check of checkReferences(document, environment, config)) {
      for (const problem of check.problems) {
        if (problem.kind === 'scheme-less') {
          report({
            message: `"${check.destination.rawPath}" has no https://: the build reads it as a file path next to this article, not as the web address ${problem.host}.`,
            at: [check.at[0] + check.destination.pathStart, check.at[0] + check.destination.pathStart + check.destination.rawPath.length],
            fix: { title: 'Add https://', edits: [problem.edit], safe: true },
          });
        }
        if (problem.kind === 'trailing-slash') {
          report({
            message: `"${check.destination.rawPath}" ends with a slash after a file name: it names a folder that does not exist. Remove the slash.`,
            at: [problem.edit.start, problem.edit.end],
            fix: { title: 'Remove the trailing slash', edits: [problem.edit], safe: true },
          });
        }
      }
    }
    for (const finding of destinationsWithSpaces(document)) report(finding);
  },
);

/** `[text](my file.md)`: CommonMark ends a destination at a space, so the whole link stays literal text. */
function destinationsWithSpaces(document: DocumentModel): Report[] {
  const reports: Report[] = [];
  const includes = document.includes.map((include) => [include.range.start.offset, include.range.end.offset] as const);
  for (const { start, source } of proseTexts(document)) {
    if (!source.includes('](')) continue;
    for (const match of source.matchAll(UNPARSED_DESTINATION)) {
      const inner = match[1]!;
      const destination = DESTINATION_AND_TITLE.exec(inner)?.[1] ?? '';
      if (!/\s/.test(destination) || !PATH_LIKE.test(destination)) continue;
      const destinationStart = start + match.index + 2 + inner.indexOf(destination);
      // An include's own syntax is include-not-found's and md-include-syntax's.
      if (includes.some(([from, to]) => destinationStart >= from && destinationStart < to)) continue;
      const encoded = destination.replace(/\s/g, (space) => (space === ' ' ? '%20' : encodeURIComponent(space)));
      reports.push({
        message: `"${destination}" contains a space, so this is not a link: it shows as literal text. Write the space as %20 (or wrap the path in <…>).`,
        at: [destinationStart, destinationStart + destination.length],
        fix: {
          title: `Change to "${encoded}"`,
          edits: [{ start: destinationStart, end: destinationStart + destination.length, newText: encoded }],
          safe: false,
        },
      });
    }
  }
  return reports;
}
