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
