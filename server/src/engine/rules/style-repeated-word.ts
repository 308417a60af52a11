// style-repeated-word: the same word twice in a row ("the the"), the typo a reader spots first.
// Doubles that are right are left alone: grammatical ones ("that that", "had had"), names and
// product terms that differ in case ("Teams teams", "AND and"), numbers, and runs of three or
// more (examples such as "davolio davolio davolio").
import { isSentenceStart, proseTexts } from '../parse/prose.js';
import { defineRule, type RuleContext } from './rule.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
/** Between two words: spaces, or one line break inside the paragraph (with its `>` markers). */
const SEPARATOR = /^[ \t]+$|^[ \t]*\r?\n[ \t>]*$/;
/** Doubles found in real, correct text. */
const LEGITIMATE_DOUBLES = new Set(['that', 'had', 'is', 'do', 'dot', 'bye', 'ha', 'so', 'blah', 'no']);

interface Word {
  text: string;
  start: number;
  end: number;
}

export const styleRepeatedWord = defineRule<{ allow: string[] }>(
  {
    id: 'style-repeated-word',
    docs: { description: 'The same word twice in a row ("the the")', category: 'style' },
    defaultSeverity: 'warning',
    fixable: true,
    outsideBuild: true,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string' }, description: 'More words that may be doubled (any case).' },
      },
    },
  },
  ({ document, options, report }) => {
    const allowed = new Set([...LEGITIMATE_DOUBLES, ...(options.allow ?? []).map((word) => word.toLowerCase())]);
    const { text } = document;
    for (const prose of proseTexts(document)) {
      // Words stream by; a double is reported once the word after it shows it is not a run of three.
      let before: Word | undefined;
      let previous: Word | undefined;
      let pending: [Word, Word] | undefined;
      for (const match of prose.source.matchAll(WORD)) {
        const word = { text: match[0], start: prose.start + match.index, end: prose.start + match.index + match[0].length };
        if (pending && !sameWord(pending[1], word, text)) reportDouble(pending, report);
        pending = undefined;
        if (previous && isTypoDouble(text, previous, word, allowed) && !sameWord(before, previous, text)) pending = [previous, word];
        before = previous;
        previous = word;
      }
      if (pending) reportDouble(pending, report);
    }
  },
);

function reportDouble([first, second]: [Word, Word], report: RuleContext['report']): void {
  report({
    message: `"${second.text}" is repeated.`,
    at: [first.start, second.end],
    fix: { title: `Remove the repeated "${second.text}"`, edits: [{ start: first.end, end: second.end, newText: '' }], safe: false },
  });
}

function isTypoDouble(text: string, first: Word, second: Word, allowed: Set<string>): boolean {
  if (first.text.toLowerCase() !== second.text.toLowerCase()) return false;
  if (!SEPARATOR.test(text.slice(first.end, second.start))) return false;
  const lower = second.text.toLowerCase();
  if (allowed.has(lower) || /\p{N}/u.test(lower)) return false;
  // "the the" or "The the" at the start of a sentence; other case patterns are names and terms.
  if (second.text !== lower) return false;
  return first.text === lower || (first.text === capitalised(lower) && isSentenceStart(text, first.start));
}

function sameWord(a: Word | undefined, b: Word | undefined, text: string): boolean {
  return a !== undefined && b !== undefined && a.text.toLowerCase() === b.text.toLowerCase() && SEPARATOR.test(text.slice(a.end, b.start));
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
