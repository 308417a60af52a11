// Cross references of a document as docfx v3 resolves them: `<xref:uid>`, `[text](xref:uid)`,
// `[label]: xref:uid` and `<a href="xref:uid">`. The uid ends at `?` (display options such as
// `?displayProperty=fullName`) or `#` (a bookmark), and is percent-decoded. `@uid` mentions are
// not collected: docfx never reports one it cannot resolve (`at-xref-not-found` is off), since `@`
// starts many other things (`@mentions`, SQL parameters).
import type { DocumentModel } from '../../parse/document.js';

export interface XrefReference {
  /** The uid, decoded. */
  uid: string;
  /** Offsets of the uid as written (after `xref:`, before `?` or `#`). */
  at: [number, number];
}

const XREF_SCHEME = /^xref:/i;

export function xrefReferences(document: DocumentModel): XrefReference[] {
  const references: XrefReference[] = [];
  for (const link of document.links) {
    if (link.kind === 'reference' || !XREF_SCHEME.test(link.url)) continue;
    const from = link.urlRange.start.offset;
    const written = document.text.slice(from, link.urlRange.end.offset);
    const scheme = written.toLowerCase().indexOf('xref:');
    if (scheme === -1) continue;
    const start = from + scheme + 'xref:'.length;
    const rest = document.text.slice(start, link.urlRange.end.offset);
    const end = rest.search(/[?#>)\s"']|$/);
    const raw = rest.slice(0, end);
    if (raw === '') continue;
    references.push({ uid: decode(raw), at: [start, start + raw.length] });
  }
  return references;
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
