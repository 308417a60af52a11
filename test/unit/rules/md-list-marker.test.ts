import { readFileSync } from 'node:fs';
import { testRule } from '../../helpers/rule-tester.js';

const seed001 = readFileSync(new URL('../../fixtures/seeds/001_8dcff5b80abd5b2c.md', import.meta.url), 'utf8');

testRule('md-list-marker', {
  valid: [
    { name: 'a plain list', code: '- one\n- two\n' },
    { name: 'emphasis starting a continuation line', code: '- one\n  _really_ one\n- two\n' },
    { name: 'an underscore line far from any list', code: 'Text\n_ not an item\n' },
    { name: 'a dash in wrapped prose next to a list', code: '- one\n\nThe makers\n— and the admins — agree.\n' },
    { name: 'separate lists with a blank line between', code: '- one\n\n* two\n' },
    { name: 'a VBA line continuation in code', code: '- Step:\n\n  ```vb\n  Sub X(a, _\n  _ b)\n  ```\n' },
  ],
  invalid: [
    {
      name: 'the seed: an underscore item among dash items',
      code: '- **Champions program**: text.\n_ **Early access**: text.\n- **Connectors**: text.\n',
      errors: [{ line: 2, column: 1, endColumn: 2, message: 'use "-"' }],
      output: '- **Champions program**: text.\n- **Early access**: text.\n- **Connectors**: text.\n',
    },
    { name: 'seed 001 line 73', code: seed001, errors: [{ line: 73, column: 1 }] },
    {
      name: 'bullet glyphs pasted from a word processor',
      code: '## Modes\n\n• _Normal_ - the normal mode.\n\n• _Portrait_ - single pane.\n',
      errors: [{ line: 3, column: 1, message: 'not a Markdown list marker' }, { line: 5 }],
      output: '## Modes\n\n- _Normal_ - the normal mode.\n\n• _Portrait_ - single pane.\n',
    },
    {
      name: 'a list that switches marker',
      code: '- one\n- two\n* three\n* four\n',
      errors: [{ line: 3, column: 1, message: 'switches the list marker' }],
      output: '- one\n- two\n- three\n- four\n',
    },
    { name: 'a paragraph item right after a list', code: '* one\n* two\n\n_ three\n', errors: [{ line: 4, message: 'use "*"' }] },
  ],
});
