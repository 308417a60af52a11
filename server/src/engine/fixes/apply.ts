// Applying fixes to text: edits are applied from the end so earlier offsets stay valid, and
// overlapping edits are refused rather than merged into something nobody asked for.
import type { Finding, TextEdit } from '../types.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error('Overlapping edits cannot be applied together.');
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

export interface FixOutcome {
  text: string;
  /** The findings whose fixes were applied. */
  applied: Finding[];
}

/**
 * Applies the safe fixes of `findings` that do not overlap an earlier one. A fix whose edits touch
 * a range another fix already changed is left for the next pass, so nothing is applied twice.
 */
export function applySafeFixes(text: string, findings: readonly Finding[]): FixOutcome {
  const applied: Finding[] = [];
  const taken: Array<[number, number]> = [];
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix?.safe || fix.edits.length === 0) continue;
    // Touching counts as overlapping: two insertions at one place would otherwise be ordered by chance.
    const overlaps = fix.edits.some((edit) => taken.some(([start, end]) => edit.start <= end && start <= edit.end));
    if (overlaps) continue;
    for (const edit of fix.edits) taken.push([edit.start, edit.end]);
    edits.push(...fix.edits);
    applied.push(finding);
  }
  return { text: applyEdits(text, edits), applied };
}
