// Globs written in repository files (config `overrides`, docfx.json `fileMetadata`), matched without
// backtracking. picomatch compiles a glob into a regular expression, and `*a*a*a*a*a*a*a*a*a*a*a*a*b`
// against a long file name backtracked for hours. Here a glob is a small automaton run once over
// the path, keeping the set of glob positions reached: time is glob length × path length.

/** A glob the matcher refuses; the message says why, for a configuration error. */
export class GlobError extends Error {}

export interface GlobOptions {
  /** Ignore letter case (docfx globs). */
  nocase?: boolean;
}

/** Alternatives one glob may expand to through `{a,b}` and `{1..9}`. */
const MAX_ALTERNATIVES = 256;
const EXTGLOB = /(?:^|[^\\])[@!+*?]\(/;

type Token =
  | { kind: 'char'; matches: (char: string) => boolean }
  /** Any run of characters other than `/`. */
  | { kind: 'star' }
  /** `**` followed by `/`: nothing, or any path ending in `/`. */
  | { kind: 'globstar-slash' }
  /** `/**` at the end: nothing, or `/` and anything. Always followed by `any`. */
  | { kind: 'optional-slash' }
  | { kind: 'any' };

/** A matcher for a path relative to the glob's folder (forward slashes). Throws GlobError. */
export function compileGlob(glob: string, options: GlobOptions = {}): (path: string) => boolean {
  if (EXTGLOB.test(glob)) throw new GlobError(`"${glob}": extended glob patterns such as "+(a|b)" are not supported`);
  const negated = glob.startsWith('!');
  const body = (negated ? glob.slice(1) : glob).replace(/^(?:\.\/)+/, '');
  const fold = (text: string) => (options.nocase ? text.toLowerCase() : text);
  const alternatives = expandBraces(fold(body), glob).map((alternative) => tokenize(alternative, options.nocase === true));
  return (path: string) => alternatives.some((tokens) => run(tokens, fold(path))) !== negated;
}

function tokenize(glob: string, nocase: boolean): Token[] {
  const tokens: Token[] = [];
  const segments = splitSegments(glob);
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const last = index === segments.length - 1;
    // `**/` at the end: one or more whole segments, ending in `/`.
    if (segment === '**' && index === segments.length - 2 && segments[index + 1] === '') {
      tokens.push({ kind: 'any' }, literal('/'));
      break;
    }
    if (segment === '**') {
      if (segments.length === 1) tokens.push({ kind: 'any' });
      else if (last) {
        tokens.pop(); // the `/` before it
        tokens.push({ kind: 'optional-slash' }, { kind: 'any' });
      } else tokens.push({ kind: 'globstar-slash' });
      continue;
    }
    tokens.push(...segmentTokens(segment, nocase));
    if (!last) tokens.push(literal('/'));
  }
  return tokens;
}

function splitSegments(glob: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '\\' && index + 1 < glob.length) {
      current += char + glob[++index];
    } else if (char === '/') {
      segments.push(current);
      current = '';
    } else current += char;
  }
  segments.push(current);
  return segments;
}

function segmentTokens(segment: string, nocase: boolean): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!;
    if (char === '\\' && index + 1 < segment.length) tokens.push(literal(segment[++index]!));
    else if (char === '*') {
      while (segment[index + 1] === '*') index++;
      tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'char', matches: (candidate) => candidate !== '/' });
    else if (char === '[') {
      const parsed = characterClass(segment, index, nocase);
      if (parsed) {
        tokens.push({ kind: 'char', matches: parsed.matches });
        index = parsed.end;
      } else tokens.push(literal('['));
    } else tokens.push(literal(char));
  }
  return tokens;
}

function literal(char: string): Token {
  return { kind: 'char', matches: (candidate) => candidate === char };
}

