import { testRule } from '../../helpers/rule-tester.js';

testRule('md-triple-colon', {
  valid: [
    {
      name: 'image and code on one line',
      code: ':::image source="a.png" alt-text="A chart.":::\n\n:::code language="csharp" source="~/s.cs" range="1-5":::\n',
    },
    { name: 'zone with spaces and an end without colons', code: '::: zone pivot="python"\n\nText.\n\n::: zone-end\n' },
    { name: 'moniker block', code: ':::moniker range=">=sql-server-2019"\nText.\n:::moniker-end:::\n' },
    {
      name: 'rows and columns whose end markers look like indented code',
      code: ':::row:::\n    :::column:::\n    \n    :::column-end:::\n    :::column span="":::\n    **Retire**\n    :::column-end:::\n:::row-end:::\n',
    },
    { name: 'a bare attribute', code: ':::image source="a.png" alt-text="A" lightbox:::\n' },
    { name: 'text after an inline image', code: ':::image source="a.png" alt-text="A"::: More text.\n' },
    { name: 'form closes without colons', code: ':::form action="create-resource" submitText="Create"\n' },
    { name: 'syntax shown in a fenced block is not checked', code: '```md\n:::zone pivot="x"\n:::unknown:::\n```\n' },
    {
      name: 'no-loc and video',
      code: 'Use :::no-loc text="Windows"::: here.\n\n:::no-loc text="Teams":::\n\n:::video source="https://x/v.mp4":::\n',
    },
  ],
  invalid: [
    {
      name: 'unknown extension',
      code: ':::imgae source="a.png" alt-text="A":::\n',
      errors: [{ line: 1, column: 4, endColumn: 9, message: 'did you mean ":::image"' }],
    },
    { name: 'zone never closed', code: '::: zone pivot="python"\n\nText.\n', errors: [{ line: 1, column: 5, message: 'never closed' }] },
    { name: 'end without a start', code: 'Text.\n\n:::row-end:::\n', errors: [{ line: 3, message: 'no ":::row" block' }] },
    {
      name: 'single-quoted value',
      code: ':::image source=\'a.png\' alt-text="A":::\n',
      errors: [{ line: 1, column: 17, endColumn: 24, message: 'double quotes' }],
    },
    {
      name: 'unquoted value',
      code: ':::column span=2:::\n:::column-end:::\n',
      errors: [{ line: 1, column: 16, endColumn: 17, message: 'span="2"' }],
    },
    {
      name: 'unterminated quote',
      code: ':::image source="a.png alt-text="A":::\n',
      errors: [{ line: 1, message: 'no closing double quote' }],
    },
    {
      name: 'inline extension without its closing colons',
      code: ':::image source="a.png" alt-text="A"\n',
      errors: [{ line: 1, message: 'must end with ":::"' }],
    },
  ],
});
