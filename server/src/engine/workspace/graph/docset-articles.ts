// What the Learn build knows only from all the articles of a docset together: which articles share
// a title or an H1 (its duplicate-title and duplicate-h1 checks) and which publish to the same URL
// (publish-url-conflict, output-path-conflict). Grouped once per state of the index from the cheap
// summaries; who counts is settled only for the members of a group, which are few:
// - an article is a Markdown file the build takes (build scope), not a TOC and not an include;
// - for titles and H1s, not a page kept out of search (`robots: noindex`), as the build skips them;
// - a title is compared as the build shows it: the part before a `|`, then " - " and the
//   `titleSuffix` when there is one; without a `title`, the H1 is the title;
// - URLs are lower case (the build's default) and drop `.md`; a `.yml` page (YamlMime) in the same
//   folder with the same name publishes there too.
// A file a .gitignore ignores is not in the repository the build clones: it never counts.
// Every file's H1 comes from the index's line scan, which skips HTML comment blocks; the checked
// file's own H1 is confirmed against its parse by the rule.
import { BuildScope } from '../../config/build-scope.js';
import { basename, dirname, isInside, joinPath, relativePath } from '../../fs/file-system.js';
import { isTableOfContents } from '../../parse/file-kind.js';
import { GitignoreFiles } from '../gitignore-files.js';
import type { WorkspaceIndex } from '../index.js';
import { isUnderIncludes } from './references.js';

type GroupKind = 'title' | 'h1' | 'url';

/** The articles grouped by title, H1 and URL, as plain data (structured clone): the grouping is the costly part. */
export type DocsetArticlesSnapshot = Record<GroupKind, Map<string, string[]>>;

export class DocsetArticles {
  private readonly groups: DocsetArticlesSnapshot;
  private readonly scope: BuildScope;
  private readonly built = new Map<string, boolean>();
  private readonly gitignores: GitignoreFiles;

  /** `groups`: the grouping another index of the same workspace made (`snapshot()`), else it is made from the summaries. */
  constructor(
    private readonly index: WorkspaceIndex,
    groups?: DocsetArticlesSnapshot,
  ) {
    this.scope = new BuildScope(index.site.docfx);
    this.gitignores = new GitignoreFiles(index.fs);
    this.groups = groups ?? { title: new Map(), h1: new Map(), url: new Map() };
    if (groups) return;
    for (const path of index.markdownFiles()) {
      if (isTableOfContents(path) || isUnderIncludes(path) || this.isGitIgnored(path)) continue;
      const summary = index.summary(path);
      if (!summary || summary.metadata['ms.topic']?.trim().toLowerCase() === 'include') continue;
      const root = index.site.docsetRootOf(path) ?? '';
      const title = comparable(summary.title);
      if (title !== undefined && !/^[>|]/.test(title)) add(this.groups.title, `${root}\n${title.split('|')[0]!.trim()}`, path);
      const h1 = comparable(summary.h1);
      if (h1 !== undefined) add(this.groups.h1, `${root}\n${h1}`, path);
      add(this.groups.url, `${root}\n${this.urlKey(path, root)}`, path);
    }
    // Only groups of two or more are ever asked about (`candidates`); an article alone in its group
    // would hold memory in every worker the grouping is handed to.
    for (const groups of Object.values(this.groups)) for (const [key, paths] of groups) if (paths.length < 2) groups.delete(key);
  }

  /** The grouping, shared (not copied): serialise it before changing either side. */
  snapshot(): DocsetArticlesSnapshot {
    return this.groups;
  }

  /** The articles of the docset, other than `path`, whose title the build shows as the same as this one's. */
  sameTitle(path: string): string[] {
    const others = this.candidates('title', path, (summary) => summary.title);
    if (others.length === 0 || this.isNoIndex(path)) return [];
    const shown = this.shownTitle(path);
    return others.filter((other) => !this.isNoIndex(other) && this.shownTitle(other) === shown);
  }

  /** The articles of the docset, other than `path`, with the same H1. */
  sameH1(path: string): string[] {
    const others = this.candidates('h1', path, (summary) => summary.h1);
    if (others.length === 0 || this.isNoIndex(path)) return [];
    const h1 = comparable(this.index.summary(path)?.h1);
    return others.filter((other) => !this.isNoIndex(other) && comparable(this.index.summary(other)?.h1) === h1);
  }

  /** Other files of the docset that publish to the URL of `path`: articles, and `.yml` pages beside it. */
  sameUrl(path: string): string[] {
    const others = this.candidates('url', path, () => '');
    // Looked up by name, whatever its case: a folder can hold tens of thousands of files.
    const yaml = this.index.lookup(joinPath(dirname(path), `${basename(path).replace(/\.md$/i, '')}.yml`));
    if (yaml?.kind === 'file' && !isTableOfContents(yaml.path) && this.isBuilt(yaml.path) && this.isYamlPage(yaml.path))
      others.push(yaml.path);
    return others;
  }

