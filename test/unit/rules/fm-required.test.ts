import { testRule } from '../../helpers/rule-tester.js';

const complete = '---\ntitle: A title\ndescription: A description.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n# A title\n';

testRule('fm-required', {
  valid: [
    { name: 'all required keys present', code: complete },
    { name: 'include files need none by default', path: '/ws/docs/includes/note.md', code: '---\nms.topic: include\n---\nText.\n' },
    { name: 'a configured list replaces the default', code: '---\ntitle: A title\n---\n# A title\n', options: {}, files: { '/ws/docs/.guidancelint.json': '{"frontMatter":{"required":["title"]}}' } },
    { name: 'invalid YAML is left to fm-yaml-syntax', code: '---\ntitle: "x\n---\n' },
  ],
  invalid: [
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
      files: { '/ws/docfx.json': '{"build":{"globalMetadata":{"author":"writer","ms.author":"writer"},"fileMetadata":{"ms.topic":{"docs/**.md":"article"}}}}' },
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
    { name: 'a placeholder required value', code: complete.replace('author: writer', 'author: n/a'), errors: [{ line: 4, column: 9, endColumn: 12 }] },
  ],
});
