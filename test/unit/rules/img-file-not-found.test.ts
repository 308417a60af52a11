import { testRule } from '../../helpers/rule-tester.js';

const files = { '/ws/docs/media/adoption-14.png': '', '/ws/docs/media/strategy.svg': '' };

testRule('img-file-not-found', {
  valid: [
    {
      name: 'all image forms that exist',
      code: '![a](media/adoption-14.png)\n\n:::image source="media/strategy.svg" alt-text="S":::\n\n<img src="media/strategy.svg" alt="S">\n',
      files,
    },
    { name: 'external images', code: '![a](https://example.com/a.png)\n', files },
    // docfx reads `\` in a path as a folder separator; GitHub's side of it is link-backslash's.
    {
      name: 'backslash separators resolve',
      code: '![a](media\\adoption-14.png)\n\n:::image source="media\\strategy.svg" alt-text="S":::\n',
      files,
    },
    {
      name: 'HTML entities and spaces around src are read as the build reads them',
      code: '<img src=" media/strategy.svg " alt="S">\n',
      files,
    },
  ],
  invalid: [
    {
      name: 'a trailing space inside source=',
      code: ':::image source="media/adoption-14.png " alt-text="A":::\n',
      files,
      errors: [{ line: 1, column: 18, message: 'Did you mean "media/adoption-14.png"?' }],
      output: ':::image source="media/adoption-14.png" alt-text="A":::\n',
    },
    {
      name: 'a :::image in a table cell',
      code: '| Icon | Area |\n|---|---|\n| :::image source="../media/strategy.svg" type="icon"::: | Strategy |\n',
      files,
      errors: [{ line: 3, column: 20 }],
    },
    {
      name: 'a <video> source and poster are checked like images',
      code: '<video src="media/intro.mp4" poster="media/strategy.svg" controls></video>\n<video poster="media/frame.png" src="https://example.com/v.mp4"></video>\n',
      files,
      errors: [
        { line: 1, column: 13, message: '"media/intro.mp4" does not exist' },
        { line: 2, column: 16, message: '"media/frame.png" does not exist' },
      ],
    },
    {
      name: 'an image climbing out of the workspace',
      code: '![a](../../media/x.png)\n',
      files,
      errors: [{ line: 1, message: 'outside the workspace' }],
    },
  ],
});
