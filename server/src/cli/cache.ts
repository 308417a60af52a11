// --cache: a file's findings are reused when its content, the files its checks read (link targets,
// includes), the workspace's file list and the run's settings are all unchanged. Anything else
// is checked again. A file whose size and modification time are those it had when its content was
// last hashed is not read again (ESLint's default strategy); a fresh clone has new times, so it is.
import { createHash } from 'node:crypto';
import type { ArticleFacts } from '../engine/frontmatter/article-facts.js';
import type { Linter } from '../engine/lint.js';
import type { Finding } from '../engine/types.js';
import { isMarkdownPath } from '../engine/workspace/index.js';
import type { FileSystem } from '../engine/fs/file-system.js';
import type { ResultStore } from '../parallel/check-files.js';
import type { ProcessedFile } from '../parallel/process-file.js';
import type { LintSetup } from '../parallel/protocol.js';
import { cacheTarget, TAG_CONTENT, type CacheTarget } from './cache-location.js';

/** A dependency on every Markdown file (e.g. "is this include used anywhere?"). */
export const ALL_FILES = '*';

const FORMAT = 4;
/**
 * A file written this recently may still be written again within the file system's time
 * resolution, with the same size: its stamp is not kept, so the next run reads it (git's "racy" rule).
 */
const SETTLED_MS = 2_000;

/** Size, modification time and content hash of a file, as the last run saw it. */
type ContentStamp = [size: number, modifiedMs: number, hash: string];

/** A finding stored without its `file` when that is the entry's own path. */
type StoredFinding = Omit<Finding, 'file'> & { file?: string };

interface CacheEntry {
  hash: string;
  /** Without their `file` where it is the entry's own path (a tenth of a large cache). */
  findings: StoredFinding[];
  article?: ArticleFacts;
  /** Path → content hash of each file the checks read; ALL_FILES → hash of every Markdown file's hash. */
  dependencies: Record<string, string>;
}

interface CacheFile {
  format: number;
  /** Tool version, settings, configuration files, today's date and the workspace's file list. */
  runStamp: string;
  entries: Record<string, CacheEntry>;
  /** Path → what its content hash was, for the size and time it had: a file that kept both is not read. */
  stamps?: Record<string, ContentStamp>;
}

export class ResultCache implements ResultStore {
  private readonly hashes = new Map<string, string | null>();
  private readonly stamps: Record<string, ContentStamp> = {};
  private allFilesHash: string | undefined;
  private changed = false;

  private constructor(
    private readonly fs: FileSystem,
    private readonly target: CacheTarget,
    private readonly runStamp: string,
    private readonly entries: Record<string, CacheEntry>,
    private readonly markdownFiles: string[],
    private readonly storedStamps: Record<string, ContentStamp>,
  ) {}

  /**
   * Opens the cache at `location` (a file, or a folder ending in `/`); a missing or stale cache
   * starts empty. Throws CacheLocationError when the location must not be written (cache-location.ts).
   */
  static open(fs: FileSystem, location: string, toolVersion: string, setup: LintSetup, linter: Linter): ResultCache {
    const target = cacheTarget(fs, location, (bytes) => parseCacheFile(bytes) !== undefined);
    const index = linter.environment.index;
    const allFiles = index ? index.allFiles() : [];
    // Redirection files decide which missing links are moved (link-redirected) rather than broken.
    const settingsFiles = [...allFiles.filter((file) => SETTINGS_FILE.test(file)), ...(index?.redirects.files() ?? [])];
    const stamp = createHash('sha1');
    stamp.update(JSON.stringify({ toolVersion, setup: { ...setup, today: setup.today.slice(0, 10) } }));
    for (const file of allFiles) stamp.update(file).update('\0');
    for (const file of [...settingsFiles, ...linter.config.chainFor(setup.workspaceFolders[0] ?? '/').map((config) => config.path)]) {
      stamp
        .update(file)
        .update(fs.readFile(file) ?? new Uint8Array())
        .update('\0');
    }
    const runStamp = stamp.digest('hex');
    const bytes = fs.readFile(target.file);
    // A damaged or stale cache is an empty cache: it will be rewritten.
    const stored = bytes && parseCacheFile(bytes);
    const current = stored && stored.format === FORMAT ? stored : undefined;
    const entries = current && current.runStamp === runStamp ? current.entries : {};
    // Stamps say only what a file's content was: they stay good when the settings change.
    const stamps = current?.stamps && typeof current.stamps === 'object' ? current.stamps : {};
    return new ResultCache(fs, target, runStamp, entries, allFiles.filter(isMarkdownPath), stamps);
  }

