// Cross references of a document as docfx v3 resolves them: `<xref:uid>`, `[text](xref:uid)`,
// `[label]: xref:uid` and `<a href="xref:uid">`. The uid ends at `?` (display options such as
// `?displayProperty=fullName`) or `#` (a bookmark), and is percent-decoded. `@uid` mentions are
// not collected: docfx never reports one it cannot resolve (`at-xref-not-found` is off), since `@`
// starts many other things (`@mentions`, SQL parameters).
import type { DocumentModel } from '../../parse/document.js';
import { tocEntries, type TocModel } from '../../parse/toc.js';

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
    const raw = uidWritten(document.text.slice(start, link.urlRange.end.offset));
    if (raw === '') continue;
    references.push({ uid: decode(raw), at: [start, start + raw.length] });
  }
  return references;
}

/**
 * The uids a table of contents names (docfx v3 TocLoader): a YAML or JSON entry's `uid` (or
 * `topicUid`) is the exact uid, `#` and all; a toc.md heading's `[name](xref:uid)`, `@uid` or
 * `<xref:uid>` is read as a link's xref is.
 */
export function tocXrefReferences(toc: TocModel, text: string): XrefReference[] {
  const references: XrefReference[] = [];
  for (const entry of tocEntries(toc.entries)) {
    const uid = entry.uid;
    if (!uid || uid.value.trim() === '') continue;
    if (toc.format !== 'markdown') {
      references.push({ uid: uid.value, at: uid.at });
      continue;
    }
    const written = text.slice(uid.at[0], uid.at[1]);
    const found = /(?:xref:|^#+[ \t]*(?:@|<xref:))([^?#>)\s"']+)/i.exec(written);
    if (!found) continue;
    const start = uid.at[0] + found.index + found[0].length - found[1]!.length;
    references.push({ uid: decode(found[1]!), at: [start, start + found[1]!.length] });
  }
  return references;
}

/** The uid an `xref:` destination names (decoded), or undefined for any other destination. */
export function xrefUid(destination: string): string | undefined {
  if (!XREF_SCHEME.test(destination)) return undefined;
  const raw = uidWritten(destination.slice('xref:'.length));
  return raw === '' ? undefined : decode(raw);
}

/** The uid as written at the start of what follows `xref:`: up to `?`, `#` or the destination's end. */
function uidWritten(afterScheme: string): string {
  return afterScheme.slice(0, afterScheme.search(/[?#>)\s"']|$/));
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
