// Turning bytes into the text the engine checks, and positions in that text.
import type { Point, Range } from '../types.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export interface DecodedText {
  text: string;
  /** The file started with a byte order mark (not part of `text`). */
  bom: boolean;
  encoding: TextEncoding;
  /**
   * Encoding `text` back gives the file's bytes. False when some bytes are not valid in the
   * encoding (Latin-1 read as UTF-8, a stray byte): they became U+FFFD, so such a file must never
   * be written back.
   */
  lossless: boolean;
}

export type DecodeResult = { kind: 'text'; value: DecodedText } | { kind: 'binary'; reason: string };

const SNIFF_BYTES = 8192;

/** Byte order marks, longest first: a UTF-32LE mark starts with the UTF-16LE one. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ encoding: TextEncoding; bytes: readonly number[] }> = [
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** Decodes a file's bytes; files that look binary (NUL bytes without a BOM) are refused with a reason. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const mark = BYTE_ORDER_MARKS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  if (mark)
    return { kind: 'text', value: { ...decodeBody(bytes.subarray(mark.bytes.length), mark.encoding), bom: true, encoding: mark.encoding } };
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return { kind: 'binary', reason: 'it contains NUL bytes' };
  return { kind: 'text', value: { ...decodeBody(bytes, 'utf-8'), bom: false, encoding: 'utf-8' } };
}

function decodeBody(bytes: Uint8Array, encoding: TextEncoding): { text: string; lossless: boolean } {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32be');
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), lossless: true };
  } catch {
    return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), lossless: false };
  }
}

/** TextDecoder has no UTF-32 (the Encoding Standard leaves it out); .NET, and so docfx, reads it by its BOM. */
function decodeUtf32(bytes: Uint8Array, bigEndian: boolean): { text: string; lossless: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % 4);
  let lossless = whole === bytes.byteLength;
  const parts: string[] = [];
  for (let offset = 0; offset < whole; offset += 4) {
    const codePoint = view.getUint32(offset, !bigEndian);
    const valid = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    if (!valid) lossless = false;
    parts.push(String.fromCodePoint(valid ? codePoint : 0xfffd));
  }
  if (!lossless && whole !== bytes.byteLength) parts.push('\uFFFD');
  return { text: parts.join(''), lossless };
}

/** The bytes of `text` in the file's encoding, with its BOM when it had one: what --fix writes. */
export function encodeText(text: string, like: Pick<DecodedText, 'encoding' | 'bom'>): Uint8Array {
  const mark = like.bom ? BYTE_ORDER_MARKS.find((candidate) => candidate.encoding === like.encoding)!.bytes : [];
  let body: Uint8Array;
  switch (like.encoding) {
    case 'utf-8':
      body = new TextEncoder().encode(text);
      break;
    case 'utf-16le':
    case 'utf-16be': {
      body = new Uint8Array(text.length * 2);
      const view = new DataView(body.buffer);
      for (let index = 0; index < text.length; index++) view.setUint16(index * 2, text.charCodeAt(index), like.encoding === 'utf-16le');
      break;
    }
    case 'utf-32le':
    case 'utf-32be': {
      const codePoints = [...text].map((char) => char.codePointAt(0)!);
      body = new Uint8Array(codePoints.length * 4);
      const view = new DataView(body.buffer);
      for (const [index, codePoint] of codePoints.entries()) view.setUint32(index * 4, codePoint, like.encoding === 'utf-32le');
      break;
    }
  }
  const bytes = new Uint8Array(mark.length + body.length);
  bytes.set(mark);
  bytes.set(body, mark.length);
  return bytes;
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
