import { testRule } from '../../helpers/rule-tester.js';

testRule('md-heading-setext', {
  valid: [
    { name: 'ATX headings', code: '# Title\n\n## Section\n\nText.\n' },
    { name: 'a thematic break after an ATX heading is not an underline', code: '# Title\n------\n\nText.\n' },
    { name: 'an underline in a code block', code: '```text\nTitle\n=====\n```\n' },
    { name: 'an indented line is code, not a heading', code: '    Not a title\n======\n' },
  ],
  invalid: [
    {
      name: 'H1 underlined with =',
      code: '# Intro\n\nTitle 1\n=======\n',
      errors: [{ line: 3, column: 1, endLine: 4, endColumn: 8, message: '"# Title 1"' }],
      output: '# Intro\n\n# Title 1\n',
    },
    {
      name: 'H2 underlined with - and trailing spaces',
      code: 'Title 2\n---  \n\nText.\n',
      errors: [{ line: 1, column: 1, endLine: 2, endColumn: 4, message: 'H2' }],
      output: '## Title 2\n\nText.\n',
    },
    {
      name: 'a heading over two lines becomes one line',
      code: 'Multiple line 1\nMultiple line 2\n-------\n',
      errors: [{ line: 1, column: 1, endLine: 3, endColumn: 8 }],
      output: '## Multiple line 1 Multiple line 2\n',
    },
    {
      name: 'inline Markdown is kept as written',
      code: 'Use `az` **now**\n===\n',
      errors: [{ line: 1 }],
      output: '# Use `az` **now**\n',
    },
    {
      name: 'in a blockquote: reported, not rewritten',
      code: '> Quoted title\n> ------\n',
      errors: [{ line: 1, column: 3, endLine: 2, endColumn: 9 }],
    },
    { name: 'a hard line break: reported, not rewritten', code: 'Line one\\\nLine two\n===\n', errors: [{ line: 1, endLine: 3 }] },
    { name: 'ending in #: reported, not rewritten', code: 'Learn C #\n===\n', errors: [{ line: 1, endLine: 2 }] },
  ],
});
