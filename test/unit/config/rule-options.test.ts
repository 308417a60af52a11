// Rule options are a checked contract: each rule that takes options declares their schema in its
// metadata, the configuration schema carries it (generated), and an invalid option is one
// configuration error naming the file and the key.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { CONFIG_SCHEMA_FILE, renderConfigSchema } from '../../../scripts/config-schema.js';
import { runCli } from '../../../server/src/cli/run.js';
import { ConfigError, ConfigLoader } from '../../../server/src/engine/config/config.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { KNOWN_RULE_IDS, RULE_METAS } from '../../../server/src/engine/rules/registry.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

const CONFIG = '/ws/.guidancelint.jsonc';

/** The message of the ConfigError loading this configuration throws, or undefined when it is valid. */
function configProblem(config: unknown): string | undefined {
  const fs = new MemoryFileSystem({ [CONFIG]: JSON.stringify(config), '/ws/docs/a.md': '# A\n' });
  try {
    new ConfigLoader(fs, { knownRuleIds: KNOWN_RULE_IDS }).resolve('/ws/docs/a.md');
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}

describe('rule options', () => {
  it('schemas/guidancelint.schema.json is what `npm run docs:rules` writes', () => {
    const committed = readFileSync(CONFIG_SCHEMA_FILE, 'utf8');
    assert.equal(committed, renderConfigSchema(committed), 'schemas/guidancelint.schema.json is stale: run npm run docs:rules');
  });

  it("every rule's options schema is a valid, strict JSON Schema", () => {
    const ajv = new Ajv({ strict: true });
    const withOptions = RULE_METAS.filter((meta) => meta.options);
    assert.ok(withOptions.length > 0);
    for (const meta of withOptions) assert.doesNotThrow(() => ajv.compile(meta.options!), `the options schema of ${meta.id} compiles`);
  });

  it('accepts valid options, a bare severity, [severity] and an empty options object', () => {
    assert.equal(
      configProblem({ rules: { 'style-terms': ['info', { terms: [{ term: 'utilize', replacement: 'use' }], includeDefaults: false }] } }),
      undefined,
    );
    assert.equal(
      configProblem({ rules: { 'style-repeated-word': ['warning', { allow: ['very'] }], 'md-include-syntax': 'error' } }),
      undefined,
    );
    assert.equal(configProblem({ rules: { 'fm-required': ['error', {}], 'md-h1': ['warning'] } }), undefined);
  });

  it('names the file and the key path of an invalid option', () => {
    assert.equal(
      configProblem({ rules: { 'md-include-syntax': ['error', { upperCaseKeyword: 'yes' }] } }),
      `${CONFIG}: "rules.md-include-syntax[1].upperCaseKeyword": must be boolean`,
    );
    assert.equal(
      configProblem({ rules: { 'style-terms': ['info', { terms: [{ term: 'a' }, { term: 7 }] }] } }),
      `${CONFIG}: "rules.style-terms[1].terms[1].term": must be string`,
    );
    assert.equal(
      configProblem({ rules: { 'style-repeated-word': ['warning', { alow: ['very'] }] } }),
      `${CONFIG}: "rules.style-repeated-word[1].alow": is not a known setting`,
    );
  });

  it('checks the options of rules in overrides too', () => {
    assert.equal(
      configProblem({ overrides: [{ files: 'drafts/**', rules: { 'style-repeated-word': ['warning', { allow: [3] }] } }] }),
      `${CONFIG}: "overrides[0].rules.style-repeated-word[1].allow[0]": must be string`,
    );
  });

  it('rejects options for a rule that takes none', () => {
    assert.equal(
      configProblem({ rules: { 'fm-title-length': ['warning', { max: 70 }] } }),
      `${CONFIG}: "rules.fm-title-length[1].max": is not a known setting`,
    );
  });

  it('keeps unknown rule ids and plug-in ids as they were: a did-you-mean error, and any options', () => {
    assert.equal(
      configProblem({ rules: { 'md-h2': ['warning', { any: 1 }] } }),
      `${CONFIG}: "rules.md-h2": unknown rule id (did you mean "md-h1"?)`,
    );
    assert.equal(configProblem({ rules: { 'remark-lint:no-duplicate-headings': ['warning', { any: 1 }] } }), undefined);
  });

  it('the CLI reports an invalid option once, with exit 2 and no stack trace', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli([], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      cwd: '/repo',
      fs: new MemoryFileSystem({
        '/repo/.git/HEAD': 'ref: refs/heads/main\n',
        '/repo/.guidancelint.jsonc': '{ "rules": { "style-terms": ["info", { "includeDefaults": "no" }] } }',
        '/repo/a.md': '# A\n',
      }),
      env: {},
      stdoutIsTTY: false,
      today: TEST_TODAY,
    });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(
      stderr.trim(),
      'guidance-lint: configuration error: /repo/.guidancelint.jsonc: "rules.style-terms[1].includeDefaults": must be boolean',
    );
  });
});
