import { testRule } from '../../helpers/rule-tester.js';

testRule('md-image-attrs', {
  valid: [
    { name: 'content image', code: ':::image source="media/a.png" alt-text="Screenshot of the admin center.":::\n' },
    { name: 'icon without alt text', code: ':::image source="media/icon.svg" type="icon":::\n' },
    {
      name: 'complex image with a long description',
      code: ':::image type="complex" source="media/a.png" alt-text="Chart.":::\nSales rose each quarter.\n:::image-end:::\n',
    },
    {
      name: 'optional attributes',
      code: ':::image source="a.png" alt-text="A" border="false" lightbox="a-big.png" loc-scope="azure":::\n',
    },
  ],
  invalid: [
    {
      name: 'no alt text',
      code: ':::image source="media/a.png":::\n',
      errors: [{ line: 1, column: 4, endColumn: 9, message: 'needs alt-text' }],
    },
    {
      name: 'empty alt text',
      code: ':::image source="media/a.png" alt-text="":::\n',
      errors: [{ line: 1, column: 31, message: 'needs alt-text' }],
    },
    { name: 'no source', code: ':::image alt-text="A":::\n', errors: [{ line: 1, message: 'needs source' }] },
    {
      name: 'unknown type',
      code: ':::image type="decorative" source="a.png" alt-text="A":::\n',
      errors: [{ line: 1, column: 16, endColumn: 26, message: 'content, icon, complex' }],
    },
    {
      name: 'unknown attribute',
      code: ':::image source="a.png" alt="A" alt-text="A":::\n',
      errors: [{ line: 1, column: 25, message: 'no attribute "alt"' }],
    },
    {
      name: 'complex without an end',
      code: ':::image type="complex" source="a.png" alt-text="A":::\nDescription.\n',
      errors: [{ line: 1, message: ':::image-end:::' }],
    },
    {
      name: 'complex without a description',
      code: ':::image type="complex" source="a.png" alt-text="A":::\n\n:::image-end:::\n',
      errors: [{ line: 1, message: 'long description between' }],
    },
  ],
});
