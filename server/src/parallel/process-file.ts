// What a run does with one file, in a worker or in-process: check it, and under --fix apply the
// safe fixes and write the file back with its encoding, byte order mark and line endings intact.
// A fixed file is written only when its other bytes come back exactly as they were, and only while
// the file on disk still holds what was checked.
import { fixText } from '../engine/fixes/fix-text.js';
import { articleFacts, type ArticleFacts } from '../engine/frontmatter/article-facts.js';
import type { Linter } from '../engine/lint.js';
import type { DocumentModel } from '../engine/parse/document.js';
import { isIncludeFile } from '../engine/parse/file-kind.js';
import { encodeText } from '../engine/parse/text.js';
import type { Finding } from '../engine/types.js';
import type { FileSystem } from '../engine/fs/file-system.js';

export interface ProcessedFile {
  path: string;
  findings: Finding[];
  /** Rule ids of the fixes written to the file (under --fix). */
  fixed: string[];
  /** Why the file was not written although fixes applied. */
  fixError?: string;
  /** Why the file could not be read (so it was not checked). */
  unreadable?: string;
  /** Other files the checks read (`*` for all of them), when tracked for the cache. */
  dependencies?: string[];
  /** The check ran past its time budget and was stopped: the findings are the pool's own. */
  timedOut?: boolean;
  /** Checked before the index was built (`LintSetup.checkBeforeIndex`) and the check needs it as a whole: nothing was checked. */
  deferred?: boolean;
  /** Set when the file is a Learn article (not an include or a TOC): what a repository report shows of it. */
  article?: ArticleFacts;
}

/** `read`: the file's content when the run already read it from disk. */
export function processFile(
  linter: Linter,
  fs: FileSystem,
  path: string,
  fix: boolean,
  trackDependencies = false,
  read?: Uint8Array,
): ProcessedFile {
  if (!trackDependencies || !linter.environment.index) return checkAndFix(linter, fs, path, fix, read);
  const reads = new Set<string>();
  const stopObserving = linter.environment.index.observeReads((read) => reads.add(read));
  try {
    return { ...checkAndFix(linter, fs, path, fix, read), dependencies: [...reads] };
  } finally {
    stopObserving();
  }
}

function checkAndFix(linter: Linter, fs: FileSystem, path: string, fix: boolean, read: Uint8Array | undefined): ProcessedFile {
  const bytes = read ?? fs.readFile(path);
  if (!bytes)
    return {
      path,
      findings: [],
      fixed: [],
      unreadable: fs.stat(path) ? 'it cannot be read (check its permissions)' : 'it no longer exists',
    };
  const checked = linter.lintBytes(path, bytes);
  const article = articleOf(linter, path, checked.document);
  const described = article ? { path, article } : { path };
  if (!fix || !checked.decoded || !checked.findings.some((finding) => finding.fix?.safe))
    return { ...described, findings: checked.findings, fixed: [] };
  const decoded = checked.decoded;
  const notWritten = (fixError: string): ProcessedFile => ({ ...described, findings: checked.findings, fixed: [], fixError });
  // Invalid UTF-8 (a Latin-1 file, a stray byte) decodes with replacement characters, and a lone
  // UTF-16 surrogate does not encode back: writing the text would change bytes no fix touches.
  if (!decoded.lossless || !sameBytes(encodeText(decoded.text, decoded), bytes)) {
    return notWritten(
      `it is not valid ${decoded.encoding.toUpperCase()}: it has bytes that writing it back would change on lines no fix touches`,
    );
  }
  const result = fixText(decoded.text, (text) => linter.lintText(path, text).findings, checked.findings);
  if (result.applied.length === 0) return { ...described, findings: checked.findings, fixed: [] };
  const fixed = result.applied.map((finding) => finding.ruleId);
  try {
    if (!fs.writeFile) throw new Error('this file system cannot write');
    fs.writeFile(path, encodeText(result.text, decoded), { replacing: bytes });
    // A safe fix writes ms.date in Learn's format at most (fm-date-format): the same day, so the same age.
    return { ...described, findings: result.findings, fixed };
  } catch (error) {
    return notWritten(error instanceof Error ? error.message : String(error));
  }
}

function articleOf(linter: Linter, path: string, document: DocumentModel | undefined): ArticleFacts | undefined {
  if (!document || isIncludeFile(document) || !linter.isLearnArticle(path)) return undefined;
  return articleFacts(document, linter.config.resolve(path), linter.environment.today);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
