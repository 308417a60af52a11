import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLikelySameName } from '../../../server/src/engine/workspace/graph/same-file.js';

describe('isLikelySameName (did you mean, for a missing file)', () => {
  const same: [string, string][] = [
    ['setpu.md', 'setup.md'],
    ['overveiw.md', 'overview.md'],
    ['instal-guide.md', 'install-guide.md'],
    ['install-giude.md', 'install-guide.md'],
    ['get_started.md', 'get-started.md'],
    ['review-checklist.md', 'review.checklist.md'],
    ['adoption-14.png ', 'adoption-14.png'],
    ['diagram.png', 'diagram.jpg'],
    ['landing.md', 'landing.yml'],
    ['Overview.MD', 'overview.md'],
  ];
  for (const [wanted, candidate] of same) {
    it(`offers ${candidate} for ${wanted}`, () => assert.equal(isLikelySameName(wanted, candidate), true));
  }

  const different: [string, string][] = [
    ['overview.md', 'overview2.md'],
    ['step1.md', 'step2.md'],
    ['resource-usage1.png', 'resource-usage6.png'],
    ['step.md', 'steps.md'],
    ['overviews.md', 'overview.md'],
    ['map.md', 'max.md'],
    ['setup.md', 'setup.ps1'],
    ['diagram.png', 'diagram.md'],
    ['overview.md', 'interview.md'],
    ['setup.md', 'set.md'],
  ];
  for (const [wanted, candidate] of different) {
    it(`does not offer ${candidate} for ${wanted}`, () => assert.equal(isLikelySameName(wanted, candidate), false));
  }
});
