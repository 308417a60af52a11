// Include files are fragments, not articles: several rules treat them differently.
import type { DocumentModel } from './document.js';

export function isIncludeFile(document: DocumentModel): boolean {
  if (/(^|\/)includes\//i.test(document.path)) return true;
  const topic = document.frontMatter?.entries.find((entry) => entry.key === 'ms.topic')?.value;
  return typeof topic === 'string' && topic.trim().toLowerCase() === 'include';
}
