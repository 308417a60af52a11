// The front matter mistakes writers make most, said in their words, where they are, with the edit
// that repairs them: a value that YAML reads as something else because it is not in quotes (": "
// inside a description, a value that starts with `[`, `@` or a quote). The parser's own message
// ("Nested mappings are not allowed in compact mappings") names neither the cause nor the fix.
import type { LineIndex } from '../parse/text.js';
import type { Fix } from '../types.js';

export interface ExplainedYamlProblem {
  message: string;
  at: [number, number];
  fix: Fix;
}

/** `key: value` on a line of its own, the key at the start (a top-level key). */
const KEY_AND_VALUE = /^([A-Za-z0-9_.-][^:\s]*(?:[ \t]+[^:\s]+)*):[ \t]+(\S(?:.*\S)?)[ \t]*$/;
const COLON_IN_VALUE = /:(?=[ \t]|$)/;
/** What YAML makes of a value's first character when the value is not quoted. */
const SPECIAL_START: Record<string, string> = {
  '[': 'the start of a list',
  '{': 'the start of a set of keys',
  '*': 'a reference to another value',
  '&': 'a name for the value',
  '!': 'a type tag',
  '|': 'the start of a block of lines',
  '>': 'the start of a folded block of lines',
  '%': 'a directive',
  '@': 'a reserved character',
  '`': 'a reserved character',
};

/** The parser's codes for what an unquoted value causes; other problems (a duplicate key) are not about quoting. */
const QUOTING_CODES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'BAD_SCALAR_START']);

/** Explains the problem YAML found at `offset`, when it is one of the quoting mistakes above. */
export function explainQuotingProblem(lines: LineIndex, code: string, offset: number): ExplainedYamlProblem | undefined {
  if (!QUOTING_CODES.has(code)) return undefined;
  const line = lines.point(offset).line;
  const lineText = lines.lineText(line);
  const entry = KEY_AND_VALUE.exec(lineText);
  if (!entry) return undefined;
  const key = entry[1]!;
  const value = entry[2]!;
  const valueStart = lines.lineStart(line) + lineText.indexOf(value, key.length + 1);
  const valueEnd = valueStart + value.length;
  const first = value[0]!;
  // A comment after the value, or a value continued on the next lines, would change meaning inside quotes.
  const continued = line < lines.lineCount && /^[ \t]+\S/.test(lines.lineText(line + 1)) && !/^[ \t]+-/.test(lines.lineText(line + 1));
  const certain = !value.includes(' #') && !continued;
  const quoted = (inner: string): Fix => ({
    title: 'Put the value in quotes',
    edits: [{ start: valueStart, end: valueEnd, newText: `"${inner.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` }],
    safe: certain,
  });

  if (first === '"' || first === "'") {
    // 'It's' or "A "quoted" word": the quote inside ends the value early.
    if (value.length < 2 || !value.slice(1).includes(first)) return undefined;
    const wrapped = value.endsWith(first);
    return {
      message: `The value of "${key}" starts with a quote, so YAML ends it at the next ${first === '"' ? 'double' : 'single'} quote and cannot read the rest: put the whole value in double quotes${wrapped ? '' : ', with \\" for a quote inside'}.`,
      at: [valueStart, valueStart + 1],
      fix: { ...quoted(wrapped ? value.slice(1, -1) : value), safe: false },
    };
  }
  const meaning = SPECIAL_START[first];
  if (meaning) {
    return {
      message: `The value of "${key}" starts with "${first}", which YAML reads as ${meaning}: put the value in quotes.`,
      at: [valueStart, valueStart + 1],
      fix: quoted(value),
    };
  }
  const colon = COLON_IN_VALUE.exec(value);
  if (colon) {
    const at = valueStart + colon.index;
    return {
      message: `The value of "${key}" contains ": ", which YAML reads as the start of another key: put the value in quotes.`,
      at: [at, at + 1],
      fix: quoted(value),
    };
  }
  return undefined;
}
