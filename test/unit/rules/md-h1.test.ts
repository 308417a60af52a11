import { testRule } from '../../helpers/rule-tester.js';

const fm = '---\ntitle: T\n---\n';

testRule('md-h1', {
  valid: [
    { name: 'one H1 right after front matter', code: `${fm}\n# Title\n\n## Section\n` },
    { name: 'a comment before the H1 is not content', code: `${fm}<!-- note to self -->\n\n# Title\n` },
    { name: 'tab headings are not H1s', code: `${fm}# Title\n\n# [Windows](#tab/windows)\n\nText.\n\n# [Linux](#tab/linux)\n` },
    { name: 'setext H1', code: `${fm}Title\n=====\n` },
    { name: 'an include file without an H1', path: '/ws/docs/includes/x.md', code: 'Included text.\n' },
    { name: 'a # inside fenced code is not a heading', code: `${fm}# Title\n\n\`\`\`bash\n# comment\n\`\`\`\n` },
  ],
  invalid: [
    { name: 'no H1', code: `${fm}\n## Section\n`, errors: [{ line: 4, message: 'no H1' }] },
    { name: 'two H1s', code: `${fm}# Title\n\n# Another\n`, errors: [{ line: 6, column: 1, endColumn: 10, message: 'Only one H1' }] },
    { name: 'H1 after a paragraph', code: `${fm}Intro text.\n\n# Title\n`, errors: [{ line: 6, message: 'first thing' }] },
    { name: 'include file with an H1', path: '/ws/docs/includes/x.md', code: '# Heading\n', errors: [{ line: 1, message: 'include file' }] },
  ],
});