/** `[abc]`, `[a-z]`, `[!a]`, `[^a]`; undefined when the `]` is missing (the `[` is then literal). */
function characterClass(segment: string, open: number, nocase: boolean): { matches: (char: string) => boolean; end: number } | undefined {
  let index = open + 1;
  const negated = segment[index] === '!' || segment[index] === '^';
  if (negated) index++;
  const ranges: Array<[string, string]> = [];
  for (let first = true; index < segment.length; first = false) {
    let char = segment[index]!;
    if (char === ']' && !first) {
      const inClass = (candidate: string) => ranges.some(([low, high]) => candidate >= low && candidate <= high);
      const matches = (candidate: string) =>
        candidate !== '/' && (inClass(candidate) || (nocase && inClass(candidate.toUpperCase()))) !== negated;
      return { matches, end: index };
    }
    if (char === '\\' && index + 1 < segment.length) char = segment[++index]!;
    if (segment[index + 1] === '-' && index + 2 < segment.length && segment[index + 2] !== ']') {
      let high = segment[index + 2]!;
      index += 2;
      if (high === '\\' && index + 1 < segment.length) high = segment[++index]!;
      ranges.push([char, high]);
    } else ranges.push([char, char]);
    index++;
  }
  return undefined;
}

/** `{a,b}` (nested) and `{1..3}` expanded into plain globs. */
function expandBraces(glob: string, written: string): string[] {
  const open = findUnescaped(glob, '{', 0);
  if (open === -1) return [glob];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let index = open; index < glob.length && close === -1; index++) {
    const char = glob[index];
    if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) close = index;
    else if (char === ',' && depth === 1) commas.push(index);
  }
  const prefix = glob.slice(0, open);
  if (close === -1) return [glob];
  const inner = glob.slice(open + 1, close);
  let choices: string[];
  const range = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
  if (commas.length > 0) {
    const bounds = [open, ...commas, close];
    choices = bounds.slice(0, -1).map((start, index) => glob.slice(start + 1, bounds[index + 1]));
  } else if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (Math.abs(to - from) >= MAX_ALTERNATIVES)
      throw new GlobError(`"${written}": the range {${inner}} has more than ${MAX_ALTERNATIVES} values`);
    choices = [];
    for (let value = from; ; value += to >= from ? 1 : -1) {
      choices.push(String(value));
      if (value === to) break;
    }
  } else {
    // `{x}` without a comma or range is literal, as in the shell; keep expanding after it.
    return expandBraces(glob.slice(close + 1), written).map((rest) => prefix + '{' + inner + '}' + rest);
  }
  const rests = expandBraces(glob.slice(close + 1), written);
  const expanded: string[] = [];
  for (const choice of choices) {
    for (const head of expandBraces(prefix + choice, written)) {
      for (const rest of rests) {
        expanded.push(head + rest);
        if (expanded.length > MAX_ALTERNATIVES)
          throw new GlobError(`"${written}": its braces expand to more than ${MAX_ALTERNATIVES} patterns`);
      }
    }
  }
  return expanded;
}

function findUnescaped(text: string, char: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === char) return index;
  }
  return -1;
}

/** Runs the automaton: `active[i]` means the first i tokens can match the text read so far. */
function run(tokens: Token[], path: string): boolean {
  const size = tokens.length + 1;
  let active = new Uint8Array(size);
  let next = new Uint8Array(size);
  active[0] = 1;
  close(tokens, active);
  for (const char of path) {
    next.fill(0);
    let any = false;
    for (let index = 0; index < tokens.length; index++) {
      if (!active[index]) continue;
      const token = tokens[index]!;
      switch (token.kind) {
        case 'char':
          if (token.matches(char)) next[index + 1] = 1;
          break;
        case 'star':
          if (char !== '/') next[index] = 1;
          break;
        case 'globstar-slash':
          next[index] = 1;
          if (char === '/') next[index + 1] = 1;
          break;
        case 'optional-slash':
          if (char === '/') next[index + 1] = 1;
          break;
        case 'any':
          next[index] = 1;
          break;
      }
      any = true;
    }
    if (!any) return false;
    close(tokens, next);
    [active, next] = [next, active];
  }
  return active[tokens.length] === 1;
}

/** Adds the positions reachable without reading a character; those moves only go forward. */
function close(tokens: Token[], active: Uint8Array): void {
  for (let index = 0; index < tokens.length; index++) {
    if (!active[index]) continue;
    const kind = tokens[index]!.kind;
    if (kind === 'star' || kind === 'globstar-slash' || kind === 'any') active[index + 1] = 1;
    else if (kind === 'optional-slash') active[index + 2] = 1;
  }
}
