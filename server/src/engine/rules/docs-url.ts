// Where the rule pages are published: `docs/rules/` of the repository package.json names, unless
// the build says otherwise (GUIDANCE_LINT_RULE_DOCS_URL, for a fork or a docs site: see
// scripts/build.mjs). The editor links to the pages shipped in the extension instead (lsp/rule-docs.ts).
import manifest from '../../../../package.json' with { type: 'json' };

/** Replaced by the build when GUIDANCE_LINT_RULE_DOCS_URL is set; undefined when the sources run unbundled. */
declare const __RULE_DOCS_URL__: string | undefined;

/** `https://github.com/owner/name.git` → `https://github.com/owner/name/blob/main/docs/rules/`. */
export function rulePagesOf(repositoryUrl: string): string {
  return `${repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/docs/rules/`;
}

export const DOCS_BASE_URL: string =
  typeof __RULE_DOCS_URL__ === 'string' && __RULE_DOCS_URL__ !== '' ? __RULE_DOCS_URL__ : rulePagesOf(manifest.repository.url);
