import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validationSummaryText } from '../../../client/src/validation-summary.js';

describe('the Validate Repository summary', () => {
  test('counts in words, thousands separated, with the time it took', () => {
    assert.equal(
      validationSummaryText({ files: 38187, errors: 1, warnings: 12034, infos: 0, baselined: 0, cancelled: false }, 41_600),
      'Validated 38,187 files in 42 s: 1 error, 12,034 warnings, 0 infos.',
    );
    assert.equal(
      validationSummaryText({ files: 1, errors: 0, warnings: 1, infos: 1, baselined: 0, cancelled: false }, 900),
      'Validated 1 file in 0.9 s: 0 errors, 1 warning, 1 info.',
    );
  });

  test('a cancelled run says how far it got', () => {
    assert.equal(
      validationSummaryText({ files: 120, errors: 2, warnings: 3, infos: 4, baselined: 0, cancelled: true }, 3_200),
      'Validation cancelled after 120 files in 3.2 s: 2 errors, 3 warnings, 4 infos so far.',
    );
    assert.equal(validationSummaryText(undefined, 500), 'Validation cancelled after 0.5 s.');
  });

  test('findings in the baseline are counted apart, not as errors', () => {
    assert.equal(
      validationSummaryText({ files: 3, errors: 1, warnings: 0, infos: 0, baselined: 1204, cancelled: false }, 2_000),
      'Validated 3 files in 2.0 s: 1 error, 0 warnings, 0 infos (1,204 more in the baseline).',
    );
  });
});
