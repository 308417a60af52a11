// style-terms: words and phrases a style guide asks writers to avoid, with what to write instead.
// The list is configurable; by default a few from the Microsoft Writing Style Guide.
import { proseContaining } from '../parse/prose.js';
import { defineRule } from './rule.js';

export interface TermEntry {
  /** The word or phrase to avoid (matched whole, any case, any spacing between its words). */
  term: string;
  /** What to write instead; no quick fix when absent. */
  replacement?: string;
  /** Why, shown in the message. */
  reason?: string;
}

export interface StyleTermsOptions {
  terms: TermEntry[];
  /** Keep the default list next to `terms` (default true). */
  includeDefaults: boolean;
}

export const DEFAULT_TERMS: readonly TermEntry[] = [
  { term: 'e.g.', replacement: 'for example' },
  { term: 'i.e.', replacement: 'that is' },
  { term: 'click here', reason: 'link text should say where the link goes' },
  { term: 'log in', replacement: 'sign in' },
];

interface CompiledTerms {
  pattern: RegExp;
  byKey: Map<string, TermEntry>;
}

const compiledByOptions = new WeakMap<object, CompiledTerms>();
const compiledDefaults = compile(DEFAULT_TERMS);

export const styleTerms = defineRule<StyleTermsOptions>(
  {
    id: 'style-terms',
    docs: { description: 'Terms to avoid, with replacements (configurable list)', category: 'style' },
    defaultSeverity: 'info',
    fixable: true,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        terms: {
          type: 'array',
          description: 'Words or phrases to avoid, next to (or, with includeDefaults false, instead of) the default list.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['term'],
            properties: {
              term: {
                type: 'string',
                description: 'The word or phrase to avoid (matched whole, any case, any spacing between its words).',
              },
              replacement: { type: 'string', description: 'What to write instead (offered as a quick fix).' },
              reason: { type: 'string', description: 'Why, shown when there is no replacement.' },
            },
          },
        },
        includeDefaults: { type: 'boolean', default: true, description: 'Keep the default list next to terms.' },
      },
    },
  },
  ({ document, options, report }) => {
    const { pattern, byKey } = compiledFor(options);
    if (byKey.size === 0) return;
    for (const match of document.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const entry = byKey.get(keyOf(match[0]));
      if (!entry || !proseContaining(document, start, end)) continue;
      const replacement = entry.replacement && matchCase(entry.replacement, match[0]);
      const advice = replacement ? `use "${replacement}"` : (entry.reason ?? 'rephrase');
      report({
        message: `Avoid "${match[0]}": ${advice}.`,
        at: [start, end],
        ...(replacement
          ? { fix: { title: `Replace with "${replacement}"`, edits: [{ start, end, newText: replacement }], safe: false } }
          : {}),
      });
    }
  },
);

function compiledFor(options: Partial<StyleTermsOptions>): CompiledTerms {
  if (!options.terms && options.includeDefaults !== false) return compiledDefaults;
  let compiled = compiledByOptions.get(options);
  if (!compiled) {
    compiled = compile([...(options.includeDefaults === false ? [] : DEFAULT_TERMS), ...(options.terms ?? [])]);
    compiledByOptions.set(options, compiled);
  }
  return compiled;
}

function compile(entries: readonly TermEntry[]): CompiledTerms {
  const byKey = new Map<string, TermEntry>();
  for (const entry of entries) if (entry.term.trim()) byKey.set(keyOf(entry.term), entry);
  const alternatives = [...byKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) =>
      key
        .split(' ')
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, byKey };
}

function keyOf(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
