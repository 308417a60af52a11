import { testRule } from '../../helpers/rule-tester.js';

testRule('md-fence-language', {
  valid: [
    { name: 'backtick fence with a language', code: '```powershell\nGet-Item\n```\n' },
    { name: 'tilde fence with a language', code: '~~~json\n{}\n~~~\n' },
    { name: 'indented code cannot name a language', code: 'Text.\n\n    code\n' },
  ],
  invalid: [
    {
      name: 'bare fence',
      code: 'Text.\n\n```\nx-ms-mail: Send\n```\n',
      errors: [{ line: 3, column: 1, endColumn: 4, message: 'Name the language' }],
    },
    { name: 'bare fence in a list item', code: '1. Run:\n\n   ~~~~\n   x\n   ~~~~\n', errors: [{ line: 3, column: 4, endColumn: 8 }] },
  ],
});
