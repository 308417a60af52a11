// fm-alias: ms.author and ms.reviewer hold Microsoft aliases: lower case, no spaces, no email domain.
import type { Node as YamlNode } from 'yaml';
import { isScalar, isSeq } from 'yaml';
import type { Fix } from '../types.js';
import { defineFrontMatterRule } from './front-matter-rule.js';

const ALIAS_KEYS = ['ms.author', 'ms.reviewer'];

export const fmAlias = defineFrontMatterRule(
  {
    id: 'fm-alias',
    docs: { description: 'ms.author and ms.reviewer are aliases: no @, no spaces, lower case', category: 'front-matter' },
    defaultSeverity: 'warning',
    fixable: true,
  },
  ({ document, facts, report }) => {
    for (const key of ALIAS_KEYS) {
      const entry = facts.entries.get(key);
      const value = entry?.pair.value as YamlNode | null | undefined;
      if (!entry || !value?.range) continue;
      // Node offsets count from the start of the YAML text.
      const base = entry.valueRange.start.offset - value.range[0];
      const scalars = isSeq(value) ? value.items : [value];
      for (const scalar of scalars) {
        if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range) continue;
        const start = base + scalar.range[0];
        const end = base + scalar.range[1];
        // A value folded over lines is fm-folded-list-item's finding, not a malformed alias.
        if (document.text.slice(start, end).includes('\n')) continue;
        const problem = aliasProblem(scalar.value);
        if (!problem) continue;
        const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
        const fixed = problem.fixed;
        const fix: Fix | undefined = fixed
          ? {
              title: `Change to ${fixed}`,
              edits: [{ start: quoted ? start + 1 : start, end: quoted ? end - 1 : end, newText: fixed }],
              safe: true,
            }
          : undefined;
        report({ message: `${key} "${scalar.value}" ${problem.message}`, at: [start, end], ...(fix ? { fix } : {}) });
      }
    }
  },
);

function aliasProblem(alias: string): { message: string; fixed?: string } | undefined {
  const value = alias.trim();
  if (value === '') return undefined;
  const at = value.indexOf('@');
  if (/\s/.test(value)) return { message: 'is not an alias: an alias has no spaces.' };
  if (at > 0) return { message: 'is an email address: write the alias without the domain.', fixed: value.slice(0, at).toLowerCase() };
  if (at === 0) return { message: 'is not an alias: write it without @.', fixed: value.slice(1).toLowerCase() };
  if (value !== value.toLowerCase()) return { message: 'should be lower case.', fixed: value.toLowerCase() };
  return undefined;
}
