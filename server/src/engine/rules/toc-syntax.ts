// toc-syntax: a table of contents the build cannot read as one: a YAML or JSON syntax error, a TOC
// that is not a list of entries, an entry that is not a map, a key whose value is not text; in
// toc.md, a line that is not a heading, or a heading that mixes a link with other text. The build
// reports these as errors (yaml-syntax-error, json-syntax-error, violate-schema, invalid-toc-syntax)
// and a repeated key as a warning (yaml-duplicate-key).
import { tocOf } from '../parse/toc.js';
import { defineRule } from './rule.js';

export const tocSyntax = defineRule(
  {
    id: 'toc-syntax',
    docs: {
      description: 'TOC file the build cannot read: YAML/JSON syntax, entry shape, toc.md lines that are not headings',
      category: 'toc',
    },
    defaultSeverity: 'error',
    fixable: false,
    tocFiles: true,
  },
  ({ document, report }) => {
    const toc = tocOf(document);
    if (!toc) return;
    for (const problem of toc.syntax) {
      report({ message: problem.message, at: problem.at, ...(problem.severity ? { severity: problem.severity } : {}) });
    }
  },
);
