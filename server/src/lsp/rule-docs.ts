// Where a diagnostic's rule id links to. The extension ships the rule pages (docs/rules/ beside
// dist/): linking to them works offline and shows the page of the installed version. A server run
// from elsewhere (the sources, another editor's install without the pages) links to the published pages.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOCS_BASE_URL } from '../engine/rules/docs-url.js';

/** The folder of rule pages for a server module at `moduleUrl`: shipped when it exists, published otherwise. */
export function ruleDocsBase(moduleUrl: string, folderExists: (path: string) => boolean): string {
  const shipped = new URL('../docs/rules/', moduleUrl);
  return shipped.protocol === 'file:' && folderExists(fileURLToPath(shipped)) ? shipped.href : DOCS_BASE_URL;
}

let base: string | undefined;

export function ruleDocsUrl(ruleId: string): string {
  base ??= ruleDocsBase(import.meta.url, existsSync);
  return `${base}${ruleId}.md`;
}
