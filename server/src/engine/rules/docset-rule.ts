// What docset-duplicate-title, docset-duplicate-h1 and docset-url-conflict share: the other files
// are named relative to the checked one, a few of them, so the message stays readable when a
// title is shared by a hundred articles.
import { dirname, relativePath } from '../fs/file-system.js';

const NAMED = 3;

export function namedFiles(from: string, others: string[]): string {
  const names = others.slice(0, NAMED).map((other) => relativePath(dirname(from), other));
  const more = others.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}
