// style-mojibake: UTF-8 text that was read as Windows-1252 somewhere on its way ("makersâ€”what"),
// and U+FFFD, the mark a decoder leaves where it could not read a character at all.
import { defineRule } from './rule.js';

/** Windows-1252 characters for bytes 0x80–0x9F; the five undefined bytes decode as C1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Characters whose mis-decoded form is common in docs: Latin-1 letters and signs, typographic punctuation, symbols. */
const REPAIRABLE = [
  ...range(0xa0, 0xff),
  0x152,
  0x153,
  0x160,
  0x161,
  0x178,
  0x17d,
  0x17e,
  0x192,
  ...range(0x2010, 0x2027),
  0x2030,
  0x2032,
  0x2033,
  0x2039,
  0x203a,
  0x20ac,
  0x2122,
  0x2190,
  0x2191,
  0x2192,
  0x2193,
  0x2264,
  0x2265,
].map((code) => String.fromCodePoint(code));

/** The mis-decoded spelling of each repairable character → the character. */
const REPAIRS: ReadonlyMap<string, string> = new Map(REPAIRABLE.map((char) => [misdecode(char), char]));

/** `â€` whose third byte was an undefined one (0x9D, from ”) that got dropped on the way. */
const TRUNCATED_QUOTE = 'â€';
const SEQUENCE = new RegExp(
  [...[...REPAIRS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp), TRUNCATED_QUOTE, '\uFFFD'].join('|'),
  'g',
);
const LEAD_CHARACTERS = new RegExp(`[${[...new Set([...REPAIRS.keys()].map((key) => key[0]!))].join('')}\\uFFFD]`);

export const styleMojibake = defineRule(
  {
    id: 'style-mojibake',
    docs: { description: 'Text decoded with the wrong encoding (`â€”`, `â€™`, `Ã©`) or U+FFFD replacement characters', category: 'style' },
    defaultSeverity: 'error',
    fixable: true,
    outsideBuild: true,
  },
  ({ document, report }) => {
    const { text } = document;
    if (!LEAD_CHARACTERS.test(text)) return;
    for (const match of text.matchAll(SEQUENCE)) {
      const start = match.index;
      const end = start + match[0].length;
      if (document.isInCode(start)) continue;
      if (match[0] === '\uFFFD') {
        report({
          message: 'The replacement character "\uFFFD" marks a character lost in a bad conversion: type the original character again.',
          at: [start, end],
        });
        continue;
      }
      const repaired = REPAIRS.get(match[0]) ?? '”';
      report({
        message: `"${visible(match[0])}" is "${visible(repaired)}" decoded with the wrong encoding.`,
        at: [start, end],
        // A dropped byte leaves `â€`: most often a closing quote, but not certainly.
        fix: {
          title: `Replace with "${visible(repaired)}"`,
          edits: [{ start, end, newText: repaired }],
          safe: match[0] !== TRUNCATED_QUOTE,
        },
      });
    }
  },
);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** The text a Windows-1252 decoder makes of the character's UTF-8 bytes. */
function misdecode(char: string): string {
  let result = '';
  for (const byte of new TextEncoder().encode(char))
    result += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return result;
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Invisible characters (no-break space, C1 controls) spelled out so the message shows them. */
function visible(text: string): string {
  return text.replace(/[\u0080-\u00a0\u00ad]/g, (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
