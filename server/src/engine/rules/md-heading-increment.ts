// md-heading-increment: each heading is at most one level below the one before it (## then ###,
// not ## then ####): skipped levels break the page outline and screen-reader navigation. As in the
// build, the order is that of the rendered page: included files' headings count where they are
// included, and each zone pivot, moniker and tab is a page of its own.
import { headingOutline, onSamePage, type Branch } from '../parse/heading-outline.js';
import type { Range } from '../types.js';
import { indexFor } from '../workspace/graph/references.js';
import { includedFile } from '../workspace/graph/site.js';
import type { WorkspaceIndex } from '../workspace/index.js';
import { relativePath, dirname } from '../fs/file-system.js';
import { defineRule } from './rule.js';

/** Nested includes deeper than this are not expanded (the build refuses deep nesting too). */
const MAX_INCLUDE_DEPTH = 8;

interface Entry {
  depth: number;
  branch: Branch;
  /** Where a skip onto this entry is reported; undefined for headings inside an include (the include file's own finding). */
  at: Range | [number, number] | undefined;
  /** The include it comes from, for messages. */
  include?: string;
}

export const mdHeadingIncrement = defineRule(
  {
    id: 'md-heading-increment',
    docs: {
      description: 'Heading levels increase by one at most (includes expanded; per zone pivot, moniker and tab)',
      category: 'markdown',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  ({ document, environment, config, report }) => {
    const entries: Entry[] = [];
    let index: WorkspaceIndex | undefined;
    for (const item of headingOutline(document)) {
      if (item.kind === 'heading') {
        const start = item.heading.range.start.offset;
        const hashes = /^#+/.exec(document.text.slice(start, start + 6))?.[0].length ?? 0;
        entries.push({ depth: item.heading.depth, branch: item.branch, at: hashes > 0 ? [start, start + hashes] : item.heading.range });
        continue;
      }
      index ??= indexFor(document, environment);
      const file = includedFile(index.resolve(document.path, item.include.path, config.docsets));
      const actual = file === undefined ? undefined : index.lookup(file);
      if (actual?.kind !== 'file') continue;
      const depths = includedDepths(index, actual.path, new Set([document.path.toLowerCase()]), 0);
      const name = relativePath(dirname(document.path), actual.path);
      for (const [position, depth] of depths.entries())
        entries.push({ depth, branch: item.branch, at: position === 0 ? item.include.range : undefined, include: name });
    }
    entries.forEach((entry, position) => {
      if (!entry.at) return;
      const previous = findPrevious(entries, position);
      if (!previous || entry.depth <= previous.depth + 1) return;
      const expected = '#'.repeat(previous.depth + 1);
      const after = previous.include ? `level ${previous.depth} (in ${previous.include})` : `level ${previous.depth}`;
      report({
        message: entry.include
          ? `The include ${entry.include} starts with a level ${entry.depth} heading after ${after}: on the page it skips a level. Start it at ${expected} (level ${previous.depth + 1}).`
          : `Heading level ${entry.depth} follows ${after}: use ${expected} (level ${previous.depth + 1}) here.`,
        at: entry.at,
        // The build rates this a suggestion, and one shared include can start too deep in thousands of
        // articles: an info, where the fix is usually in the include file.
        ...(entry.include ? { severity: 'info' as const } : {}),
      });
    });
  },
);

function findPrevious(entries: Entry[], position: number): Entry | undefined {
  const entry = entries[position]!;
  for (let index = position - 1; index >= 0; index--) if (onSamePage(entries[index]!.branch, entry.branch)) return entries[index];
  return undefined;
}

/** Heading levels of an include file with its own includes expanded, in order. */
function includedDepths(index: WorkspaceIndex, file: string, visiting: Set<string>, level: number): number[] {
  const key = file.toLowerCase();
  if (visiting.has(key) || level >= MAX_INCLUDE_DEPTH) return [];
  visiting.add(key);
  const depths: number[] = [];
  for (const entry of index.summary(file)?.outline ?? []) {
    if ('depth' in entry) {
      depths.push(entry.depth);
      continue;
    }
    const actual = index.lookup(entry.include);
    if (actual?.kind === 'file') depths.push(...includedDepths(index, actual.path, visiting, level + 1));
  }
  visiting.delete(key);
  return depths;
}
