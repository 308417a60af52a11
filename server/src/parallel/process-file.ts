// What a run does with one file, in a worker or in-process: check it, and under --fix apply the
// safe fixes and write the file back with its encoding, byte order mark and line endings intact.
// A fixed file is written only when its other bytes come back exactly as they were, and only while
// the file on disk still holds what was checked.
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
  /** Why the file could not be read (so it was not checked). */
  unreadable?: string;
  /** Other files the checks read (`*` for all of them), when tracked for the cache. */
  dependencies?: string[];
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
  const bytes = fs.readFile(path);
  if (!bytes) return { path, findings: [], fixed: [], unreadable: fs.stat(path) ? 'it cannot be read (check its permissions)' : 'it no longer exists' };
  const checked = linter.lintBytes(path, bytes);
  if (!fix || !checked.decoded || !checked.findings.some((finding) => finding.fix?.safe)) return { path, findings: checked.findings, fixed: [] };
  const decoded = checked.decoded;
  const notWritten = (fixError: string): ProcessedFile => ({ path, findings: checked.findings, fixed: [], fixError });
  // Invalid UTF-8 (a Latin-1 file, a stray byte) decodes with replacement characters: writing the
  // text back would change bytes on lines no fix touches.
  if (!sameBytes(encodeLike(decoded, decoded.text), bytes)) return notWritten(`it is not valid ${decoded.encoding.toUpperCase()}, and rewriting it would change bytes no fix touches`);
  const result = fixText(decoded.text, (text) => linter.lintText(path, text).findings, checked.findings);
  if (result.applied.length === 0) return { path, findings: checked.findings, fixed: [] };
  const fixed = result.applied.map((finding) => finding.ruleId);
  try {
    if (!fs.writeFile) throw new Error('this file system cannot write');
    fs.writeFile(path, encodeLike(decoded, result.text), { replacing: bytes });
    return { path, findings: result.findings, fixed };
  } catch (error) {
    return notWritten(error instanceof Error ? error.message : String(error));
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
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
