import { testRule } from '../../helpers/rule-tester.js';

testRule('md-unclosed-comment', {
  valid: [
    { name: 'a closed comment on one line', code: '# Title\n\n<!-- reviewer note -->\n\nText.\n' },
    { name: 'a closed comment over lines', code: '# Title\n\n<!--\nDraft.\n-->\n\nText.\n' },
    { name: 'an inline <!-- without --> is shown as text, nothing is hidden', code: '# Title\n\nType <!-- to start a comment.\n' },
    { name: 'in code', code: '# Title\n\n```html\n<!-- open\n```\n' },
  ],
  invalid: [
    {
      name: 'an unclosed comment hides the rest of the article',
      code: '# Title\n\n<!-- TODO: finish\n\n## Next steps\n\nMore text.\n',
      errors: [{ line: 3, column: 1, endColumn: 5, message: 'to the end of the article (4 lines)' }],
    },
    {
      name: 'a comment closed with the wrong marker',
      code: '# Title\n\n<!-- note ->\n\nText.\n',
      errors: [{ line: 3, message: 'never closed' }],
    },
    {
      name: 'inside a list item it hides the rest of the item',
      code: '# Title\n\n- <!-- note\n  more\n\nAfter the list.\n',
      errors: [{ line: 3, column: 3, message: 'in this list item or quote' }],
    },
  ],
});
