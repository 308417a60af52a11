import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestId, editDistance } from '../../../server/src/engine/config/config.js';

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
