// Regular expressions from a repository schema (`pattern`, `patternProperties`) run on every file's
// front matter with JavaScript's backtracking engine, where `^(a+)+$` takes exponential time on a
// value of forty `a`s and a `!`. A pattern is refused when a repeated group holds something that is
// itself repeated, unless each pass of the group starts with a character the repeated parts inside
// cannot match (`^[a-z]+(-[a-z]+)*$` is safe: every pass starts with `-`).

interface Atom {
  /** Source text of the atom, without its quantifier. */
  source: string;
  /** Alternatives of a group, each a sequence of atoms; undefined for a single character atom. */
  alternatives: Atom[][] | undefined;
  repeats: boolean;
  optional: boolean;
}

/** Why the pattern may take exponential time, or undefined when it cannot. */
export function unsafePatternReason(pattern: string): string | undefined {
  let parsed: Atom[][];
  try {
    new RegExp(pattern, 'u');
    parsed = new PatternParser(pattern).alternatives(false);
  } catch {
    return undefined; // ajv reports a pattern that does not compile
  }
  return findUnsafe(parsed);
}

function findUnsafe(alternatives: Atom[][]): string | undefined {
  for (const sequence of alternatives) {
    for (const atom of sequence) {
      if (!atom.alternatives) continue;
      if (atom.repeats && !isUnambiguousRepeat(atom.alternatives))
        return `the group ${atom.source} repeats, and each pass can match the same text in more than one way`;
      const inner = findUnsafe(atom.alternatives);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** True when every pass starts with its own literal character that nothing repeated inside can match. */
function isUnambiguousRepeat(alternatives: Atom[][]): boolean {
  const leads = new Set<string>();
  for (const sequence of alternatives) {
    const lead = sequence[0];
    const literal = lead && !lead.alternatives && !lead.repeats && !lead.optional ? literalChar(lead.source) : undefined;
    if (literal === undefined || leads.has(literal)) return false;
    leads.add(literal);
  }
  for (const sequence of alternatives) {
    for (const atom of sequence.slice(1)) {
      if (atom.alternatives) {
        if (atom.repeats || atom.alternatives.some((inner) => inner.some((part) => part.repeats || part.alternatives))) return false;
        continue;
      }
      if (!atom.repeats) continue;
      const matcher = new RegExp(`^(?:${atom.source})$`, 'u');
      if ([...leads].some((lead) => matcher.test(lead))) return false;
    }
  }
  return true;
}

function literalChar(source: string): string | undefined {
  if (source.length === 1 && !'.[('.includes(source)) return source;
  if (source.length === 2 && source[0] === '\\' && /[^\w]/.test(source[1]!)) return source[1];
  return undefined;
}

class PatternParser {
  private index = 0;

  constructor(private readonly pattern: string) {}

  alternatives(inGroup: boolean): Atom[][] {
    const alternatives: Atom[][] = [[]];
    while (this.index < this.pattern.length) {
      const char = this.pattern[this.index]!;
      if (char === ')') {
        if (inGroup) return alternatives;
        throw new SyntaxError('unbalanced )');
      }
      if (char === '|') {
        this.index++;
        alternatives.push([]);
        continue;
      }
      const start = this.index;
      let groupAlternatives: Atom[][] | undefined;
      if (char === '(') {
        this.index++;
        if (this.pattern[this.index] === '?') {
          // (?:…), (?=…), (?!…), (?<=…), (?<!…), (?<name>…)
          const named = /^\?(?::|=|!|<=|<!|<[A-Za-z_][\w]*>)/.exec(this.pattern.slice(this.index));
          this.index += named ? named[0].length : 1;
        }
        groupAlternatives = this.alternatives(true);
        this.index++; // the )
      } else if (char === '[') {
        this.index++;
        if (this.pattern[this.index] === '^') this.index++;
        if (this.pattern[this.index] === ']') this.index++;
        while (this.index < this.pattern.length && this.pattern[this.index] !== ']')
          this.index += this.pattern[this.index] === '\\' ? 2 : 1;
        this.index++;
      } else if (char === '\\') {
        this.index += 2;
        // \u{…}, \p{…}, \x41, \u0041
        const braced = /^\{[^}]*\}/.exec(this.pattern.slice(this.index));
        if (braced && /[upP]/.test(this.pattern[this.index - 1]!)) this.index += braced[0].length;
      } else this.index++;
      const source = this.pattern.slice(start, this.index);
      const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(this.pattern.slice(this.index));
      let repeats = false;
      let optional = false;
      if (quantifier) {
        this.index += quantifier[0].length;
        const kind = quantifier[0][0];
        optional = kind === '*' || kind === '?' || (kind === '{' && quantifier[1] === '0');
        repeats =
          kind === '*' ||
          kind === '+' ||
          (kind === '{' && quantifier[2] !== undefined && (quantifier[3] === '' || Number(quantifier[3]) > 1)) ||
          (kind === '{' && quantifier[2] === undefined && Number(quantifier[1]) > 1);
      }
      // Anchors and lookarounds take no text: they cannot make a repeat ambiguous.
      if (source === '^' || source === '$' || /^\(\?(?:=|!|<=|<!)/.test(source) || /^\\[bB]$/.test(source)) continue;
      alternatives[alternatives.length - 1]!.push({ source, alternatives: groupAlternatives, repeats, optional });
    }
    if (inGroup) throw new SyntaxError('unclosed group');
    return alternatives;
  }
}
