// A file that is not Markdown (a redirection file) still reaches the rules as a DocumentModel, so
// ranges, suppressions and fixes work the same way; it holds the text and its lines, and no
// Markdown constructs, since none are parsed.
import type { DocumentModel } from './document.js';
import { LineIndex } from './text.js';

export function plainDocument(path: string, text: string): DocumentModel {
  return {
    path,
    text,
    lines: new LineIndex(text),
    tree: { type: 'root', children: [] },
    frontMatter: undefined,
    headings: [],
    anchors: [],
    links: [],
    images: [],
    includes: [],
    alerts: [],
    divs: [],
    tripleColon: [],
    directives: [],
    codeRanges: [],
    isInCode: () => false,
  };
}
