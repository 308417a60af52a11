import { COMPLETE, withExtra } from '../../fixtures/frontmatter/articles.js';
import { lintCase, testRule } from '../../helpers/rule-tester.js';
import assert from 'node:assert/strict';
import { it } from 'node:test';

testRule('fm-unknown-key', {
  valid: [
    { name: 'complete metadata', code: COMPLETE },
    {
      name: 'keys a docfx.json sets are known',
      code: withExtra('uhfHeaderId: x'),
      files: { '/ws/docfx.json': '{"build":{"globalMetadata":{"uhfHeaderId":"y"}}}' },
    },
    {
      name: 'a repository schema declares its own keys',
      code: withExtra('team: docs'),
      files: {
        '/ws/docs/.guidancelint.json': '{"frontMatter":{"schema":"s.json"}}',
        '/ws/docs/s.json': '{"properties":{"team":{"type":"string"}},"patternProperties":{"^(title|description|author|ms\\\\..+)$":{}}}',
      },
    },
  ],
  invalid: [
    {
      name: 'a typo of a known key',
      code: withExtra('ms.servce: azure'),
      errors: [{ line: 8, column: 1, endColumn: 10, message: 'did you mean ms.service?' }],
      output: withExtra('ms.service: azure'),
    },
    {
      name: 'legacy colon spelling',
      code: withExtra('ms:assetid: 1234'),
      errors: [{ line: 8, message: 'did you mean ms.assetid?' }],
      output: withExtra('ms.assetid: 1234'),
    },
    {
      name: 'a key unlike any known key',
      code: withExtra('mtps_version: v=office.15'),
      errors: [{ line: 8, message: 'not a known metadata key: Learn may ignore it.' }],
    },
  ],
});

it('fm-unknown-key: close matches keep the rule severity, others are info', () => {
  const severities = lintCase('fm-unknown-key', { name: 'both', code: withExtra('ms.autor: a', 'mtps_version: b') }).map(
    (finding) => finding.severity,
  );
  assert.deepEqual(severities, ['warning', 'info']);
});

// Found by fuzzing: renaming "Title" to "title" beside a title made the key a duplicate, and the YAML invalid.
it('fm-unknown-key offers no rename onto a key the front matter already has', () => {
  const findings = lintCase('fm-unknown-key', { name: 'duplicate', code: withExtra('Title: Again') });
  assert.deepEqual(
    findings.map((finding) => [finding.message.includes('did you mean title'), finding.fix]),
    [[true, undefined]],
  );
});
