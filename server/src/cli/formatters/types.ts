// A formatter writes a run's findings as they come, file by file, so a large run never holds all
// of its output: `start`, then `file` for each file in path order, then `end`.
import type { ArticleFacts } from '../../engine/frontmatter/article-facts.js';
import type { Finding, RuleMeta } from '../../engine/types.js';

export interface FormatContext {
  /** Paths are printed relative to this folder, with forward slashes. */
  cwd: string;
  rules: readonly RuleMeta[];
  toolVersion: string;
  /** Colour escapes allowed (stylish only). */
  color: boolean;
  /** List every finding where it is: no counted repeats, no summary of infos (stylish only). */
  verbose: boolean;
}

/** A file the run checked, with or without findings. */
export interface CheckedFile {
  path: string;
  /** Set for a Learn article. */
  article?: ArticleFacts;
}

export interface OutputStream {
  start(): string;
  /** Every checked file, in path order, before its findings (if any) reach `file`: for formats that describe the whole repository. */
  checked?(file: CheckedFile): void;
  /** One file's findings (never empty), sorted by position. */
  file(findings: Finding[]): string;
  end(): string;
}

export type Formatter = (context: FormatContext) => OutputStream;
