import { readFileSync } from 'node:fs';
import { testRule } from '../../helpers/rule-tester.js';

const seed001 = readFileSync(new URL('../../fixtures/seeds/001_8dcff5b80abd5b2c.md', import.meta.url), 'utf8');

testRule('style-ai-artifact', {
  valid: [
    { name: 'ordinary "of course"', code: 'Of course, you can also export the report.\n' },
    { name: 'language models as a topic', code: 'Copilot uses large language models to answer questions.\n' },
    { name: '"Sure" as an adjective', code: 'Make sure the flow is on. Be sure to save.\n' },
    { name: 'first person plural is docs voice', code: 'Let us know what you think. We hope this article helps your team plan.\n' },
    { name: 'quoted chat text in code is not prose', code: '```text\nCertainly! Here is the summary.\n```\n' },
  ],
  invalid: [
    {
      name: 'the seed: a chat opener on its own line',
      code: "Offer resources such as:\n\nCertainly! Here's an elaboration on each item in the list:\n\n- **Champions program**: text.\n",
      errors: [{ line: 3, column: 1, endColumn: 59, message: 'leftover AI chat text' }],
      output: 'Offer resources such as:\n\n- **Champions program**: text.\n',
    },
    { name: 'seed 001 line 70', code: seed001, errors: [{ line: 70, column: 1 }] },
    {
      name: 'a closing remark after the article text',
      code: 'Assign licenses per user. I hope this helps! Contact your admin for more.\n',
      errors: [{ line: 1, column: 27, endColumn: 45, message: 'I hope this helps' }],
      output: 'Assign licenses per user. Contact your admin for more.\n',
    },
    {
      name: 'the assistant disclaimer',
      code: 'As an AI language model, I cannot see your tenant.\n',
      errors: [{ line: 1, message: 'As an AI language model' }],
    },
    { name: 'Sure! Here is', code: 'Sure! Here is a table of the roles:\n', errors: [{ line: 1 }] },
    {
      name: 'two phrases in one sentence are one finding',
      code: 'Sure! Here is the list, and I hope this helps.\n',
      errors: [{ line: 1, column: 1, endColumn: 47 }],
      output: '',
    },
    { name: 'an offer to continue', code: '## Next steps\n\nLet me know if you want more examples.\n', errors: [{ line: 3 }] },
  ],
});
