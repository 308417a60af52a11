// The `baseline` key: which file a repository's baseline is, for the CLI and the editor alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigLoader } from '../../../server/src/engine/config/config.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { KNOWN_RULE_IDS } from '../../../server/src/engine/rules/registry.js';

function loader(files: Record<string, string>, explicitFile?: string) {
  const fs = new MemoryFileSystem(files);
  return new ConfigLoader(fs, { knownRuleIds: KNOWN_RULE_IDS, ...(explicitFile ? { explicitFile } : {}) });
}

describe('the baseline key', () => {
  it('is relative to the configuration naming it, the nearest one applying to the folder', () => {
    const config = loader({
      '/repo/.guidancelint.jsonc': '{ "baseline": "ci/baseline.json" }',
      '/repo/docs/.guidancelint.json': '{ "rules": { "md-h1": "off" } }',
      '/repo/other/.guidancelint.json': '{ "baseline": "mine.json" }',
    });
    const root = { file: '/repo/ci/baseline.json', root: '/repo', config: '/repo/.guidancelint.jsonc' };
    assert.deepEqual(config.baselineFor('/repo'), root);
    assert.deepEqual(config.baselineFor('/repo/docs'), root);
    assert.deepEqual(config.baselineFor('/repo/other'), {
      file: '/repo/other/mine.json',
      root: '/repo/other',
      config: '/repo/other/.guidancelint.json',
    });
    assert.equal(loader({ '/repo/.guidancelint.json': '{ "root": true }' }).baselineFor('/repo'), undefined);
  });

  it('comes from the --config file alone when one is given', () => {
    const config = loader({ '/repo/ci/lint.json': '{ "baseline": "../baseline.json" }' }, '/repo/ci/lint.json');
    assert.throws(() => config.baselineFor('/repo'), /"baseline": must name a file inside the folder of this configuration file/);
    assert.deepEqual(
      loader({ '/repo/lint.json': '{ "baseline": "b.json" }' }, '/repo/lint.json').baselineFor('/repo')?.file,
      '/repo/b.json',
    );
  });

  it('is a configuration error when it is not a file name inside the configuration folder', () => {
    const cases: Array<[string, RegExp]> = [
      ['""', /"baseline": must NOT have fewer than 1 characters/],
      ['3', /"baseline": must be string/],
      ['"../up.json"', /"baseline": must name a file inside the folder/],
      ['"/etc/passwd"', /"baseline": must name a file inside the folder/],
      ['"."', /"baseline": must name a file inside the folder/],
    ];
    for (const [value, message] of cases) {
      const config = loader({ '/repo/.guidancelint.json': `{ "baseline": ${value} }` });
      assert.throws(() => config.baselineFor('/repo'), message, value);
    }
  });

  it('refuses a baseline whose real path (through a symbolic link) leaves the configuration folder', () => {
    const fs = new MemoryFileSystem({ '/repo/.guidancelint.json': '{ "baseline": "linked.json" }', '/outside/b.json': '{}' });
    fs.symlink('/repo/linked.json', '/outside/b.json');
    const config = new ConfigLoader(fs, { knownRuleIds: KNOWN_RULE_IDS });
    assert.throws(() => config.baselineFor('/repo'), /must name a file inside the folder/);
  });
});
