// The status bar's totals, kept per file (client/src/finding-counts.ts): a file's new counts replace
// its old ones, so each diagnostics change costs only the files it names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FindingCounts } from '../../../client/src/finding-counts.js';

describe('FindingCounts', () => {
  test("a file's counts replace its previous ones in the totals", () => {
    const counts = new FindingCounts();
    counts.set('file:///a.md', { errors: 1, warnings: 2, infos: 0, baselined: 0 });
    counts.set('file:///b.md', { errors: 0, warnings: 5, infos: 1, baselined: 4 });
    assert.deepEqual(counts.totals, { errors: 1, warnings: 7, infos: 1, baselined: 4 });
    counts.set('file:///a.md', { errors: 0, warnings: 1, infos: 0, baselined: 0 });
    assert.deepEqual(counts.totals, { errors: 0, warnings: 6, infos: 1, baselined: 4 });
  });

  test('a file cleared of findings leaves the totals, and clearing it again changes nothing', () => {
    const counts = new FindingCounts();
    counts.set('file:///a.md', { errors: 2, warnings: 0, infos: 3, baselined: 0 });
    counts.set('file:///a.md', { errors: 0, warnings: 0, infos: 0, baselined: 0 });
    counts.set('file:///a.md', { errors: 0, warnings: 0, infos: 0, baselined: 0 });
    assert.deepEqual(counts.totals, { errors: 0, warnings: 0, infos: 0, baselined: 0 });
  });
});
