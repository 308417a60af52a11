import { testRule } from '../../helpers/rule-tester.js';

testRule('md-heading-empty', {
  valid: [
    { name: 'headings with text', code: '# Title\n\n## Section\n' },
    {
      name: 'an entity, an image or an element is content',
      code: '## &nbsp;\n\n### &#160;\n\n#### <img src="a.png" alt="Logo"/>\n\n##### <a href="a.md"></a>\n\n###### <span>abc</span>\n',
    },
    { name: 'a tab heading', code: '# Title\n\n# [Linux](#tab/linux)\n\nText.\n' },
    { name: 'a hash in a code block', code: '```bash\n##\n```\n' },
  ],
  invalid: [
    { name: 'no text', code: '# Title\n\n## \n\nText.\n', errors: [{ line: 3, column: 1, endColumn: 4, message: 'H2 is empty' }] },
    { name: 'only hashes', code: '###\n', errors: [{ line: 1, column: 1, endColumn: 4, message: 'H3' }] },
    { name: 'only a comment', code: '#### <!-- comments -->\n', errors: [{ line: 1, column: 1, endColumn: 23 }] },
    { name: 'only a closing sequence', code: '## ##\n', errors: [{ line: 1 }] },
    { name: 'an empty H1 too', code: '# \n\nText.\n', errors: [{ line: 1, message: 'H1' }] },
  ],
});