  /** The stored result of `path`, if neither it nor anything its checks read has changed. */
  lookup(path: string): Pick<ProcessedFile, 'findings' | 'article'> | undefined {
    const entry = this.entries[path];
    if (!entry || entry.hash !== this.hashOf(path)) return undefined;
    for (const [dependency, hash] of Object.entries(entry.dependencies)) {
      const current = dependency === ALL_FILES ? this.hashOfAllFiles() : this.hashOf(dependency);
      if (current !== hash) return undefined;
    }
    const findings = entry.findings.map((finding): Finding => ({ file: path, ...finding }));
    return entry.article ? { findings, article: entry.article } : { findings };
  }

  store(processed: ProcessedFile): void {
    const hash = this.hashOf(processed.path);
    if (hash === '' || !processed.dependencies) return;
    const dependencies: Record<string, string> = {};
    for (const dependency of processed.dependencies) {
      if (dependency === processed.path) continue;
      dependencies[dependency] = dependency === ALL_FILES ? this.hashOfAllFiles() : this.hashOf(dependency);
    }
    this.entries[processed.path] = {
      hash,
      findings: processed.findings.map(({ file, ...stored }): StoredFinding => (file === processed.path ? stored : { file, ...stored })),
      ...(processed.article ? { article: processed.article } : {}),
      dependencies,
    };
    this.changed = true;
  }

  /** Writes the cache if anything changed; a cache that cannot be written only costs the next run time. */
  save(): void {
    if (!this.changed || !this.fs.writeFile) return;
    const content: CacheFile = { format: FORMAT, runStamp: this.runStamp, entries: this.entries, stamps: this.stamps };
    try {
      if (this.target.tag) this.fs.writeFile(this.target.tag, new TextEncoder().encode(TAG_CONTENT));
      this.fs.writeFile(this.target.file, new TextEncoder().encode(JSON.stringify(content)));
    } catch {
      // Read-only checkouts and full disks still get their findings.
    }
  }

  private hashOf(path: string): string {
    let hash = this.hashes.get(path);
    if (hash === undefined) {
      const stat = this.fs.stat(path);
      const known = this.storedStamps[path];
      if (stat?.type === 'file' && stat.modifiedMs !== undefined && known?.[0] === stat.size && known[1] === stat.modifiedMs) {
        hash = known[2];
        this.stamps[path] = known;
      } else {
        const bytes = this.fs.readFile(path);
        hash = bytes ? createHash('sha1').update(bytes).digest('hex') : null;
        if (hash !== null && stat?.type === 'file' && stat.modifiedMs !== undefined && Date.now() - stat.modifiedMs > SETTLED_MS) {
          this.stamps[path] = [stat.size, stat.modifiedMs, hash];
          this.changed = true;
        }
      }
      this.hashes.set(path, hash);
    }
    return hash ?? '';
  }

  private hashOfAllFiles(): string {
    if (this.allFilesHash === undefined) {
      const all = createHash('sha1');
      for (const file of this.markdownFiles) all.update(file).update(this.hashOf(file));
      this.allFilesHash = all.digest('hex');
    }
    return this.allFilesHash;
  }
}

/** The cache file's content, when `bytes` is one (of any format version). */
function parseCacheFile(bytes: Uint8Array): CacheFile | undefined {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { format, runStamp, entries } = parsed as Record<string, unknown>;
    return typeof format === 'number' && typeof runStamp === 'string' && typeof entries === 'object' && entries !== null
      ? (parsed as CacheFile)
      : undefined;
  } catch {
    return undefined;
  }
}

const SETTINGS_FILE = /(^|\/)(\.guidancelint\.jsonc?|docfx\.json|\.openpublishing\.publish\.config\.json|\.gitignore)$/;
