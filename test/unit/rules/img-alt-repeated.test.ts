import { testRule } from '../../helpers/rule-tester.js';

testRule('img-alt-repeated', {
  valid: [
    { name: 'different alt texts', code: '![Sign-in page](a.png)\n\n![Settings page](b.png)\n' },
    { name: 'the same image twice', code: '| A | B |\n|---|---|\n| ![Yes](check.png) | ![Yes](check.png) |\n' },
    {
      name: 'in two zone pivots',
      code: '::: zone pivot="cli"\n\n![Result](a.png)\n\n::: zone-end\n\n::: zone pivot="portal"\n\n![Result](b.png)\n\n::: zone-end\n',
    },
    {
      name: 'in two tabs of one group',
      code: '# [Windows](#tab/windows)\n\n![Result](a.png)\n\n# [Linux](#tab/linux)\n\n![Result](b.png)\n\n---\n',
    },
    { name: 'in a code block', code: '![Result](a.png)\n\n```md\n![Result](b.png)\n```\n' },
  ],
  invalid: [
    {
      name: 'Markdown, :::image and HTML images',
      code: ':::image type="content" source="pig1.jpg" alt-text="test alt text":::\n\n![test alt text](pig2.jpg)\n\n<img src="pig3.jpg" alt="test alt text">\n',
      errors: [
        { line: 1, column: 53, endColumn: 66, message: 'line 3, 5' },
        { line: 3, column: 3, endColumn: 16, message: 'line 1, 5' },
        { line: 5, column: 26, endColumn: 39, message: 'line 1, 3' },
      ],
    },
    {
      name: 'in a pivot and outside',
      code: '![Result](a.png)\n\n::: zone pivot="cli"\n\n![Result](b.png)\n\n::: zone-end\n',
      errors: [{ line: 1 }, { line: 5 }],
    },
  ],
});
