import { testRule } from '../../helpers/rule-tester.js';

testRule('md-html-disallowed', {
  valid: [
    {
      name: 'allowed HTML',
      code: '<div class="x" data-source="docs" aria-label="y"><a href="a.md" title="t">A</a></div>\n\n<img src="a.png" alt="A" width="20">\n',
    },
    { name: 'in a code block', code: '```html\n<script>alert(0);</script>\n<div onclick="x()"></div>\n```\n' },
    { name: 'in a code span', code: 'Never write `<script>` or `onclick="…"` here.\n' },
    { name: 'in a comment', code: '<!-- <script>alert(0);</script> <div style="x"> -->\n' },
    { name: 'an attribute that only starts with on', code: '<span one="1">x</span>\n' },
  ],
  invalid: [
    {
      name: 'script, link and style elements',
      code: '<script>alert("<style>");</script>\n<link rel="stylesheet" href="https://a.com/b.css" />\n<style>h1 {color:red;}</style>\n\nbody\n',
      errors: [
        { line: 1, column: 2, endColumn: 8, message: '<script>' },
        { line: 2, column: 2, endColumn: 6, message: '<link>' },
        { line: 3, column: 2, endColumn: 7, message: '<style>' },
      ],
    },
    {
      name: 'a style attribute',
      code: '<div style="display:hidden">Text</div>\n',
      errors: [{ line: 1, column: 6, endColumn: 28, message: 'style attributes' }],
      output: '<div>Text</div>\n',
    },
    {
      name: 'event handlers on inline HTML',
      code: 'Open <a href="x" onclick="javascript:window.open()">the shell</a>.\n',
      errors: [{ line: 1, column: 18, endColumn: 52, message: 'event handlers such as onclick' }],
      output: 'Open <a href="x">the shell</a>.\n',
    },
    {
      name: 'upper case names',
      code: '<H2 id="head" ONCLICK="alert();"></H2>\n',
      errors: [{ line: 1, column: 15, message: 'onclick' }],
      output: '<H2 id="head"></H2>\n',
    },
  ],
});
