// Decoding files into the text the engine checks, and encoding fixed text back: what --fix writes
// must be the file's own bytes wherever no fix applied.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, encodeText, type TextEncoding } from '../../../server/src/engine/parse/text.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { processFile } from '../../../server/src/parallel/process-file.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

const SAMPLE = 'Text with é, 😀 and a CR\r\n';

function utf32(text: string, bigEndian: boolean): Uint8Array {
  const codePoints = [...text].map((char) => char.codePointAt(0)!);
  const bytes = new Uint8Array(4 + codePoints.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0xfeff, !bigEndian);
  for (const [index, codePoint] of codePoints.entries()) view.setUint32(4 + index * 4, codePoint, !bigEndian);
  return bytes;
}

function decoded(bytes: Uint8Array) {
  const result = decodeText(bytes);
  assert.equal(result.kind, 'text');
  return result.kind === 'text' ? result.value : assert.fail('not text');
}

describe('decoding and encoding text', () => {
  it('reads UTF-32 by its byte order mark instead of taking it for UTF-16 (or binary)', () => {
    for (const [bigEndian, encoding] of [
      [false, 'utf-32le'],
      [true, 'utf-32be'],
    ] as const) {
      const value = decoded(utf32(SAMPLE, bigEndian));
      assert.deepEqual([value.text, value.encoding, value.bom, value.lossless], [SAMPLE, encoding, true, true]);
    }
  });

  it('encodes text back to the very bytes it was decoded from, in every encoding', () => {
    const encodings: TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'];
    for (const encoding of encodings) {
      for (const bom of encoding === 'utf-8' ? [false, true] : [true]) {
        const bytes = encodeText(SAMPLE, { encoding, bom });
        const value = decoded(bytes);
        assert.deepEqual(
          [value.text, value.encoding, value.bom, value.lossless],
          [SAMPLE, encoding, bom, true],
          `${encoding}${bom ? ' with BOM' : ''}`,
        );
        assert.deepEqual(encodeText(value.text, value), bytes);
      }
    }
  });

  it('keeps a second BOM as text, so it is written back', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]);
    assert.deepEqual(encodeText(decoded(bytes).text, decoded(bytes)), bytes);
  });

  it('says when bytes could not be decoded: Latin-1, a stray byte, a lone surrogate, a cut-off code unit', () => {
    const cases: Array<[string, Uint8Array]> = [
      ['Latin-1', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])],
      ['UTF-16 lone surrogate', new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00])],
      ['UTF-16 odd length', new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00])],
      ['UTF-32 out of range', new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00])],
      ['UTF-32 cut off', new Uint8Array([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00])],
    ];
    for (const [name, bytes] of cases) assert.equal(decoded(bytes).lossless, false, name);
  });
});

describe('--fix on a file that is not valid in its encoding', () => {
  it('leaves it byte for byte and says why', () => {
    // One Latin-1 byte on a line without a finding; a lower-case alert (a safe fix) elsewhere.
    const text = '# Café\n\n> [!tip]\n> Body.\n';
    const bytes = new Uint8Array([...new TextEncoder().encode(text.slice(0, 5)), 0xe9, ...new TextEncoder().encode(text.slice(6))]);
    const fs = new MemoryFileSystem({ '/ws/docs/a.md': bytes });
    const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY });
    const processed = processFile(linter, fs, '/ws/docs/a.md', true);
    assert.deepEqual(fs.readFile('/ws/docs/a.md'), bytes);
    assert.deepEqual(processed.fixed, []);
    assert.match(processed.fixError ?? '', /not valid UTF-8/);
  });
});