  private candidates(
    kind: GroupKind,
    path: string,
    value: (summary: NonNullable<ReturnType<WorkspaceIndex['summary']>>) => string | undefined,
  ): string[] {
    const summary = this.index.summary(path);
    if (!summary) return [];
    const root = this.index.site.docsetRootOf(path) ?? '';
    let key: string;
    if (kind === 'url') key = this.urlKey(path, root);
    else {
      const written = comparable(value(summary));
      if (written === undefined) return [];
      key = kind === 'title' ? written.split('|')[0]!.trim() : written;
    }
    const group = this.groups[kind].get(`${root}\n${key}`) ?? [];
    if (group.length < 2 || !group.includes(path) || !this.isBuilt(path)) return [];
    return group.filter((other) => other !== path && this.isBuilt(other));
  }

  /** Whether a .gitignore from the workspace folder down to the file's folder ignores it. */
  private isGitIgnored(path: string): boolean {
    const workspace = this.index.site.workspaceFolderOf(path);
    if (!workspace) return false;
    return this.gitignores
      .scopesFor(dirname(path), (folder) => folder === workspace)
      .some(({ folder, matcher }) => matcher.ignores(relativePath(folder, path)));
  }

  private isBuilt(path: string): boolean {
    let built = this.built.get(path);
    if (built === undefined) {
      built = this.scope.isBuilt(path);
      this.built.set(path, built);
    }
    return built;
  }

  /** `robots: noindex` in the front matter, else in the docset's metadata for the file. */
  private isNoIndex(path: string): boolean {
    const robots = this.index.summary(path)?.metadata.robots ?? this.index.site.docfx.metadataFor(path).robots;
    return typeof robots === 'string' && /noindex/i.test(robots);
  }

  private shownTitle(path: string): string | undefined {
    const title = comparable(this.index.summary(path)?.title);
    if (title === undefined) return undefined;
    const suffix = this.index.summary(path)?.metadata.titleSuffix ?? this.index.site.docfx.metadataFor(path).titleSuffix;
    if (typeof suffix !== 'string' || suffix.trim() === '') return title;
    // The site shows "<title before |> - <suffix>"; spaces around the | do not show.
    return `${title.split('|')[0]!.trim()} - ${suffix.trim()}`;
  }

  private isYamlPage(path: string): boolean {
    const bytes = this.index.fs.readFile(path);
    return bytes !== undefined && /^\s*#+\s*YamlMime:/.test(new TextDecoder().decode(bytes.subarray(0, 200)));
  }

  /** The site path of a Markdown file in its docset, as the build lower-cases it, without `.md`. */
  private urlKey(path: string, root: string): string {
    const project = this.index.site.docfx.projectFor(path);
    const group = project?.content?.find(
      (candidate) => isInside(path, candidate.base) && path !== candidate.base && candidate.matches(relativePath(candidate.base, path)),
    );
    const base = group?.base ?? root;
    const relative = relativePath(base, path).replace(/\.md$/i, '');
    return (group?.dest ? `${group.dest}/${relative}` : relative).toLowerCase();
  }
}

const facts = new WeakMap<WorkspaceIndex, { changes: number; articles: DocsetArticles }>();

/** The docset facts of the index's current state, grouped on first use after a change. */
export function docsetArticles(index: WorkspaceIndex): DocsetArticles {
  // Every check that asks depends on every article (a --cache entry must say so), not only the first.
  index.ensureComplete();
  const cached = facts.get(index);
  if (cached && cached.changes === index.changes) return cached.articles;
  const articles = new DocsetArticles(index);
  facts.set(index, { changes: index.changes, articles });
  return articles;
}

/** The grouping of the index's current state when it has been made, to hand to another index of the same workspace. */
export function docsetArticlesSnapshot(index: WorkspaceIndex): DocsetArticlesSnapshot | undefined {
  const cached = facts.get(index);
  return cached && cached.changes === index.changes ? cached.articles.snapshot() : undefined;
}

/** Takes the grouping another index of the same workspace made, in its current state, instead of making it again. */
export function restoreDocsetArticles(index: WorkspaceIndex, groups: DocsetArticlesSnapshot): void {
  facts.set(index, { changes: index.changes, articles: new DocsetArticles(index, groups) });
}

/** Spaces collapsed, ends trimmed; undefined for nothing. */
function comparable(text: string | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

function add(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key);
  if (list) list.push(path);
  else map.set(key, [path]);
}
