// Turning bytes into the text the engine checks, and positions in that text.
import type { Point, Range } from '../types.js';

export interface DecodedText {
  text: string;
  /** The file started with a byte order mark (not part of `text`). */
  bom: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

export type DecodeResult = { kind: 'text'; value: DecodedText } | { kind: 'binary'; reason: string };

const SNIFF_BYTES = 8192;

/** Decodes a file's bytes; files that look binary (NUL bytes without a UTF-16 BOM) are refused with a reason. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return textResult(new TextDecoder('utf-8').decode(bytes.subarray(3)), true, 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return textResult(new TextDecoder('utf-16le').decode(bytes.subarray(2)), true, 'utf-16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return textResult(new TextDecoder('utf-16be').decode(bytes.subarray(2)), true, 'utf-16be');
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return { kind: 'binary', reason: 'it contains NUL bytes' };
  return textResult(new TextDecoder('utf-8').decode(bytes), false, 'utf-8');
}

function textResult(text: string, bom: boolean, encoding: DecodedText['encoding']): DecodeResult {
  return { kind: 'text', value: { text, bom, encoding } };
}

const LINE_BREAK = /\r\n?|\n/g;

/** Converts between offsets and line/column points in one text. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.includes('\r')) {
      // A lone CR ends a line too, as in editors (LSP counts \n, \r\n and \r) and the Markdown parser:
      // counting only \n would put findings and quick-fix edits on the wrong line.
      for (const lineBreak of text.matchAll(LINE_BREAK)) starts.push(lineBreak.index + lineBreak[0].length);
    } else {
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1, offset: clamped };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
  }

  /** Offset just past the last character of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[Math.max(line, 1)]! - 1;
    if (this.text[end] === '\n' && this.text[end - 1] === '\r') end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
