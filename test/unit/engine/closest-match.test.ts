import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestId, closestMatch, editDistance } from '../../../server/src/engine/closest-match.js';

describe('closestId (did you mean, for ids, keys and values)', () => {
  it('corrects a typo', () => {
    assert.equal(closestId('md-h1x', ['md-h1', 'md-alert-case']), 'md-h1');
    assert.equal(closestId('imgae', ['image', 'video', 'code']), 'image');
    assert.equal(closestId('how-too', ['how-to', 'tutorial']), 'how-to');
  });

  it('does not turn a short word into an unrelated one', () => {
    assert.equal(closestId('faq', ['map', 'tab']), undefined);
    assert.equal(closestId('note', ['code', 'zone']), undefined);
  });

  it('counts two swapped neighbours as one edit', () => {
    assert.equal(editDistance('setpu', 'setup'), 1);
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});

describe("closestMatch (the edit budget is the caller's)", () => {
  it('offers a candidate within the budget and none beyond it', () => {
    assert.equal(closestMatch('overveiw', ['overview'], { maxDistance: 1 }), 'overview');
    assert.equal(closestMatch('ovrveiw', ['overview'], { maxDistance: 1 }), undefined);
    assert.equal(closestMatch('ovrveiw', ['overview'], { maxDistance: 2 }), 'overview');
  });

  it('keeps the first of equally close candidates', () => {
    assert.equal(closestMatch('cat', ['bat', 'hat'], { maxDistance: 1 }), 'bat');
  });

  it('compares letter case only when asked to ignore it, and returns the candidate as known', () => {
    assert.equal(closestMatch('MS.AUTHOR', ['ms.author'], { maxDistance: 1 }), undefined);
    assert.equal(closestMatch('MS.AUTHOR', ['ms.author'], { maxDistance: 1, ignoreCase: true }), 'ms.author');
  });
});
