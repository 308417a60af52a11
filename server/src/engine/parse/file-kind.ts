// Include files are fragments, not articles: several rules treat them differently. A TOC.md is a
// table of contents, not an article either.
import type { DocumentModel } from './document.js';
import { tocFormatOf } from './toc.js';

export function isIncludeFile(document: DocumentModel): boolean {
  if (/(^|\/)includes\//i.test(document.path)) return true;
  const topic = document.frontMatter?.entries.find((entry) => entry.key === 'ms.topic')?.value;
  return typeof topic === 'string' && topic.trim().toLowerCase() === 'include';
}

/** `TOC.md`, `TOC.yml` or `TOC.json` in any letter case: the build reads it as a table of contents. */
export function isTableOfContents(path: string): boolean {
  return tocFormatOf(path) !== undefined;
}
