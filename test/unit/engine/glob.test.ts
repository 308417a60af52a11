// Issue 13: a glob from the repository (config overrides, docfx fileMetadata) such as
// `*a*a*a*a*a*a*a*a*a*a*a*a*b` compiled to a backtracking regular expression and took hours on a
// long file name. The matcher runs in glob length × path length; it agrees with picomatch on the
// globs docs repositories write.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { ConfigError, ConfigLoader } from '../../../server/src/engine/config/config.js';
import { DocfxProjects } from '../../../server/src/engine/config/docfx.js';
import { compileGlob } from '../../../server/src/engine/config/glob.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';

const CATASTROPHIC = '*a*a*a*a*a*a*a*a*a*a*a*a*b';
const LONG_NAME = 'a'.repeat(250) + '.md';

describe('glob matching', () => {
  it('agrees with picomatch on the globs docs repositories write', () => {
    const globs = [
      '**/*.md',
      '*.md',
      'a/**',
      'a/**/b',
      '**',
      'a**b',
      '{a,b}/*.md',
      'a/{1..3}.md',
      '[ab].md',
      '[a-c]*.md',
      '?.md',
      './a.md',
      '\\*.md',
      '**/x',
      'articles/**/*.md',
      '**/includes/**',
      '*-ref/**/*.md',
      '**/*.{md,yml}',
      'docs/*/index.md',
      '*.*',
      '!*.md',
      '{docs,articles}/**',
      '**/',
      'A.MD',
    ];
    const paths = [
      'a.md',
      'x/y/a.md',
      'a',
      'a/b/c',
      'a/x/y/b',
      'axxb',
      'ax/xb',
      '.a.md',
      'a.txt',
      'b/c.md',
      'a/2.md',
      'b.md',
      '*.md',
      'x',
      'articles/x/y.md',
      'm/includes/i.md',
      'z-ref/a/b.md',
      'q.yml',
      'docs/p/index.md',
      'c.md',
      'a.b',
      'x/media/p.png',
      'docs/a/b',
    ];
    for (const glob of globs) {
      for (const path of paths) {
        for (const nocase of [false, true]) {
          assert.equal(
            compileGlob(glob, { nocase })(path),
            picomatch.isMatch(path, glob, { dot: true, nocase }),
            `${glob} on ${path}${nocase ? ' ignoring case' : ''}`,
          );
        }
      }
    }
  });

  it(`matches ${CATASTROPHIC} against a 250-character name, and a 100,000-character path, at once`, () => {
    assert.equal(compileGlob(CATASTROPHIC)(LONG_NAME), false);
    assert.equal(compileGlob(CATASTROPHIC)('a'.repeat(100_000) + 'b'), true);
    assert.equal(compileGlob('**/' + CATASTROPHIC)('a/'.repeat(20_000) + 'a'.repeat(1000)), false);
  });

  it('refuses extended globs and brace expansions that explode, with the reason', () => {
    assert.throws(() => compileGlob('+(a|b).md'), /extended glob patterns/);
    assert.throws(() => compileGlob('{1..100000}.md'), /more than 256 values/);
    assert.throws(() => compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'), /expand to more than 256 patterns/);
  });
});

describe('globs from repository files', () => {
  it(`applies an override whose files glob is ${CATASTROPHIC} without hanging`, () => {
    const fs = new MemoryFileSystem({
      '/ws/.guidancelint.json': JSON.stringify({
        overrides: [
          { files: CATASTROPHIC, rules: { 'md-h1': 'off' } },
          { files: ['x.md', '*.md'], rules: { 'md-h1': 'error' } },
        ],
      }),
    });
    const loader = new ConfigLoader(fs, { knownRuleIds: new Set(['md-h1']) });
    assert.deepEqual(loader.resolve(`/ws/${LONG_NAME}`).rules.get('md-h1'), { severity: 'error' });
    assert.deepEqual(loader.resolve('/ws/sub/ab').rules.get('md-h1'), undefined);
  });

  it('gives a configuration error naming the override whose glob is refused', () => {
    const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': JSON.stringify({ overrides: [{ files: 'docs/+(a|b).md', rules: {} }] }) });
    const loader = new ConfigLoader(fs, { knownRuleIds: new Set() });
    assert.throws(
      () => loader.chainFor('/ws'),
      (error) =>
        error instanceof ConfigError &&
        error.message ===
          '/ws/.guidancelint.json: "overrides[0].files": "docs/+(a|b).md": extended glob patterns such as "+(a|b)" are not supported',
    );
  });

  it(`reads docfx fileMetadata whose glob is ${CATASTROPHIC} without hanging, and docfx's api/**.md`, () => {
    const docfx = { build: { fileMetadata: { 'ms.topic': { '**/*.MD': 'article', 'api/**.md': 'api', [CATASTROPHIC]: 'reference' } } } };
    const fs = new MemoryFileSystem({ '/ws/docfx.json': JSON.stringify(docfx) });
    const projects = new DocfxProjects(fs, ['/ws']);
    assert.equal(projects.metadataFor(`/ws/${LONG_NAME}`)['ms.topic'], 'article');
    assert.equal(projects.metadataFor('/ws/api/x/y.md')['ms.topic'], 'api');
    assert.equal(projects.metadataFor(`/ws/${'a'.repeat(12)}b`)['ms.topic'], 'reference');
  });
});
