// --shard <i>/<n>: one job of a CI matrix checks the i-th of n slices of the files. Slices are
// contiguous runs of the sorted paths with counts that differ by at most one, so every job gets the
// same share, neighbouring files (which share includes and link targets) stay together, and adding
// a file moves only the slice boundaries. Every shard still resolves links against the whole
// repository, so the union of the shards' findings is a full run's.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The most shards a run may be split into: far beyond any CI matrix, small enough to be a real number. */
export const MAX_SHARDS = 1024;

/** Reads `i/n`; undefined when it is not one (the caller says what is wrong). */
export function parseShard(value: string): Shard | undefined {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(value.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS || index < 1 || index > count) return undefined;
  return { index, count };
}

/** This shard's files, from sorted paths. */
export function shardFiles(sortedFiles: readonly string[], shard: Shard): string[] {
  const start = Math.floor(((shard.index - 1) * sortedFiles.length) / shard.count);
  const end = Math.floor((shard.index * sortedFiles.length) / shard.count);
  return sortedFiles.slice(start, end);
}
