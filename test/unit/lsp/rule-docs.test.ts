import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DOCS_BASE_URL, rulePagesOf } from '../../../server/src/engine/rules/docs-url.js';
import { ruleDocsBase } from '../../../server/src/lsp/rule-docs.js';

describe('rule page links', () => {
  test('the published pages are docs/rules/ of the repository package.json names', () => {
    assert.equal(rulePagesOf('https://github.com/owner/name.git'), 'https://github.com/owner/name/blob/main/docs/rules/');
    assert.equal(rulePagesOf('git+https://github.com/owner/name'), 'https://github.com/owner/name/blob/main/docs/rules/');
    assert.match(DOCS_BASE_URL, /^https:\/\/.+\/docs\/rules\/$/);
  });

  test('the editor links to the pages shipped beside the server when they are there', () => {
    const seen: string[] = [];
    const shipped = ruleDocsBase('file:///ext/guidance-lint/dist/server.mjs', (path) => {
      seen.push(path);
      return true;
    });
    assert.equal(shipped, 'file:///ext/guidance-lint/docs/rules/');
    assert.deepEqual(seen, ['/ext/guidance-lint/docs/rules/']);
    assert.equal(
      ruleDocsBase('file:///elsewhere/dist/server.mjs', () => false),
      DOCS_BASE_URL,
    );
  });
});
