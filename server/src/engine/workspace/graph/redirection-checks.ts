// What is wrong with the entries of one redirection file, worked out once per check for every
// `redirect-*` rule. The file's own entries come from the text being checked (an editor buffer
// may be ahead of the disk); the other redirection files come from the index's RedirectMap.
import { BuildScope } from '../../config/build-scope.js';
import type { ResolvedConfig } from '../../config/config.js';
import { basename, dirname, relativePath } from '../../fs/file-system.js';
import type { DocumentModel } from '../../parse/document.js';
import type { LintEnvironment } from '../environment.js';
import type { WorkspaceIndex } from '../index.js';
import { isRedirectionFileName, pageCandidates, type Redirect, type ResolvedRedirect } from './redirects.js';
import { indexFor } from './references.js';

export type RedirectionProblem =
  /** The removed article is still there: the build publishes the redirect and warns (`redirected-file-not-removed`). */
  | { kind: 'source-exists'; redirect: Redirect; existing: string }
  /** An earlier entry has the same source (and monikers): docfx `redirection-conflict`. */
  | { kind: 'duplicate-source'; redirect: Redirect; first: Redirect }
  /** The chain of redirects comes back where it has been: docfx `circular-redirection`. */
  | { kind: 'loop'; redirect: Redirect; resolved: ResolvedRedirect }
  /** The target is itself redirected: readers take several hops. */
  | { kind: 'chain'; redirect: Redirect; resolved: ResolvedRedirect }
  /** The target is a page of this repository that does not exist and is not redirected. */
  | { kind: 'target-missing'; redirect: Redirect; missing: string }
  /** Several entries move their document id to one page: docfx `redirection-url-conflict`. */
  | { kind: 'document-id-conflict'; redirect: Redirect; others: Redirect[]; target: string };

export interface RedirectionFacts {
  index: WorkspaceIndex;
  problems: RedirectionProblem[];
}

const factsByDocument = new WeakMap<DocumentModel, RedirectionFacts>();

/** A redirection file the engine checks: named as docfx probes for it (`*.openpublishing.redirection*.json`). */
export function isCheckedRedirectionFile(path: string): boolean {
  return isRedirectionFileName(basename(path));
}

export function redirectionFacts(document: DocumentModel, environment: LintEnvironment, config: ResolvedConfig): RedirectionFacts {
  const cached = factsByDocument.get(document);
  if (cached) return cached;
  const index = indexFor(document, environment);
  const facts: RedirectionFacts = { index, problems: findProblems(document, index, environment, config.docsets) };
  factsByDocument.set(document, facts);
  return facts;
}

function findProblems(
  document: DocumentModel,
  index: WorkspaceIndex,
  environment: LintEnvironment,
  configured: Record<string, string>,
): RedirectionProblem[] {
  const map = index.redirects;
  const own = map.entriesIn(document.path, document.text);
  // The other files as the map read them, in the map's order (by path); this file's entries replace its own.
  const others = map.allRedirects().filter((redirect) => redirect.file !== document.path);
  const all = [
    ...others.filter((redirect) => redirect.file < document.path),
    ...own,
    ...others.filter((redirect) => redirect.file > document.path),
  ];
  const scope = new BuildScope(environment.docfx);
  const problems: RedirectionProblem[] = [];

  const firstBySource = new Map<string, Redirect>();
  for (const redirect of all) {
    const key = `${redirect.source.toLowerCase()}|${redirect.monikers}`;
    const first = firstBySource.get(key);
    if (!first) firstBySource.set(key, redirect);
    else if (redirect.file === document.path) problems.push({ kind: 'duplicate-source', redirect, first });
  }

  const documentIdTargets = new Map<string, Redirect[]>();
  for (const redirect of all) {
    if (!redirect.documentId) continue;
    const target = landingPage(map.follow(redirect, undefined, configured));
    if (target) documentIdTargets.set(target, [...(documentIdTargets.get(target) ?? []), redirect]);
  }

  for (const redirect of own) {
    // docfx ignores an entry whose source its build does not take.
    if (!scope.isBuilt(redirect.source)) continue;
    const existing = index.lookup(redirect.source);
    if (existing?.kind === 'file') problems.push({ kind: 'source-exists', redirect, existing: existing.path });
    const resolved = map.follow(redirect, undefined, configured);
    if (resolved.target.kind === 'circular') {
      problems.push({ kind: 'loop', redirect, resolved });
      continue;
    }
    if (resolved.chain.length > 1) problems.push({ kind: 'chain', redirect, resolved });
    const missing = missingPage(resolved, index, configured);
    if (missing) problems.push({ kind: 'target-missing', redirect, missing });
    const target = landingPage(resolved);
    const sharing = target ? (documentIdTargets.get(target) ?? []) : [];
    if (redirect.documentId && sharing.length > 1)
      problems.push({ kind: 'document-id-conflict', redirect, others: sharing.filter((other) => other !== redirect), target: target! });
  }
  return problems.sort((a, b) => a.redirect.sourceAt[0] - b.redirect.sourceAt[0]);
}

/** The page a one-hop redirect lands on: docfx moves a document id only to a page published at the URL itself. */
function landingPage(resolved: ResolvedRedirect): string | undefined {
  return resolved.chain.length === 1 && resolved.target.kind === 'file' ? resolved.target.path : undefined;
}

/**
 * The repository path a redirect ends on when no page is there. Only judged inside a subfolder this
 * repository has: several repositories publish under one site prefix, and top-level pages are
 * often landing pages built elsewhere (the same caution as for site-path links).
 */
function missingPage(resolved: ResolvedRedirect, index: WorkspaceIndex, configured: Record<string, string>): string | undefined {
  const { target } = resolved;
  const last = resolved.chain[resolved.chain.length - 1]!;
  const path =
    target.kind === 'path'
      ? target.path
      : target.kind === 'site'
        ? index.site.mapSitePath(last.source, target.sitePath, configured)
        : undefined;
  if (path === undefined) return undefined;
  const bare = path.replace(/\/+$/, '');
  if (pageCandidates(bare).some((candidate) => index.lookup(candidate)?.kind === 'file')) return undefined;
  const folder = index.lookup(dirname(bare));
  if (folder?.kind !== 'directory' || index.site.docsetRootOf(bare) === folder.path) return undefined;
  return bare;
}

/** A path as a writer reads it in a message: relative to its workspace folder. */
export function shownPath(index: WorkspaceIndex, path: string): string {
  return relativePath(index.site.workspaceFolderOf(path) ?? dirname(path), path);
}
