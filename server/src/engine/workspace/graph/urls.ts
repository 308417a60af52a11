// What a link destination is, before any file is looked at: an external URL, a same-file anchor,
// a path (relative, `~/` docset-rooted or `/site` rooted), or a local path that only works on the
// writer's machine. Splits off `?query` and `#anchor` and decodes escapes.

export type DestinationKind = 'empty' | 'anchor' | 'relative' | 'docset-root' | 'site' | 'external' | 'local-path' | 'other-scheme';

export interface Destination {
  kind: DestinationKind;
  /** The path part as written (no query, no anchor), markdown backslash escapes kept. */
  rawPath: string;
  /** Offset of `rawPath` within the written destination (after leading whitespace and `~/`/`/` are kept). */
  pathStart: number;
  /** The path decoded (`%20` → space, `\_` → `_`); undefined when an escape is malformed. */
  path: string | undefined;
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
  const base = { rawPath: '', pathStart: leading, path: '', anchor: undefined, anchorStart: -1, anchorEnd: -1 };
  if (url === '') return { ...base, kind: 'empty' };
  if (WINDOWS_DRIVE.test(url) || url.startsWith('\\\\') || UNIX_HOME.test(url)) return { ...base, kind: 'local-path', rawPath: url };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'file') return { ...base, kind: 'local-path', rawPath: url };
  if (scheme === 'http' || scheme === 'https' || url.startsWith('//')) {
    const host = /^(?:[a-z]+:)?\/\/([^/?#:]*)/i.exec(url)?.[1]?.toLowerCase() ?? '';
    return { ...base, kind: 'external', rawPath: url, scheme: scheme ?? 'https', host };
  }
  if (scheme) return { ...base, kind: 'other-scheme', rawPath: url, scheme };
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const query = beforeHash.indexOf('?');
  const rawPath = query === -1 ? beforeHash : beforeHash.slice(0, query);
  const anchorText = hash === -1 ? undefined : url.slice(hash + 1);
  const anchor = anchorText === undefined ? undefined : (decodePart(anchorText) ?? anchorText);
  const anchorStart = hash === -1 ? -1 : leading + hash + 1;
  const anchorEnd = hash === -1 ? -1 : leading + url.length;
  const path = decodePart(rawPath);
  const common = { rawPath, pathStart: leading, path, anchor, anchorStart, anchorEnd };
  if (rawPath === '') return { ...common, kind: anchorText !== undefined ? 'anchor' : 'empty' };
  if (rawPath.startsWith('~/') || rawPath === '~') return { ...common, kind: 'docset-root' };
  if (rawPath.startsWith('/')) return { ...common, kind: 'site' };
  return { ...common, kind: 'relative' };
}

/** Decodes markdown escapes and percent-encoding; undefined when a `%` escape is malformed. */
export function decodePart(text: string): string | undefined {
  const unescaped = text.includes('\\') ? text.replace(MARKDOWN_ESCAPE, '$1') : text;
  if (!unescaped.includes('%')) return unescaped;
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return undefined;
  }
}

const MICROSOFT_HOST = /(^|\.)(microsoft\.com|msdn\.com|technet\.com|office\.com|azure\.com|live\.com|bing\.com|visualstudio\.com|windows\.com|xbox\.com|skype\.com|microsoft365\.com|powerplatform\.com|powerapps\.com|powerbi\.com|dynamics\.com|aka\.ms|msft\.it)$/;
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
