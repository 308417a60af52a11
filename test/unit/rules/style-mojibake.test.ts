import { readFileSync } from 'node:fs';
import { testRule } from '../../helpers/rule-tester.js';

const seed003 = readFileSync(new URL('../../fixtures/seeds/003_e7c9a8873f260278.md', import.meta.url), 'utf8');

testRule('style-mojibake', {
  valid: [
    { name: 'correct typography', code: 'Makers—new and advanced—learn. It’s “easy”. Café, naïve, 25 °C, © Microsoft.\n' },
    { name: 'French and Portuguese letters', code: 'Le pâté est là. SÃO PAULO, Âge.\n' },
    { name: 'mojibake shown in code is an example', code: 'Search for `â€”` in the export.\n\n```text\nmakersâ€”what\n```\n' },
  ],
  invalid: [
    {
      name: 'em dash',
      code: 'It is for makersâ€”what will be available.\n',
      errors: [{ line: 1, column: 17, endColumn: 20, message: '"—"' }],
      output: 'It is for makers—what will be available.\n',
    },
    { name: 'seed 003 line 21', code: seed003, errors: [{ line: 21, column: 66, endColumn: 69 }] },
    { name: 'apostrophe', code: 'Itâ€™s done.\n', errors: [{ line: 1, column: 3 }], output: 'It’s done.\n' },
    {
      name: 'opening and closing quotes',
      code: 'Select â€œSaveâ€\u009d.\n',
      errors: [
        { line: 1, column: 8, message: '"“"' },
        { line: 1, column: 15 },
      ],
      output: 'Select “Saveâ€\u009d.\n',
    },
    {
      name: 'closing quote whose last byte was dropped',
      code: 'Select â€œSaveâ€.\n',
      errors: [
        { line: 1, column: 8 },
        { line: 1, column: 15, message: '"”"' },
      ],
    },
    {
      name: 'accented letter',
      code: 'Open the cafÃ© menu.\n',
      errors: [{ line: 1, column: 13, endColumn: 15 }],
      output: 'Open the café menu.\n',
    },
    {
      name: 'registered sign in front matter',
      code: '---\ntitle: Microsoft PowerÂ® Apps\n---\n',
      errors: [{ line: 2, column: 23 }],
      output: '---\ntitle: Microsoft Power® Apps\n---\n',
    },
    {
      name: 'replacement character has no fix',
      code: 'Caf\uFFFD menu.\n',
      errors: [{ line: 1, column: 4, message: 'replacement character' }],
    },
  ],
});
