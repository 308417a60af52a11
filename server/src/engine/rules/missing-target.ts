// What link-file-not-found, img-file-not-found and include-not-found share: each reads the
// reference checks of its own kind of reference and reports the same three problems (a malformed
// %-escape, a target in a folder a partial checkout lacks, a missing file) in its own words.
import { checkReferences, type ReferenceCheck, type ReferenceSource } from '../workspace/graph/references.js';
import type { RuleContext } from './rule.js';

type MissingReason = 'missing' | 'folder' | 'outside-docset' | 'outside-workspace';

export interface MissingTargetWording {
  source: ReferenceSource;
  /** What the written destination is called in the malformed-escape message ("link target"). */
  pathNoun: string;
  /** What the target is called in the other messages ("image"). */
  targetNoun: string;
  /** The whole destination as written (an include's), or only its path part, is named and marked. */
  names: 'written' | 'path';
  /** Why the file is not found, for each reason this rule reports (others belong to other rules). */
  reasons: Partial<Record<MissingReason, string>>;
}

export function reportMissingTargets({ document, environment, config, report }: RuleContext, wording: MissingTargetWording): void {
  for (const check of checkReferences(document, environment, config)) {
    if (check.source !== wording.source) continue;
    const name = wording.names === 'written' ? check.written : check.destination.rawPath;
    const at = wording.names === 'written' ? check.range : pathRange(check);
    for (const problem of check.problems) {
      if (problem.kind === 'malformed') {
        report({
          message: `The ${wording.pathNoun} "${check.written}" has a malformed %-escape (a "%" must be followed by two hex digits, such as %20).`,
          at: check.range,
        });
      }
      if (problem.kind === 'not-checked-out') {
        report({
          message: `The ${wording.targetNoun} "${name}" is in a folder this checkout does not have (a partial checkout, or a copy outside git): it cannot be verified here.`,
          at,
          severity: 'info',
        });
      }
      if (problem.kind !== 'file-missing') continue;
      const why = wording.reasons[problem.reason];
      if (!why) continue;
      const hint = problem.suggestion ? ` Did you mean "${problem.suggestion.newText}"?` : '';
      report({
        message: `The ${wording.targetNoun} "${name}" ${why}.${hint}`,
        at,
        ...(problem.suggestion
          ? { fix: { title: `Change to "${problem.suggestion.newText}"`, edits: [problem.suggestion], safe: false } }
          : {}),
      });
    }
  }
}

function pathRange(check: ReferenceCheck): [number, number] {
  const start = check.at[0] + check.destination.pathStart;
  return [start, start + check.destination.rawPath.length];
}
