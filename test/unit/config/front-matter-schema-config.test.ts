// A repository's front matter schema (`frontMatter.schema`): read only from inside the workspace,
// and a schema that cannot be used is one configuration error, not a failure in every file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../../server/src/cli/run.js';
import { ConfigError } from '../../../server/src/engine/config/config.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { COMPLETE } from '../../fixtures/frontmatter/articles.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

const ARTICLE = '/ws/docs/article.md';
/** A schema whose ms.topic values would appear in fm-topic-value's message. */
const SECRET_SCHEMA = JSON.stringify({ properties: { 'ms.topic': { enum: ['SECRET-VALUE-FROM-OUTSIDE'] } } });

function lint(files: Record<string, string>, setup?: (fs: MemoryFileSystem) => void) {
  const fs = new MemoryFileSystem({ [ARTICLE]: COMPLETE, ...files });
  setup?.(fs);
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY });
  return () => linter.lintText(ARTICLE, COMPLETE).findings;
}

function configError(check: () => unknown): ConfigError {
  try {
    check();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  return assert.fail('expected a ConfigError');
}

describe('frontMatter.schema', () => {
  it('is refused outside the workspace, and nothing from it is read into a finding', () => {
    const error = configError(
      lint({ '/ws/docs/.guidancelint.json': '{"frontMatter":{"schema":"../../home/user/s.json"}}', '/home/user/s.json': SECRET_SCHEMA }),
    );
    assert.equal(error.file, '/ws/docs/.guidancelint.json');
    assert.equal(error.key, 'frontMatter.schema');
    assert.match(error.message, /outside the workspace/);
    assert.doesNotMatch(error.message, /SECRET/);
  });

  it('is refused when a symlink inside the workspace leads outside', () => {
    const error = configError(
      lint({ '/ws/.guidancelint.json': '{"frontMatter":{"schema":"schema.json"}}', '/home/user/s.json': SECRET_SCHEMA }, (fs) =>
        fs.symlink('/ws/schema.json', '/home/user/s.json'),
      ),
    );
    assert.match(error.message, /outside the workspace/);
  });

  it('is read from anywhere inside the workspace, above the config too', () => {
    const findings = lint({
      '/ws/docs/.guidancelint.json': '{"frontMatter":{"schema":"../schemas/s.json"}}',
      '/ws/schemas/s.json': SECRET_SCHEMA,
    })();
    assert.ok(
      findings.some((finding) => finding.ruleId === 'fm-topic-value'),
      'the schema decides the allowed topics',
    );
    assert.deepEqual(
      findings.filter((finding) => finding.ruleId === 'internal-error'),
      [],
    );
  });

  it('with a $ref to another file or a URL is a configuration error', () => {
    const schema = JSON.stringify({ properties: { title: { $ref: 'https://example.com/title.schema.json' } } });
    const error = configError(lint({ '/ws/.guidancelint.json': '{"frontMatter":{"schema":"s.json"}}', '/ws/s.json': schema }));
    assert.equal(error.key, 'frontMatter.schema');
    assert.match(error.message, /the \$ref "https:\/\/example\.com\/title\.schema\.json" is not in this file/);
  });

  it('that cannot be used stops the CLI once with exit 2, not with an internal error per file', async () => {
    let stdout = '';
    let stderr = '';
    const schema = JSON.stringify({ properties: { title: { $ref: 'other.json#/title' } } });
    const fs = new MemoryFileSystem({
      '/repo/.git/HEAD': '',
      '/repo/.guidancelint.json': '{"frontMatter":{"schema":"s.json"}}',
      '/repo/s.json': schema,
      '/repo/a.md': COMPLETE,
      '/repo/b.md': COMPLETE,
    });
    const code = await runCli(['.', '-f', 'json'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      cwd: '/repo',
      fs,
      env: {},
      stdoutIsTTY: false,
      today: TEST_TODAY,
    });
    assert.equal(code, 2);
    assert.doesNotMatch(stdout, /internal-error/);
    assert.equal(stderr.match(/frontMatter\.schema/g)?.length, 1, stderr);
  });
});
