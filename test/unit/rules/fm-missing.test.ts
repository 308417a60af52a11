import { testRule } from '../../helpers/rule-tester.js';

testRule('fm-missing', {
  valid: [
    { name: 'article with front matter', code: '---\ntitle: A title\n---\n\n# A title\n' },
    { name: 'include file under includes/', path: '/ws/docs/includes/footer.md', code: 'Some included text.\n' },
    { name: 'empty front matter still counts as present', code: '---\n---\n# Title\n' },
  ],
  invalid: [
    {
      name: 'article without front matter',
      code: '# Microsoft 365 Community Blog\n\nText.\n',
      errors: [{ line: 1, column: 1, endColumn: 31, message: 'no front matter' }],
      output:
        '---\ntitle: Microsoft 365 Community Blog\ndescription: \nauthor: \nms.author: \nms.date: 11/22/2026\nms.topic: article\n---\n\n# Microsoft 365 Community Blog\n\nText.\n',
    },
    {
      name: 'a title with a colon is quoted in the skeleton',
      code: '# Power Apps: a guide\r\n',
      errors: [{ line: 1 }],
      output:
        '---\r\ntitle: "Power Apps: a guide"\r\ndescription: \r\nauthor: \r\nms.author: \r\nms.date: 11/22/2026\r\nms.topic: article\r\n---\r\n\r\n# Power Apps: a guide\r\n',
    },
    { name: 'dashes not on the first line are not front matter', code: '\n---\ntitle: x\n---\n', errors: [{ line: 1 }] },
  ],
});
