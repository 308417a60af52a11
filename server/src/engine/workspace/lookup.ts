// What a path lookup in the workspace finds. Its own module so the index and the redirect map,
// which the index owns, both name it without importing each other.
export interface Lookup {
  kind: 'file' | 'directory';
  /** The path with the letter case it has on disk. */
  path: string;
  /** False when the path was found only by ignoring letter case. */
  exactCase: boolean;
}
