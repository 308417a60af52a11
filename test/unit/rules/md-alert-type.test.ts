import { testRule } from '../../helpers/rule-tester.js';

testRule('md-alert-type', {
  valid: [
    {
      name: 'the five Learn alert types',
      code: '> [!NOTE]\n> a\n\n> [!TIP]\n> b\n\n> [!IMPORTANT]\n> c\n\n> [!CAUTION]\n> d\n\n> [!WARNING]\n> e\n',
    },
    { name: 'a known type in lower case is md-alert-case, not this rule', code: '> [!tip]\n> Text.\n' },
    { name: 'a nextstepaction div is not an alert', code: '> [!div class="nextstepaction"]\n> [Next](next.md)\n' },
    { name: 'a video embed is not an alert', code: '> [!VIDEO https://learn-video.azurefd.net/vod/player?id=1]\n' },
    { name: 'an alert inside a code block is not checked', code: '```markdown\n> [!HINT]\n> Text.\n```\n' },
  ],
  invalid: [
    {
      name: 'INFO becomes NOTE',
      code: '> [!INFO]\n> Text.\n',
      errors: [{ line: 1, column: 5, endColumn: 9, message: 'did you mean [!NOTE]' }],
      output: '> [!NOTE]\n> Text.\n',
    },
    {
      name: 'a misspelling gets the closest type',
      code: '> [!WARNNG]\n> Text.\n',
      errors: [{ line: 1, message: '[!WARNING]' }],
      output: '> [!WARNING]\n> Text.\n',
    },
    { name: 'a plural gets the singular', code: '> [!NOTES]\n> Text.\n', errors: [{ line: 1 }], output: '> [!NOTE]\n> Text.\n' },
    { name: 'an unrelated word gets no fix', code: '> [!BANANA]\n> Text.\n', errors: [{ line: 1, message: 'not an alert type' }] },
  ],
});
