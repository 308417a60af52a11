// What must hold for any text the Linter is given, whatever rules exist: nothing escapes, every
// range and edit lies inside the document, fixes do not overlap, a fix keeps what it is not about
// (other front matter keys, links, whole lines), and --fix settles in one run and writes back the
// file's own bytes wherever it changed nothing, or nothing at all when the bytes did not decode.
// Checked over a small in-memory workspace so link, image and include rules resolve real targets.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../../server/src/engine/fixes/apply.js';
import { fixText } from '../../server/src/engine/fixes/fix-text.js';
import { parseFrontMatter } from '../../server/src/engine/parse/front-matter.js';
import { Linter } from '../../server/src/engine/lint.js';
import { parseDocument } from '../../server/src/engine/parse/document.js';
import { decodeText, encodeText, LineIndex } from '../../server/src/engine/parse/text.js';
import type { Finding, Fix, Point } from '../../server/src/engine/types.js';
import { linksOf } from '../../server/src/engine/workspace/graph/references.js';
import { MemoryFileSystem } from '../../server/src/engine/fs/file-system.js';
import { processFile } from '../../server/src/parallel/process-file.js';
import { editedDocument, encodedDocument } from './arbitraries.js';

export const ARTICLE_PATH = '/ws/docs/article.md';
const TODAY = new Date(2026, 10, 22);

const FRONT_MATTER =
  '---\ntitle: Target article\ndescription: A target for links in the fuzzed article, with headings to link to.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n';

/** The article's neighbours: link targets with anchors, includes (one self-including, two in a loop), an image, and a file outside. */
export const WORKSPACE_FILES: Record<string, string> = {
  '/ws/docs/docfx.json': JSON.stringify({
    build: { content: [{ files: ['**/*.md'] }], globalMetadata: { breadcrumb_path: '/docs/breadcrumb/toc.json' } },
  }),
  '/ws/docs/a.md': FRONT_MATTER + '# Target article\n\n## Setup\n\n## Setup\n\n<a name="explicit-anchor"></a>\n',
  '/ws/docs/sub/b.md': FRONT_MATTER + '# B\n\n[back](../a.md#setup)\n',
  '/ws/docs/includes/inc.md': 'An include with a [link](../a.md#setup).\n\n## Included heading\n',
  '/ws/docs/includes/self.md': '[!INCLUDE [self](self.md)]\n',
  '/ws/docs/includes/loop-a.md': '[!INCLUDE [b](loop-b.md)]\n',
  '/ws/docs/includes/loop-b.md': '[!INCLUDE [a](loop-a.md)]\n',
  '/ws/includes/shared.md': 'Shared text.\n',
  '/ws/docs/media/pic.png': 'PNG',
  '/outside/secret.md': 'SECRET-OUTSIDE-MARKER\n',
};

export interface Violation {
  property: string;
  detail: string;
}

/** A fresh workspace and linter per text: the lazily built index then sees exactly this article. */
export function lintInWorkspace(text: string, mode: 'file' | 'repository' = 'repository'): { linter: Linter; findings: Finding[] } {
  const fs = new MemoryFileSystem({ ...WORKSPACE_FILES, [ARTICLE_PATH]: text });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TODAY, mode });
  return { linter, findings: linter.lintText(ARTICLE_PATH, text).findings };
}

/** Lines and columns as the editor counts them (LSP: \n, \r\n and a lone \r end a line): diagnostics and quick fixes land there. */
function editorPoint(editor: TextDocument, offset: number): Point {
  const position = editor.positionAt(offset);
  return { line: position.line + 1, column: position.character + 1, offset };
}

/** Between the CR and LF of one line break: no editor position is there (it clamps to the line end). */
function splitsLineBreak(text: string, offset: number): boolean {
  return text[offset - 1] === '\r' && text[offset] === '\n';
}

function samePoint(actual: Point, expected: Point): boolean {
  return actual.line === expected.line && actual.column === expected.column && actual.offset === expected.offset;
}

function pointMatchesEditor(text: string, editor: TextDocument, point: Point): boolean {
  return splitsLineBreak(text, point.offset) || samePoint(point, editorPoint(editor, point.offset));
}

function describeFinding(finding: Finding): string {
  const { start, end } = finding.range;
  return `${finding.ruleId} ${start.line}:${start.column}@${start.offset}-${end.line}:${end.column}@${end.offset} "${finding.message}"`;
}

/**
 * Edits inside the text, each start <= end, no two overlapping (nor two insertions at one place), and
 * none starting or ending inside a CRLF: the editor cannot address that place and would move the edit.
 */
