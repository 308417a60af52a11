import { testRule } from '../../helpers/rule-tester.js';

testRule('link-reference-undefined', {
  valid: [
    { name: 'defined references, any case', code: 'See [the guide][Guide] and [guide][].\n\n[guide]: setup.md\n' },
    {
      name: 'Learn syntax and bare brackets are not references',
      code: '> [!NOTE]\n> Text [x].\n\n[!INCLUDE [t](includes/t.md)]\n\n> [!div class="nextstepaction"]\n> [Next](next.md)\n\n- [ ] task\n',
    },
    { name: 'code', code: '`[a][b]`\n' },
  ],
  invalid: [
    { name: 'full reference', code: 'See [the guide][setup].\n', errors: [{ line: 1, column: 17, endColumn: 22, message: '[setup]' }] },
    { name: 'collapsed reference', code: '| a |\n|---|\n| [guide][] |\n', errors: [{ line: 3, column: 3, endColumn: 12 }] },
  ],
});
