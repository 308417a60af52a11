// Moniker ranges as docfx v3 reads them (`::: moniker range="…"`, front matter `monikerRange`):
// comparator sets joined by `||`; a set is one or more comparators, each an optional operator
// (`=`, `>`, `<`, `>=`, `<=`) and a moniker name (letters, digits, `_`, `-`, `.`). Whitespace between
// tokens is skipped. Evaluated against a moniker definition, `>`/`<` compare the order of monikers
// of the same product; a set intersects, `||` unites.

export type MonikerOperator = '=' | '>' | '<' | '>=' | '<=';

export interface MonikerComparator {
  operator: MonikerOperator;
  moniker: string;
  /** Offsets of the moniker name in the range text. */
  at: [number, number];
}

/** Comparator sets, any of which may hold (each set: all of its comparators). */
export type MonikerRange = MonikerComparator[][];

export type ParsedMonikerRange = { kind: 'range'; range: MonikerRange } | { kind: 'invalid'; message: string; at: number };

export interface MonikerDefinition {
  name: string;
  product: string;
  order: number;
}

const OR = /^\s*\|\|/;
const OPERATOR = /^\s*(>=|<=|=|>|<)/;
const MONIKER = /^\s*([\w.-]+)/;

export function parseMonikerRange(text: string): ParsedMonikerRange {
  let offset = 0;
  const accept = (pattern: RegExp): RegExpExecArray | undefined => {
    const match = pattern.exec(text.slice(offset));
    if (!match || match[0].length === 0) return undefined;
    offset += match[0].length;
    return match;
  };
  const range: MonikerRange = [];
  do {
    const set: MonikerComparator[] = [];
    for (;;) {
      const operator = accept(OPERATOR);
      const moniker = accept(MONIKER);
      if (moniker) {
        const name = moniker[1]!;
        set.push({ operator: (operator?.[1] as MonikerOperator | undefined) ?? '=', moniker: name, at: [offset - name.length, offset] });
        continue;
      }
      if (operator) return { kind: 'invalid', message: `"${operator[1]}" must be followed by a moniker name`, at: offset };
      break;
    }
    if (set.length === 0) return { kind: 'invalid', message: 'a moniker name was expected', at: offset };
    range.push(set);
  } while (accept(OR));
  if (text.slice(offset).trim() !== '') {
    const at = offset + (text.slice(offset).length - text.slice(offset).trimStart().length);
    return { kind: 'invalid', message: `"${text.slice(at).trim()}" is not a moniker, an operator or "||"`, at };
  }
  return { kind: 'range', range };
}

/** The monikers a range names that the definition does not define (docfx compares names in any letter case). */
export function undefinedMonikers(range: MonikerRange, definitions: readonly MonikerDefinition[]): MonikerComparator[] {
  const known = new Set(definitions.map((definition) => definition.name.toLowerCase()));
  return range.flat().filter((comparator) => !known.has(comparator.moniker.toLowerCase()));
}

/** The monikers a range selects, lower case; names the definition lacks select nothing. */
export function evaluateMonikerRange(range: MonikerRange, definitions: readonly MonikerDefinition[]): Set<string> {
  const byProduct = new Map<string, MonikerDefinition[]>();
  for (const definition of definitions) byProduct.set(definition.product, [...(byProduct.get(definition.product) ?? []), definition]);
  for (const list of byProduct.values()) list.sort((a, b) => a.order - b.order);
  const byName = new Map(definitions.map((definition) => [definition.name.toLowerCase(), definition]));
  const selected = new Set<string>();
  for (const set of range) {
    let result: Set<string> | undefined;
    for (const comparator of set) {
      const definition = byName.get(comparator.moniker.toLowerCase());
      const product = definition ? byProduct.get(definition.product)! : [];
      const position = definition ? product.indexOf(definition) : -1;
      const names = (list: MonikerDefinition[]) => new Set(list.map((entry) => entry.name.toLowerCase()));
      const matched = !definition
        ? new Set<string>()
        : comparator.operator === '='
          ? new Set([definition.name.toLowerCase()])
          : comparator.operator === '>'
            ? names(product.slice(position + 1))
            : comparator.operator === '>='
              ? names(product.slice(position))
              : comparator.operator === '<'
                ? names(product.slice(0, position))
                : names(product.slice(0, position + 1));
      result = result ? new Set([...result].filter((name) => matched.has(name))) : matched;
    }
    for (const name of result ?? []) selected.add(name);
  }
  return selected;
}
