// Issue 13: a repository schema's `pattern` ran with the backtracking engine on every front matter;
// `^(a+)+$` against forty `a`s and a `!` froze the editor. Such patterns are refused with a reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unsafePatternReason } from '../../../server/src/engine/frontmatter/safe-pattern.js';
import { loadFrontMatterSchema, SchemaError } from '../../../server/src/engine/frontmatter/schema.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';

describe('safe schema patterns', () => {
  it('refuses repeated groups whose passes can match the same text in more than one way', () => {
    for (const pattern of [
      '^(a+)+$',
      '^(a*)*$',
      '^(a|a)*$',
      '(x+x+)+y',
      '^((ab)*)+$',
      '^([a-z]+[0-9]*)+$',
      '^(?:[A-Za-z]+ ?)+$',
      '^(\\w+\\s?)*$',
      '^(-[a-z-]+)*$',
      '^(a+){2,}$',
    ]) {
      assert.ok(unsafePatternReason(pattern), pattern);
    }
  });

  it('accepts the patterns schemas use, including repeats that each start with their own character', () => {
    for (const pattern of [
      '^[a-z]+(-[a-z]+)*$',
      '^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$',
      '^(\\.\\w+)*$',
      '^(a|b)*$',
      '^(ab|cd)*$',
      '^(title|description|author|ms\\..+)$',
      '^\\d{2}/\\d{2}/\\d{4}$',
      '^https?://[^\\s]+$',
      '^\\p{Lu}[\\p{L} ]*$',
      '^(?!foo).*$',
    ]) {
      assert.equal(unsafePatternReason(pattern), undefined, pattern);
    }
  });

  it('gives a schema error naming the pattern and where it is, for pattern and patternProperties alike', () => {
    const fs = new MemoryFileSystem({
      '/ws/a.json': JSON.stringify({ properties: { title: { type: 'string', pattern: '^(a+)+$' } } }),
      '/ws/b.json': JSON.stringify({ patternProperties: { '^(x|x)+$': {} } }),
      '/ws/ok.json': JSON.stringify({ properties: { slug: { type: 'string', pattern: '^[a-z]+(-[a-z]+)*$' } } }),
    });
    assert.throws(
      () => loadFrontMatterSchema('/ws/a.json', fs),
      (error) =>
        error instanceof SchemaError &&
        error.message.startsWith(
          'Front matter schema /ws/a.json: the pattern "^(a+)+$" at /properties/title/pattern can take exponential time',
        ),
    );
    assert.throws(
      () => loadFrontMatterSchema('/ws/b.json', fs),
      (error) => error instanceof SchemaError && /"\^\(x\|x\)\+\$" at \/patternProperties/.test(error.message),
    );
    assert.deepEqual(
      loadFrontMatterSchema('/ws/ok.json', fs)
        .validate({ slug: 'a'.repeat(40) + '!' })
        .map((error) => error.keyword),
      ['pattern'],
    );
  });
});
