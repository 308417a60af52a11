// What a link destination is, before any file is looked at: an external URL, a same-file anchor,
// a path (relative, `~/` docset-rooted or `/site` rooted), or a local path that only works on the
// writer's machine. Splits off `?query` and `#anchor` and decodes escapes. The build reads `\` in a
// path as a folder separator (Windows style); GitHub does not, so those are recorded for link-backslash.

export type DestinationKind = 'empty' | 'anchor' | 'relative' | 'docset-root' | 'site' | 'external' | 'local-path' | 'other-scheme';

export interface Destination {
  kind: DestinationKind;
  /** The path part as written (no query, no anchor), markdown backslash escapes kept. */
  rawPath: string;
  /** Offset of `rawPath` within the written destination (after leading whitespace and `~/`/`/` are kept). */
  pathStart: number;
  /** The path decoded (`%20` → space, `\_` → `_`, `&amp;` → `&`, `\` separators → `/`); undefined when an escape is malformed. */
  path: string | undefined;
  /** [start, end) offsets within `rawPath` of each `\` (or escaped `\\`) the build reads as a folder separator. */
  backslashes: Array<[number, number]>;
  /** The anchor without `#`, decoded; undefined when there is none. */
  anchor: string | undefined;
  /** Offsets of the anchor as written (after `#`) within the written destination; -1 when there is none. */
  anchorStart: number;
  anchorEnd: number;
  /** For external URLs: lower-case scheme and host. */
  scheme?: string;
  host?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;
const UNIX_HOME = /^\/(?:Users|home)\//;
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

export function classifyDestination(written: string): Destination {
  const leading = written.length - written.trimStart().length;
  const url = written.trimStart();
  const base = { rawPath: '', pathStart: leading, path: '', anchor: undefined, anchorStart: -1, anchorEnd: -1, backslashes: [] };
  if (url === '') return { ...base, kind: 'empty' };
  if (WINDOWS_DRIVE.test(url) || url.startsWith('\\\\') || UNIX_HOME.test(url)) return { ...base, kind: 'local-path', rawPath: url };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'file') return { ...base, kind: 'local-path', rawPath: url };
  if (scheme === 'http' || scheme === 'https' || url.startsWith('//')) {
    const host = /^(?:[a-z]+:)?\/\/([^/?#:]*)/i.exec(url)?.[1]?.toLowerCase() ?? '';
    return { ...base, kind: 'external', rawPath: url, scheme: scheme ?? 'https', host };
  }
  if (scheme) return { ...base, kind: 'other-scheme', rawPath: url, scheme };
  const hash = anchorHash(url);
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const query = beforeHash.indexOf('?');
  const rawPath = query === -1 ? beforeHash : beforeHash.slice(0, query);
  const anchorText = hash === -1 ? undefined : url.slice(hash + 1);
  const anchor = anchorText === undefined ? undefined : (decodePart(anchorText) ?? anchorText);
  const anchorStart = hash === -1 ? -1 : leading + hash + 1;
  const anchorEnd = hash === -1 ? -1 : leading + url.length;
  const backslashes = separatorBackslashes(rawPath);
  const slashed = backslashes.length === 0 ? rawPath : replaceRanges(rawPath, backslashes, '/');
  const path = decodePart(slashed);
  const common = { rawPath, pathStart: leading, path, anchor, anchorStart, anchorEnd, backslashes };
  if (rawPath === '') return { ...common, kind: anchorText !== undefined ? 'anchor' : 'empty' };
  if (slashed.startsWith('~/') || slashed === '~') return { ...common, kind: 'docset-root' };
  if (slashed.startsWith('/')) return { ...common, kind: 'site' };
  return { ...common, kind: 'relative' };
}

/** The `#` that starts the anchor: not the one inside a character reference such as `&#32;`. */
function anchorHash(url: string): number {
  if (!url.includes('&#')) return url.indexOf('#');
  for (const match of url.matchAll(/&#[xX]?[0-9a-fA-F]+;|#/g)) if (match[0] === '#') return match.index;
  return -1;
}

/** `\` that is not a markdown escape of punctuation, and `\\` (an escaped backslash): both separators for the build. */
function separatorBackslashes(rawPath: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let index = rawPath.indexOf('\\'); index !== -1; index = rawPath.indexOf('\\', index)) {
    const next = rawPath[index + 1] ?? '';
    if (next === '\\') {
      ranges.push([index, index + 2]);
      index += 2;
    } else if (/^[!-/:-@[-`{-~]$/.test(next)) {
      index += 2;
    } else {
      ranges.push([index, index + 1]);
      index += 1;
    }
  }
  return ranges;
}

/** `text` with each [start, end) range (sorted, disjoint) replaced by `replacement`. */
export function replaceRanges(text: string, ranges: Array<[number, number]>, replacement: string): string {
  let result = '';
  let from = 0;
  for (const [start, end] of ranges) {
    result += text.slice(from, start) + replacement;
    from = end;
  }
  return result + text.slice(from);
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;

/** `&amp;`, `&#38;`, `&#x26;` and the common named references, as the build decodes them in a destination or attribute. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_REFERENCES[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Decodes markdown escapes, character references and percent-encoding; undefined when a `%` escape is malformed. */
export function decodePart(text: string): string | undefined {
  const unescaped = decodeCharacterReferences(text.includes('\\') ? text.replace(MARKDOWN_ESCAPE, '$1') : text);
  if (!unescaped.includes('%')) return unescaped;
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return undefined;
  }
}

/** A first path segment that reads as a web host: `www.…`, or a name ending in a common top-level domain. */
const HOST_LIKE =
  /^(?:www\.[^/\s]+|(?:[a-z0-9-]+\.)+(?:com|net|org|ms|io|gov|edu|info|biz|co|us|uk|de|dev|app|cloud|azure|microsoft|office|windows|live|me|tv|ly))$/i;

/**
 * `aka.ms/x` or `www.contoso.com/y` written without `https://`: the build reads it as a relative path.
 * `host` is the first segment when it reads as a web address.
 */
export function schemeLessHost(destination: Destination): string | undefined {
  if (destination.kind !== 'relative' || destination.path === undefined) return undefined;
  const first = destination.path.split('/')[0]!;
  return HOST_LIKE.test(first) ? first : undefined;
}

const MICROSOFT_HOST =
  /(^|\.)(microsoft\.com|msdn\.com|technet\.com|office\.com|azure\.com|live\.com|bing\.com|visualstudio\.com|windows\.com|xbox\.com|skype\.com|microsoft365\.com|powerplatform\.com|powerapps\.com|powerbi\.com|dynamics\.com|aka\.ms|msft\.it)$/;
const LEARN_HOST = /^(learn|docs)\.microsoft\.com$/;
/** Hosts whose http URLs are names (XML namespaces), not pages to visit. */
const NAMESPACE_HOST = /^schemas\./;

export function isMicrosoftHost(host: string): boolean {
  return MICROSOFT_HOST.test(host);
}

export function isLearnHost(host: string): boolean {
  return LEARN_HOST.test(host);
}

export function isNamespaceHost(host: string): boolean {
  return NAMESPACE_HOST.test(host);
}

/** `/en-us/` and the like as the first path segment of a URL; [start, end) within the URL, covering the segment and one slash. */
export function localeSegment(url: string): [number, number] | undefined {
  const match = /^(?:[a-z]+:)?\/\/[^/?#]+(\/([a-z]{2}-[a-z]{2}(?:-[a-z]{2,4})?|[a-z]{2}-[a-z]{4})(?=[/?#]|$))/i.exec(url);
  if (!match) return undefined;
  const start = match[0].length - match[1]!.length;
  return [start, match[0].length];
}
