// Where --cache may write, decided before any file is checked. A checkout can hold anything at the
// default location (a committed `.guidancelint-cache/results.json` symlink to ~/.bashrc), and
// --cache-location can name any path, so the cache is written only where it cannot harm: never
// through a symlink, into a folder that is new, empty or tagged as ours (CACHEDIR.TAG), or over a
// file that is itself a Guidance Lint cache.
import { basename, dirname, joinPath, type FileSystem } from '../engine/fs/file-system.js';

/** The location cannot hold the cache; the run stops with this message (exit 2). */
export class CacheLocationError extends Error {}

export const CACHE_FILE_NAME = 'results.json';
const TAG_NAME = 'CACHEDIR.TAG';
/** The signature of the Cache Directory Tagging Specification (https://bford.info/cachedir/). */
const TAG_SIGNATURE = 'Signature: 8a477f597d28d172789f06886806bc55';
export const TAG_CONTENT = `${TAG_SIGNATURE}\n# This file is a cache directory tag created by guidance-lint.\n# For information about cache directory tags, see https://bford.info/cachedir/\n`;

export interface CacheTarget {
  /** The cache file. */
  file: string;
  /** A tag to write before the cache file, when the folder is not tagged yet. */
  tag?: string;
}

/**
 * Where the cache at `location` (a file, or a folder when it ends in `/` or is one) is read and
 * written. `isCacheFile` tells a Guidance Lint cache from any other file.
 */
export function cacheTarget(fs: FileSystem, location: string, isCacheFile: (bytes: Uint8Array) => boolean): CacheTarget {
  const asFolder = location.endsWith('/');
  const path = asFolder && location.length > 1 ? location.replace(/\/+$/, '') : location;
  const type = entryType(fs, path);
  if (type === 'symlink')
    throw new CacheLocationError(`the cache location ${path} is a symbolic link; the cache is never written through a link`);
  if (!asFolder && type !== 'directory') {
    const bytes = type === 'file' ? fs.readFile(path) : undefined;
    if (bytes && !isCacheFile(bytes))
      throw new CacheLocationError(
        `${path} exists and is not a Guidance Lint cache file; it is not replaced (choose another --cache-location)`,
      );
    return { file: path };
  }
  if (type === 'file') throw new CacheLocationError(`the cache location ${path} is a file, not a folder`);
  const file = joinPath(path, CACHE_FILE_NAME);
  const tag = joinPath(path, TAG_NAME);
  if (type === undefined) return { file, tag };
  const entries = fs.readDirectory(path);
  const resultsType = entries.find((entry) => entry.name === CACHE_FILE_NAME)?.type;
  if (resultsType === 'symlink')
    throw new CacheLocationError(`the cache file ${file} is a symbolic link; the cache is never written through a link`);
  if (resultsType === 'directory') throw new CacheLocationError(`the cache file ${file} is a folder`);
  if (entries.some((entry) => entry.name === TAG_NAME && entry.type === 'file') && isTag(fs.readFile(tag))) return { file };
  // Empty, or holding only a cache written before folders were tagged: ours to use.
  const resultsOnly = entries.length === 1 && resultsType === 'file' && isCacheFile(fs.readFile(file) ?? new Uint8Array());
  if (entries.length === 0 || resultsOnly) return { file, tag };
  throw new CacheLocationError(
    `the cache location ${path} is a folder that Guidance Lint did not create (it has no ${TAG_NAME}); name a new or empty folder`,
  );
}

function isTag(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && new TextDecoder().decode(bytes.subarray(0, TAG_SIGNATURE.length)) === TAG_SIGNATURE;
}

/** What is at `path` itself, without following a symlink there. */
function entryType(fs: FileSystem, path: string): 'file' | 'directory' | 'symlink' | undefined {
  const name = basename(path);
  return fs.readDirectory(dirname(path)).find((entry) => entry.name === name)?.type;
}
