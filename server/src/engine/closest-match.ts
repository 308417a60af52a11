// "Did you mean": the known word nearest to a mistyped one. How far a slip may go depends on what
// was typed (a rule id, a metadata key, an anchor), so each caller sets its own edit budget.

export interface ClosestMatchOptions {
  /** The most edits a slip may take; a candidate further away is a different word. */
  maxDistance: number;
  /** Compare without letter case; the candidate is still returned as known. */
  ignoreCase?: boolean;
}

/** The candidate fewest edits from `word` (the first of equals), or undefined when none is within `maxDistance`. */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
  { maxDistance, ignoreCase = false }: ClosestMatchOptions,
): string | undefined {
  const wanted = ignoreCase ? word.toLowerCase() : word;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, ignoreCase ? candidate.toLowerCase() : candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The known id closest to `id`, for "did you mean": at most one edit per three characters (and at
 * most 3), so a short word is never "corrected" into an unrelated one (faq into map).
 */
export function closestId(id: string, known: Iterable<string>): string | undefined {
  return closestMatch(id, known, { maxDistance: Math.min(3, Math.max(1, Math.floor(id.length / 3))), ignoreCase: true });
}

/** Edits between two strings: insertions, deletions, substitutions, and swaps of neighbours (the commonest typo) as one. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