function fixViolations(fix: Fix, text: string, owner: string): Violation[] {
  const violations: Violation[] = [];
  for (const edit of fix.edits) {
    if (
      !(Number.isInteger(edit.start) && Number.isInteger(edit.end) && 0 <= edit.start && edit.start <= edit.end && edit.end <= text.length)
    ) {
      violations.push({
        property: 'fix edit inside the document',
        detail: `${owner}: fix "${fix.title}" edit ${edit.start}-${edit.end} in a text of ${text.length}`,
      });
    } else if (splitsLineBreak(text, edit.start) || splitsLineBreak(text, edit.end)) {
      violations.push({
        property: 'fix edit does not split a CRLF',
        detail: `${owner}: fix "${fix.title}" edit ${edit.start}-${edit.end}`,
      });
    }
  }
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1]!;
    const edit = sorted[index]!;
    if (edit.start < previous.end || (edit.start === previous.end && previous.start === previous.end && edit.start === edit.end)) {
      violations.push({
        property: 'fix edits do not overlap',
        detail: `${owner}: fix "${fix.title}" edits ${previous.start}-${previous.end} and ${edit.start}-${edit.end}`,
      });
    }
  }
  return violations;
}

/** Text outside the union of the edits' ranges is unchanged after the fix, and the fix changes something. */
function fixLocalityViolations(text: string, fix: Fix, owner: string): Violation[] {
  const fixed = applyEdits(text, fix.edits);
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
  let expected = '';
  let cursor = 0;
  for (const edit of sorted) {
    expected += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  expected += text.slice(cursor);
  const violations: Violation[] = [];
  if (fixed !== expected) violations.push({ property: 'a fix changes only its own range', detail: `${owner}: fix "${fix.title}"` });
  if (fixed === text) violations.push({ property: 'a fix changes the text', detail: `${owner}: fix "${fix.title}" changes nothing` });
  return violations;
}

/** Top-level front matter keys and values, when the front matter is closed and parses. */
function frontMatterValues(text: string): Map<string, unknown> | undefined {
  const frontMatter = parseFrontMatter(text, new LineIndex(text));
  if (!frontMatter?.closed || frontMatter.errors.length > 0) return undefined;
  return new Map(frontMatter.entries.map((entry) => [entry.key, entry.value]));
}

/** What a finding is about: its range, widened to the front matter entry it lies in (key and value). */
function subjectOf(text: string, finding: Finding): { start: number; end: number; key?: string } {
  const frontMatter = parseFrontMatter(text, new LineIndex(text));
  const { start, end } = finding.range;
  const entry = frontMatter?.entries.find((candidate) => {
    const keyStart = candidate.keyRange.start.offset;
    return (
      start.offset === keyStart ||
      (keyStart < start.offset && start.offset < Math.max(candidate.keyRange.end.offset, candidate.valueRange.end.offset))
    );
  });
  if (!entry) return { start: start.offset, end: end.offset };
  return {
    start: Math.min(start.offset, entry.keyRange.start.offset),
    end: Math.max(end.offset, entry.valueRange.end.offset, entry.keyRange.end.offset),
    key: entry.key,
  };
}

/** Links as the page renders them (bare URLs and autolinks included, include syntax not). */
function renderedLinkCount(text: string): number {
  return linksOf(parseDocument(ARTICLE_PATH, text)).filter((link) => link.kind !== 'definition').length;
}

/**
 * A fix keeps what it is not about: front matter that parsed still parses, with every other key's
 * value unchanged; a link fix leaves as many links as there were; a line it removes whole is a line
 * of the finding's subject.
 */
function fixScopeViolations(text: string, finding: Finding, fix: Fix, owner: string): Violation[] {
  const violations: Violation[] = [];
  const fixed = applyEdits(text, fix.edits);
  const subject = subjectOf(text, finding);
  const before = frontMatterValues(text);
  if (before) {
    const after = frontMatterValues(fixed);
    if (!after)
      violations.push({
        property: 'a fix keeps front matter that parsed parseable',
        detail: `${owner}: fix "${fix.title}" gives ${JSON.stringify(fixed.slice(0, 400))}`,
      });
    else {
      for (const [key, value] of before) {
        if (key !== subject.key && !isDeepStrictEqual(after.get(key), value)) {
          violations.push({
            property: 'a fix keeps the other front matter keys',
            detail: `${owner}: fix "${fix.title}" changes "${key}" from ${JSON.stringify(value)} to ${JSON.stringify(after.get(key))}`,
          });
        }
      }
    }
  }
  if (finding.ruleId.startsWith('link-') && renderedLinkCount(fixed) < renderedLinkCount(text)) {
    violations.push({
      property: 'a link fix keeps every link a link',
      detail: `${owner}: fix "${fix.title}" gives ${JSON.stringify(fixed.slice(0, 400))}`,
    });
  }
  const lines = new LineIndex(text);
  for (const edit of fix.edits) {
    for (let line = lines.point(edit.start).line; line <= lines.lineCount; line++) {
      const lineStart = lines.lineStart(line);
      const lineEnd = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
      if (lineStart >= edit.end) break;
      const removedWhole = lineStart >= edit.start && lineEnd <= edit.end && lineEnd > lineStart;
      if (removedWhole && (lineEnd <= subject.start || lineStart > subject.end)) {
        violations.push({
          property: 'a fix removes no line outside its finding',
          detail: `${owner}: fix "${fix.title}" removes line ${line} ${JSON.stringify(lines.lineText(line))}`,
        });
      }
    }
  }
  return violations;
}

/** Every property for one text; an empty list means it holds. */
export function checkText(text: string): Violation[] {
  let findings: Finding[];
  try {
    findings = lintInWorkspace(text).findings;
  } catch (error) {
    return [{ property: 'no exception escapes', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }];
  }
  const violations: Violation[] = [];
  const editor = TextDocument.create('file:///ws/docs/article.md', 'markdown', 1, text);
  for (const finding of findings) {
    const owner = describeFinding(finding);
    if (finding.ruleId === 'internal-error') violations.push({ property: 'no internal-error finding', detail: owner });
    const { start, end } = finding.range;
    if (!(0 <= start.offset && start.offset <= end.offset && end.offset <= text.length)) {
      violations.push({ property: 'finding range inside the document, start <= end', detail: owner });
    } else if (!pointMatchesEditor(text, editor, start) || !pointMatchesEditor(text, editor, end)) {
      violations.push({
        property: 'line/column consistent with offsets',
        detail: `${owner}; the editor counts ${JSON.stringify([editorPoint(editor, start.offset), editorPoint(editor, end.offset)])}`,
      });
    }
    for (const fix of [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]) {
      const fixProblems = fixViolations(fix, text, owner);
      violations.push(...fixProblems);
      if (fixProblems.length === 0)
        violations.push(...fixLocalityViolations(text, fix, owner), ...fixScopeViolations(text, finding, fix, owner));
    }
  }
  if (violations.length > 0) return violations;
  try {
    // Each fixed text is checked in a workspace holding that text, as --fix does after writing it.
    const lint = (current: string) => lintInWorkspace(current).findings;
    const once = fixText(text, lint);
    const twice = fixText(once.text, lint);
    if (twice.applied.length > 0) {
      violations.push({
        property: 'applying all safe fixes twice equals once',
        detail: `second run applied: ${twice.applied.map(describeFinding).join('; ')}\nafter the first run: ${JSON.stringify(once.text)}`,
      });
    }
  } catch (error) {
    violations.push({
      property: 'no exception escapes (fixing)',
      detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
  return violations;
}

/** The property fast-check runs: fails with the violations listed. */
export const linterProperty = fc.property(editedDocument, (text) => {
  const violations = checkText(text);
  if (violations.length > 0) throw new Error(violations.map((violation) => `${violation.property}: ${violation.detail}`).join('\n'));
});

/**
 * --fix on a file's bytes, as the CLI runs it: a file whose bytes do not decode exactly is left byte
 * for byte; any other is written as the fixed text in the file's own encoding and BOM, so every byte
 * outside the fixes' ranges is the file's own.
 */
export function checkFixedBytes(bytes: Uint8Array): Violation[] {
  const fs = new MemoryFileSystem({ ...WORKSPACE_FILES, [ARTICLE_PATH]: bytes });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TODAY, mode: 'repository' });
  try {
    processFile(linter, fs, ARTICLE_PATH, true);
  } catch (error) {
    return [
      {
        property: 'no exception escapes (--fix on bytes)',
        detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
      },
    ];
  }
  const written = fs.readFile(ARTICLE_PATH)!;
  if (isDeepStrictEqual(written, bytes)) return [];
  const decoded = decodeText(bytes);
  if (decoded.kind !== 'text' || !decoded.value.lossless) {
    return [
      {
        property: '--fix never rewrites a file whose bytes do not decode exactly',
        detail: `bytes ${JSON.stringify([...bytes.subarray(0, 200)])}`,
      },
    ];
  }
  const violations: Violation[] = [];
  if (!isDeepStrictEqual(encodeText(decoded.value.text, decoded.value), bytes)) {
    violations.push({
      property: 'decoding then encoding gives the bytes back',
      detail: `${decoded.value.encoding}, bom ${decoded.value.bom}`,
    });
  }
  const expected = fixText(decoded.value.text, (text) => lintInWorkspace(text).findings).text;
  if (!isDeepStrictEqual(written, encodeText(expected, decoded.value))) {
    violations.push({
      property: "--fix writes the fixed text in the file's encoding",
      detail: `${decoded.value.encoding}: wrote ${JSON.stringify([...written.subarray(0, 200)])}`,
    });
  }
  return violations;
}

/** The property fast-check runs on encoded documents. */
export const fixedBytesProperty = fc.property(encodedDocument, (bytes) => {
  const violations = checkFixedBytes(bytes);
  if (violations.length > 0) throw new Error(violations.map((violation) => `${violation.property}: ${violation.detail}`).join('\n'));
});
