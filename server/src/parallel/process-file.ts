// What a run does with one file, in a worker or in-process: check it, and under --fix apply the
// safe fixes and write the file back with its encoding, byte order mark and line endings intact.
import { fixText } from '../engine/fixes/fix-text.js';
import type { Linter } from '../engine/lint.js';
import type { DecodedText } from '../engine/parse/text.js';
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
  const result = fixText(decoded.text, (text) => linter.lintText(path, text).findings, checked.findings);
  if (result.applied.length === 0) return { path, findings: checked.findings, fixed: [] };
  const fixed = result.applied.map((finding) => finding.ruleId);
  try {
    if (!fs.writeFile) throw new Error('this file system cannot write');
    fs.writeFile(path, encodeLike(decoded, result.text));
    return { path, findings: result.findings, fixed };
  } catch (error) {
    return { path, findings: checked.findings, fixed: [], fixError: error instanceof Error ? error.message : String(error) };
  }
}

/** Encodes fixed text the way the file was encoded. */
export function encodeLike(decoded: DecodedText, text: string): Uint8Array {
  if (decoded.encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!decoded.bom) return body;
    const withBom = new Uint8Array(body.length + 3);
    withBom.set([0xef, 0xbb, 0xbf]);
    withBom.set(body, 3);
    return withBom;
  }
  const bytes = new Uint8Array(2 + text.length * 2);
  const bigEndian = decoded.encoding === 'utf-16be';
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    bytes[2 + index * 2] = bigEndian ? unit >> 8 : unit & 0xff;
    bytes[3 + index * 2] = bigEndian ? unit & 0xff : unit >> 8;
  }
  return bytes;
}
