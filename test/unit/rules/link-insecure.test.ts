import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

testRule('link-insecure', {
  valid: [
    { name: 'https', code: '[a](https://www.microsoft.com)\n' },
    { name: 'local and namespace addresses', code: '[a](http://localhost:8080) [b](http://schemas.microsoft.com/office/2006)\n' },
    { name: 'a bare www. autolink', code: 'Visit www.microsoft.com today.\n' },
  ],
  invalid: [
    {
      name: 'Microsoft sites get https',
      code: '[a](http://go.microsoft.com/fwlink/?LinkId=1)\n',
      errors: [{ line: 1, column: 5, endColumn: 9, message: 'Use https' }],
      output: '[a](https://go.microsoft.com/fwlink/?LinkId=1)\n',
    },
    {
      name: 'other sites are reported without a fix',
      code: '[a](http://www.w3.org/TR/html52/)\n',
      errors: [{ line: 1, message: 'if www.w3.org supports it' }],
    },
    {
      name: 'http images too',
      code: '![a](http://download.microsoft.com/a.png)\n\n<img src="http://i.contoso.net/b.png" alt="b">\n',
      errors: [
        { line: 1, column: 6, message: 'Use https' },
        { line: 3, column: 11, message: 'if i.contoso.net supports it' },
      ],
      output: '![a](https://download.microsoft.com/a.png)\n\n<img src="http://i.contoso.net/b.png" alt="b">\n',
    },
  ],
});

describe('link-insecure severity', () => {
  it("is an info for sites other than Microsoft's (they may not serve https)", () => {
    const findings = lintCase('link-insecure', {
      name: 'mixed',
      code: '[a](http://www.w3.org/) [b](http://go.microsoft.com/fwlink/?LinkId=1)\n',
    });
    assert.deepEqual(
      findings.map((finding) => finding.severity),
      ['info', 'warning'],
    );
  });
});
