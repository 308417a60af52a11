import { testRule } from '../../helpers/rule-tester.js';

const fm = '---\ntitle: T\n---\n';

testRule('md-h1', {
  valid: [
    { name: 'one H1 right after front matter', code: `${fm}\n# Title\n\n## Section\n` },
    { name: 'a comment before the H1 is not content', code: `${fm}<!-- note to self -->\n\n# Title\n` },
    { name: 'tab headings are not H1s', code: `${fm}# Title\n\n# [Windows](#tab/windows)\n\nText.\n\n# [Linux](#tab/linux)\n` },
    { name: 'setext H1', code: `${fm}Title\n=====\n` },
    { name: 'an include file without an H1', path: '/ws/docs/includes/x.md', code: 'Included text.\n' },
    {
      name: 'one H1 per zone pivot',
      code: `${fm}:::zone pivot="windows"\n\n# Install on Windows\n\n:::zone-end\n\n:::zone pivot="linux"\n\n# Install on Linux\n\n:::zone-end\n`,
    },
    {
      name: 'one H1 per moniker range',
      code: `${fm}::: moniker range="<= v1"\n\n# Old title\n\n::: moniker-end\n\n::: moniker range=">= v2"\n\n# New title\n\n::: moniker-end\n`,
    },
    {
      name: 'an H1 in a chromeless zone is not on the Learn page',
      code: `${fm}# Title\n\n:::zone target="chromeless"\n\n# Other\n\n:::zone-end\n`,
    },
    { name: 'a # inside fenced code is not a heading', code: `${fm}# Title\n\n\`\`\`bash\n# comment\n\`\`\`\n` },
  ],
  invalid: [
    { name: 'no H1', code: `${fm}\n## Section\n`, errors: [{ line: 4, message: 'no H1' }] },
    {
      name: 'an H1 outside the pivots and one inside',
      code: `${fm}# Title\n\n:::zone pivot="windows"\n\n# Windows\n\n:::zone-end\n`,
      errors: [{ line: 8, message: 'Only one H1' }],
    },
    { name: 'two H1s', code: `${fm}# Title\n\n# Another\n`, errors: [{ line: 6, column: 1, endColumn: 10, message: 'Only one H1' }] },
    { name: 'H1 after a paragraph', code: `${fm}Intro text.\n\n# Title\n`, errors: [{ line: 6, message: 'first thing' }] },
    {
      name: 'include file with an H1',
      path: '/ws/docs/includes/x.md',
      code: '# Heading\n',
      errors: [{ line: 1, message: 'include file' }],
    },
  ],
});
