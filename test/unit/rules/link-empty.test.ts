import { testRule } from '../../helpers/rule-tester.js';

testRule('link-empty', {
  valid: [
    { name: 'text and target', code: '[Setup](setup.md)\n' },
    { name: 'an image as link text', code: '[![Diagram](d.png)](setup.md)\n' },
    { name: 'an include title may be anything', code: '[!INCLUDE [](includes/x.md)]\n' },
  ],
  invalid: [
    { name: 'no target', code: 'Read [the guide]().\n', errors: [{ line: 1, column: 17, endColumn: 19, message: 'no target' }] },
    { name: 'no text', code: 'Read [](setup.md).\n', errors: [{ line: 1, column: 6, endColumn: 18, message: 'no text' }] },
  ],
});
