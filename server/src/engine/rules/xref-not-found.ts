// xref-not-found: an `xref:` link to a uid the repository does not define (docfx `xref-not-found`, a
// warning), in an article or a table of contents (an entry's `uid`). Only what the repository can know is a warning: uids under a configured external prefix
// (the .NET API, Office's object models…) are never reported, and an unknown uid that looks like an
// API name (dotted, with generics or overloads) may live in an external xref map, so it is an info.
import { closestId } from '../closest-match.js';
import { indexFor } from '../workspace/graph/references.js';
import { tocOf } from '../parse/toc.js';
import { tocXrefReferences, xrefReferences } from '../workspace/graph/xrefs.js';
import { defineRule } from './rule.js';

interface Options {
  /** Uid prefixes resolved by external xref maps, never reported. */
  externalPrefixes: string[];
}

/** Namespaces of the API reference Learn publishes from other repositories. */
const DEFAULT_EXTERNAL_PREFIXES = ['System.', 'Microsoft.', 'Windows.', 'Azure.', 'azure.', 'Office.', 'office.'];
/** `Namespace.Type.Member`, `Type\`1`, `Method*`, `Method(System.String)`: an API uid. */
const API_LIKE = /^[A-Za-z_@][\w@`-]*(?:[.:/][\w@`*()[\],{}-]+)+$|[`*(]/;

export const xrefNotFound = defineRule<Options>(
  {
    id: 'xref-not-found',
    docs: { description: 'An xref: link to a uid the repository does not define', category: 'links' },
    defaultSeverity: 'warning',
    fixable: true,
    tocFiles: 'also',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        externalPrefixes: {
          type: 'array',
          items: { type: 'string' },
          description: 'Uid prefixes that external xref maps resolve (API reference): never reported.',
        },
      },
    },
  },
  ({ document, environment, options, report }) => {
    const toc = tocOf(document);
    const references = toc ? tocXrefReferences(toc, document.text) : xrefReferences(document);
    if (references.length === 0) return;
    const prefixes = options.externalPrefixes ?? DEFAULT_EXTERNAL_PREFIXES;
    const uids = indexFor(document, environment).uids;
    for (const { uid, at } of references) {
      if (prefixes.some((prefix) => uid.startsWith(prefix)) || uids.isKnown(uid)) continue;
      const known = uids.all();
      // With no uid of its own, the repository links only to external maps: it cannot know.
      const certain = known.length > 0 && !API_LIKE.test(uid);
      const suggestion = closestId(uid, known);
      report({
        message: `No file of this repository defines the uid "${uid}"${suggestion ? `: did you mean "${suggestion}"?` : '.'}${certain ? '' : ' It may come from an external xref map; add its prefix to this rule’s externalPrefixes if so.'}`,
        at,
        ...(certain ? {} : { severity: 'info' as const }),
        ...(suggestion
          ? { fix: { title: `Change to "${suggestion}"`, edits: [{ start: at[0], end: at[1], newText: suggestion }], safe: false } }
          : {}),
      });
    }
  },
);
