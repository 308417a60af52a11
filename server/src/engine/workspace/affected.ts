// Which files' findings can differ after a set of changes: the changed Markdown files themselves,
// and, from the workspace index, the files that depend on them: linkers of a changed, added or
// deleted file (a heading may have been renamed, a file moved), linkers of the files that include
// it (their anchors include the include's), its includers (transitively: their headings and build
// scope depend on it) and the files it includes, now and before the change (same-page links in an
// include are checked against the pages including it; an include no longer included is unused).
// A file whose front matter uid changed (or that was deleted with one) affects the files whose
// `xref:` links name the old or the new uid. A TOC.md is a Markdown linker like any other. A change to a file that says how everything is
// read (configuration, docfx.json, publishing or redirection files, .gitignore, JSON schemas,
// plug-in code) affects every file.
import { CONFIG_FILE_NAMES } from '../config/config.js';
import { PUBLISH_CONFIG } from '../config/docfx.js';
import { basename } from '../fs/file-system.js';
import { isRedirectionFileName } from './graph/redirects.js';
import { scanMarkdown } from './graph/scan.js';
import { includedFile } from './graph/site.js';
import { isMarkdownPath, type WorkspaceIndex } from './index.js';
import { transitive } from './link-graph.js';

export interface FileChanges {
  /** Absolute paths that exist now and differ from before: added, modified, and the new side of a rename. */
  changed: string[];
  /** Absolute paths that existed before and do not now: deleted, and the old side of a rename. */
  deleted: string[];
  /** Text before the change of changed or deleted Markdown files that existed then (its includes matter). */
  previousText: (path: string) => string | undefined;
}

/**
 * Markdown files that may link to or include any of these paths (a superset, such as the files
 * mentioning their names), or `'all'`. Without it the index summarises every file to find them.
 */
export type CandidateFinder = (paths: string[]) => Promise<string[] | 'all'>;

/** Every file (`'all'`), or the files whose findings may differ, sorted. */
export async function affectedFiles(
  index: WorkspaceIndex,
  changes: FileChanges,
  findCandidates?: CandidateFinder,
): Promise<string[] | 'all'> {
  const touched = [...changes.changed, ...changes.deleted];
  if (touched.some(affectsEverything)) return 'all';
  const edges = new ReverseEdges(index, findCandidates ?? (async () => 'all'));
  await edges.prepareTransitively(touched);
  const affected = new Set<string>();
  const existing = (path: string): string | undefined => {
    const found = index.lookup(path);
    return found?.kind === 'file' ? found.path : undefined;
  };
  const includesOf = (path: string): string[] =>
    transitive(path, (file) => (index.summary(file)?.includes ?? []).flatMap((include) => existing(include) ?? []));

  for (const path of changes.changed) if (isMarkdownPath(path)) affected.add(path);
  const uidsChanged = new Set<string>();
  for (const path of touched) {
    const includers = transitive(path, (file) => edges.includersOf(file));
    for (const file of [path, ...includers]) for (const linker of edges.linkersOf(file)) affected.add(linker);
    for (const includer of includers) affected.add(includer);
    if (!isMarkdownPath(path)) continue;
    const includes = new Set(existing(path) ? includesOf(path) : []);
    const previousText = changes.previousText(path);
    const before = previousText === undefined ? undefined : scanMarkdown(previousText);
    for (const written of before?.includes ?? []) {
      const include = includedFile(index.resolve(path, written));
      const found = include === undefined ? undefined : existing(include);
      if (found) for (const file of [found, ...includesOf(found)]) includes.add(file);
    }
    for (const include of includes) affected.add(include);
    const uidNow = existing(path) ? index.summary(path)?.uid : undefined;
    if (before?.uid !== uidNow) for (const uid of [before?.uid, uidNow]) if (uid !== undefined) uidsChanged.add(uid.toLowerCase());
  }
  // Rare (a page's uid renamed): every summary is read to find who names it.
  if (uidsChanged.size > 0) {
    for (const file of index.markdownFiles()) {
      if (index.summary(file)?.xrefs.some((uid) => uidsChanged.has(uid))) affected.add(file);
    }
  }
  // Only files that exist can be checked; an index entry may still name a deleted one.
  return [...affected].filter((path) => existing(path) === path).sort();
}

/**
 * Who links to and includes the paths asked about, from the index's summaries of the candidate
 * files only: the same edges as `WorkspaceIndex.linkersOf`/`includersOf` (matched the same way,
 * ignoring case and a missing `.md`), without summarising the whole workspace.
 */
class ReverseEdges {
  private readonly linkers = new Map<string, Set<string>>();
  private readonly includers = new Map<string, Set<string>>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly findCandidates: CandidateFinder,
  ) {}

  linkersOf(path: string): string[] {
    return [...(this.linkers.get(path) ?? [])];
  }

  includersOf(path: string): string[] {
    return [...(this.includers.get(path) ?? [])];
  }

  /** Finds the edges into these paths, then into their includers, and so on. */
  async prepareTransitively(paths: string[]): Promise<void> {
    let frontier = [...new Set(paths)];
    while (frontier.length > 0) {
      await this.prepare(frontier);
      frontier = [...new Set(frontier.flatMap((path) => this.includersOf(path)))].filter((path) => !this.linkers.has(path));
    }
  }

  private async prepare(paths: string[]): Promise<void> {
    const candidates = await this.findCandidates(paths);
    const wanted = new Map<string, string>();
    for (const path of paths) {
      this.linkers.set(path, new Set());
      this.includers.set(path, new Set());
      const key = path.toLowerCase();
      wanted.set(key, path);
      wanted.set(key.replace(MARKDOWN_EXTENSION, ''), path);
    }
    for (const file of candidates === 'all' ? this.index.markdownFiles() : candidates) {
      const summary = this.index.summary(file);
      if (!summary) continue;
      for (const link of summary.links) {
        const target = wanted.get(link.toLowerCase());
        if (target) this.linkers.get(target)!.add(file);
      }
      for (const include of summary.includes) {
        const target = wanted.get(include.toLowerCase());
        if (target) this.includers.get(target)!.add(file);
      }
    }
  }
}

const MARKDOWN_EXTENSION = /\.(md|markdown)$/;

const EVERYTHING_NAMES = new Set(['docfx.json', PUBLISH_CONFIG.toLowerCase(), '.gitignore', ...CONFIG_FILE_NAMES]);
/** JSON may be a front matter schema the configuration names; scripts may be plug-ins. */
const EVERYTHING_EXTENSIONS = /\.(json|jsonc|js|mjs|cjs)$/i;

function affectsEverything(path: string): boolean {
  const name = basename(path);
  return EVERYTHING_NAMES.has(name.toLowerCase()) || isRedirectionFileName(name) || EVERYTHING_EXTENSIONS.test(name);
}
