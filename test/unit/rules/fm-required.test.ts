import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

const complete =
  '---\ntitle: A title\ndescription: A description.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n# A title\n';

testRule('fm-required', {
  valid: [
    { name: 'all required keys present', code: complete },
    { name: 'include files need none by default', path: '/ws/docs/includes/note.md', code: '---\nms.topic: include\n---\nText.\n' },
    {
      name: 'a configured list replaces the default',
      code: '---\ntitle: A title\n---\n# A title\n',
      options: {},
      files: { '/ws/docs/.guidancelint.json': '{"frontMatter":{"required":["title"]}}' },
    },
    { name: 'invalid YAML is left to fm-yaml-syntax', code: '---\ntitle: "x\n---\n' },
  ],
  invalid: [
    // Found by fuzzing: the block scalar's line break was replaced too, joining the next line to the value.
    {
      name: 'an empty block scalar gets a value and keeps its line break',
      code: complete.replace('title: A title\n', 'title: >\n  \n'),
      errors: [{ line: 2, message: 'Required key "title" has no value' }],
      output: complete.replace('title: A title\n', 'title: A title\n  \n'),
    },
    {
      name: 'missing ms.date points at the closing fence and inserts today',
      code: complete.replace('ms.date: 11/01/2026\n', ''),
      errors: [{ line: 7, column: 1, endColumn: 4, message: '"ms.date"' }],
      output: complete.replace('ms.date: 11/01/2026\n', '').replace('ms.topic: article\n', 'ms.topic: article\nms.date: 11/22/2026\n'),
    },
    {
      name: 'several missing keys, one finding each',
      code: '---\ntitle: A title\n---\n# A title\n',
      errors: [
        { line: 3, message: '"description"' },
        { line: 3, message: '"author"' },
        { line: 3, message: '"ms.author"' },
        { line: 3, message: '"ms.date"' },
        { line: 3, message: '"ms.topic"' },
      ],
    },
    {
      name: 'an override per folder',
      path: '/ws/docs/blog/post.md',
      code: '---\ntitle: A title\n---\n# A title\n',
      files: { '/ws/docs/.guidancelint.json': '{"overrides":[{"files":"blog/**","frontMatter":{"required":["title","author"]}}]}' },
      errors: [{ line: 3, message: '"author"' }],
      output: '---\ntitle: A title\nauthor: \n---\n# A title\n',
    },
  ],
});

testRule('fm-required', {
  valid: [
    {
      name: 'keys docfx.json supplies are not missing',
      path: '/ws/docs/article.md',
      code: '---\ntitle: A title\ndescription: A description.\nms.date: 11/01/2026\n---\n# A title\n',
      files: {
        '/ws/docfx.json':
          '{"build":{"globalMetadata":{"author":"writer","ms.author":"writer"},"fileMetadata":{"ms.topic":{"docs/**.md":"article"}}}}',
      },
    },
  ],
  invalid: [
    {
      name: 'docfx metadata does not reach include files',
      path: '/ws/docs/includes/note.md',
      code: '---\nms.topic: include\n---\nText.\n',
      files: {
        '/ws/docfx.json': '{"build":{"globalMetadata":{"author":"writer"}}}',
        '/ws/docs/.guidancelint.json': '{"frontMatter":{"requiredInIncludes":["author"]}}',
      },
      errors: [{ line: 3, message: '"author"' }],
    },
    {
      name: 'an empty required key',
      code: complete.replace('ms.date: 11/01/2026', 'ms.date:'),
      errors: [{ line: 6, column: 1, endColumn: 8, message: 'has no value' }],
      output: complete.replace('ms.date: 11/01/2026', 'ms.date: 11/22/2026'),
    },
    {
      name: 'a placeholder required value',
      code: complete.replace('author: writer', 'author: n/a'),
      errors: [{ line: 4, column: 9, endColumn: 12 }],
    },
  ],
});

describe('fm-required "Add" fixes', () => {
  // Found by fuzzing: a line added after a flow mapping or a lone value made the YAML invalid.
  it('are not offered where new lines would not be keys: a flow mapping, a lone value', () => {
    for (const code of ['---\n{title: A title, ms.topic: article}\n---\n# A title\n', '---\ntitle:11/01/2026\n---\n# A title\n']) {
      const findings = lintCase('fm-required', { name: code, code });
      assert.ok(findings.length > 0, code);
      assert.deepEqual(
        findings.filter((finding) => finding.fix),
        [],
        code,
      );
    }
  });
});
