// --fix for one text: apply the safe fixes, check again (one fix can reveal or move another), and
// stop when nothing more applies. Non-overlapping fixes of a pass go in together.
import type { Finding } from '../types.js';
import { applySafeFixes } from './apply.js';

/** A pass that still changes the text after this many rounds means two fixes undo each other. */
const MAX_PASSES = 10;

export interface FixTextResult {
  text: string;
  /** Fixes applied, over all passes. */
  applied: Finding[];
  /** What the last check found in the fixed text. */
  findings: Finding[];
}

/** `findings` are those of `text` when the caller already has them, so the text is not checked twice. */
export function fixText(text: string, lint: (text: string) => Finding[], findings: Finding[] = lint(text)): FixTextResult {
  let current = text;
  const applied: Finding[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const outcome = applySafeFixes(current, findings);
    if (outcome.applied.length === 0 || outcome.text === current) break;
    applied.push(...outcome.applied);
    current = outcome.text;
    findings = lint(current);
  }
  return { text: current, applied, findings };
}
