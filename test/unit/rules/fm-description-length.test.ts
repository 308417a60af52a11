import assert from 'node:assert/strict';
import { it } from 'node:test';
import { COMPLETE, withLine } from '../../fixtures/frontmatter/articles.js';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

const line =
  'description: Learn how to plan the adoption of the platform in your organization, from the first pilot to a community of makers across teams.';
const description = (length: number) => withLine(line, `description: ${'d'.repeat(length)}`);

testRule('fm-description-length', {
  valid: [
    { name: 'within the recommended range', code: COMPLETE },
    {
      name: 'configured limits',
      code: description(20),
      files: {
        '/ws/docs/.guidancelint.json': '{"frontMatter":{"descriptionLength":{"min":10},"descriptionRecommendedLength":{"min":10}}}',
      },
    },
  ],
  invalid: [
    { name: 'too short', code: description(74), errors: [{ line: 3, column: 14, endColumn: 88, message: '74 characters' }] },
    { name: 'too long', code: description(301), errors: [{ line: 3, message: 'between 75 and 300' }] },
    { name: 'outside the recommended range', code: description(100), errors: [{ line: 3, message: '115-165' }] },
  ],
});

it('fm-description-length: outside 115-165 only is info', () => {
  assert.deepEqual(
    lintCase('fm-description-length', { name: 'x', code: description(100) }).map((finding) => finding.severity),
    ['info'],
  );
  assert.deepEqual(
    lintCase('fm-description-length', { name: 'x', code: description(10) }).map((finding) => finding.severity),
    ['warning'],
  );
});
