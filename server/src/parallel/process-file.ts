// What a run does with one file, in a worker or in-process: check it, and under --fix apply the
// safe fixes and write the file back with its encoding, byte order mark and line endings intact.
import { fixText } from '../engine/fixes/fix-text.js';
import type { Linter } from '../engine/lint.js';
import { encodeText } from '../engine/parse/text.js';
import type { Finding } from '../engine/types.js';
import type { FileSystem } from '../engine/workspace/file-system.js';

export interface ProcessedFile {
  path: string;
  findings: Finding[];
  /** Rule ids of the fixes written to the file (under --fix). */
  fixed: string[];
  /** Why the file was not written although fixes applied. */
  fixError?: string;
  /** Other files the checks read (`*` for all of them), when tracked for the cache. */
  dependencies?: string[];
  /** The check ran past its time budget and was stopped: the findings are the pool's own. */
  timedOut?: boolean;
}

export function processFile(linter: Linter, fs: FileSystem, path: string, fix: boolean, trackDependencies = false): ProcessedFile {
  if (!trackDependencies || !linter.environment.index) return checkAndFix(linter, fs, path, fix);
  const reads = new Set<string>();
  const stopObserving = linter.environment.index.observeReads((read) => reads.add(read));
  try {
    return { ...checkAndFix(linter, fs, path, fix), dependencies: [...reads] };
  } finally {
    stopObserving();
  }
}

function checkAndFix(linter: Linter, fs: FileSystem, path: string, fix: boolean): ProcessedFile {
  const checked = linter.lintFile(path);
  if (!fix || !checked.decoded || !checked.findings.some((finding) => finding.fix?.safe)) return { path, findings: checked.findings, fixed: [] };
  const decoded = checked.decoded;
  // Undecodable bytes were read as U+FFFD: writing the text back would replace them on every line.
  if (!decoded.lossless) return { path, findings: checked.findings, fixed: [], fixError: `it has bytes that are not valid ${decoded.encoding.toUpperCase()}, which writing it back would replace` };
  const result = fixText(decoded.text, (text) => linter.lintText(path, text).findings, checked.findings);
  if (result.applied.length === 0) return { path, findings: checked.findings, fixed: [] };
  const fixed = result.applied.map((finding) => finding.ruleId);
  try {
    if (!fs.writeFile) throw new Error('this file system cannot write');
    fs.writeFile(path, encodeText(result.text, decoded));
    return { path, findings: result.findings, fixed };
  } catch (error) {
    return { path, findings: checked.findings, fixed: [], fixError: error instanceof Error ? error.message : String(error) };
  }
}
