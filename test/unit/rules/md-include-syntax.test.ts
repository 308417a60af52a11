import { testRule } from '../../helpers/rule-tester.js';

testRule('md-include-syntax', {
  valid: [
    { name: 'the documented form', code: '[!INCLUDE [footer](../includes/footer.md)]\n' },
    { name: 'no space before the title and a site-root path', code: '[!INCLUDE[footer](~/includes/footer.md)]\n' },
    { name: 'inline in a sentence', code: 'Sign in to [!INCLUDE [pp](../includes/pp.md)] first.\n' },
    { name: 'an include in a code span is not checked', code: 'Write `[!include[x]` like this.\n' },
    { name: 'a lower-case keyword, which the Learn build reads too, by default', code: '[!include[footer](~/includes/footer.md)]\n' },
  ],
  invalid: [
    {
      name: 'lower-case keyword (info) is upper-cased when upperCaseKeyword is set',
      code: '[!include[footer](~/includes/footer.md)]\n',
      options: { upperCaseKeyword: true },
      errors: [{ line: 1, column: 3, endColumn: 10, message: 'upper case' }],
      output: '[!INCLUDE[footer](~/includes/footer.md)]\n',
    },
    {
      name: 'missing closing bracket is rebuilt',
      code: 'Intro.\n\n[!INCLUDE [footer](../includes/footer.md)\n',
      errors: [{ line: 3, column: 1, message: 'not well formed' }],
      output: 'Intro.\n\n[!INCLUDE [footer](../includes/footer.md)]\n',
    },
    {
      name: 'missing title brackets',
      code: '[!INCLUDE(../includes/footer.md)] and more.\n',
      errors: [{ line: 1 }],
      output: '[!INCLUDE [](../includes/footer.md)] and more.\n',
    },
    { name: 'no path at all: no fix', code: '[!INCLUDE [footer]]\n', errors: [{ line: 1, message: 'not well formed' }] },
  ],
});
