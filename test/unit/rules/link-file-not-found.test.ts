import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

const files = { '/ws/docs/setup.md': '# Setup\n', '/ws/docs/My File.md': '# Mine\n', '/ws/guides/moved-article.md': '# Moved\n' };

testRule('link-file-not-found', {
  valid: [
    { name: 'an existing sibling', code: '[Setup](setup.md)\n', files },
    { name: 'escapes are decoded and ?query ignored', code: '[Mine](My%20File.md?tabs=a#mine)\n', files },
    { name: 'external, mailto and same-page links', code: '[a](https://example.com) [b](mailto:a@b.c) [c](#top)\n', files },
    { name: 'a folder link', code: '[docs](../guides/)\n', files },
    // GFM makes `www.` in text a web link (http://www…), not a path.
    { name: 'a www. address in prose is a web address', code: 'Go to www.example.com/setup.md or www.contoso.com.\n', files },
    { name: 'backslash separators resolve as in the build', code: '[m](..\\guides\\moved-article.md)\n', files },
    {
      name: 'href is trimmed and its character references decoded',
      code: '<a href=" ../guides/moved-article.md ">m</a> <a href="My&#32;File.md">x</a> <a href="Tom&amp;Jerry.md">y</a>\n',
      files: { ...files, '/ws/docs/Tom&Jerry.md': '# T\n' },
    },
    { name: 'the link inside an include is checked as an include', code: '[!INCLUDE [x](includes/x.md)]\n', files },
    { name: 'case mismatches are link-case-mismatch', code: '[Setup](SETUP.md)\n', files },
    { name: 'links in code are not links', code: '`[a](nope.md)`\n\n```md\n[b](nope.md)\n```\n', files },
    {
      name: 'a removed article that a redirection file sends elsewhere is link-redirected',
      code: '[Old](old-article.md)\n',
      files: {
        ...files,
        '/ws/.openpublishing.redirection.json': JSON.stringify({
          redirections: [{ source_path: 'docs/old-article.md', redirect_url: '/docs/setup' }],
        }),
      },
    },
  ],
  invalid: [
    // A typo in a folder name, or a deleted folder: broken on the site too.
    {
      name: 'a link into a folder that does not exist, in a git checkout',
      code: '[a](../adoptoin/overview.md)\n',
      files: { ...files, '/ws/.git/HEAD': 'ref: refs/heads/main\n' },
      errors: [{ line: 1, column: 5, message: '"../adoptoin/overview.md" does not exist' }],
    },
    // Seen on a slice of a docs repository copied without git: its links into the folders left out are
    // not broken in the repository, and nothing here can tell a left-out folder from a typo.
    {
      name: 'in a copy outside git such a link cannot be verified',
      code: '[a](../admin/overview.md)\n',
      files,
      errors: [{ line: 1, column: 5, message: 'cannot be verified here', severity: 'info' }],
    },
    {
      name: 'a copy outside git configured as complete reports the link as missing',
      code: '[a](../adoptoin/overview.md)\n',
      files: { ...files, '/ws/docs/.guidancelint.json': '{"partialCheckout": false}' },
      errors: [{ line: 1, column: 5, message: 'does not exist' }],
    },
    {
      name: 'in a partial checkout (config) such a link cannot be verified',
      code: '[a](../admin/overview.md)\n',
      files: { ...files, '/ws/docs/.guidancelint.json': '{"partialCheckout": true}' },
      errors: [{ line: 1, column: 5, message: 'cannot be verified here' }],
    },
    {
      name: 'git sparse-checkout is detected',
      code: '[a](../admin/overview.md)\n',
      files: {
        ...files,
        '/ws/.git/config': '[core]\n\trepositoryformatversion = 0\n\tsparseCheckout = true\n',
        '/ws/.git/info/sparse-checkout': '/docs/\n',
      },
      errors: [{ line: 1, message: 'partial checkout' }],
    },
    {
      name: 'a missing file in a folder that is here is missing even in a partial checkout',
      code: '[a](nope.md)\n',
      files: { ...files, '/ws/docs/.guidancelint.json': '{"partialCheckout": true}' },
      errors: [{ line: 1, message: 'does not exist' }],
    },
    {
      name: 'a missing sibling points at the path',
      code: 'See [install](install.md#step).\n',
      files,
      errors: [{ line: 1, column: 15, endColumn: 25, message: '"install.md" does not exist' }],
    },
    {
      name: 'a moved file is suggested',
      code: '[Moved](moved-article.md)\n',
      files,
      errors: [{ line: 1, message: 'Did you mean "../guides/moved-article.md"?' }],
      output: '[Moved](../guides/moved-article.md)\n',
    },
    {
      name: 'a near name in the same folder is suggested',
      code: '[Setup](setpu.md)\n',
      files,
      errors: [{ line: 1, column: 9 }],
      output: '[Setup](setup.md)\n',
    },
    {
      name: 'a malformed escape is a finding, not a crash',
      code: '[Bad](my%zzfile.md)\n',
      files,
      errors: [{ line: 1, message: 'malformed %-escape' }],
    },
    {
      name: 'a redirection file that is not valid JSON redirects nothing',
      code: '[Old](old-article.md)\n',
      files: { ...files, '/ws/.openpublishing.redirection.json': '{ "redirections": [ { "source_path": "docs/old-article.md", ' },
      errors: [{ line: 1, message: '"old-article.md" does not exist' }],
    },
    {
      name: 'links in an include file resolve from the include file',
      path: '/ws/docs/includes/note.md',
      code: '[Setup](setup.md)\n',
      files,
      errors: [{ line: 1, message: 'Did you mean "../setup.md"?' }],
    },
  ],
});

describe('link-file-not-found: "did you mean" only for the same file', () => {
  const messages = (code: string, extra: Record<string, string>) =>
    lintCase('link-file-not-found', { name: code, code, files: { ...files, ...extra } }).map((finding) => finding.message);

  it('does not offer a similar sibling that is another file (overview2.md for overview.md)', () => {
    assert.deepEqual(messages('[Overview](overview.md)\n', { '/ws/docs/overview2.md': '# Overview 2\n' }), [
      'The link target "overview.md" does not exist.',
    ]);
  });

  it('offers nothing when two siblings could be meant', () => {
    const siblings = { '/ws/docs/install-guide.md': '# A\n', '/ws/docs/instal-guido.md': '# B\n' };
    assert.deepEqual(messages('[Guide](instal-guide.md)\n', siblings), ['The link target "instal-guide.md" does not exist.']);
  });

  it('offers the one sibling that differs by a typo', () => {
    assert.deepEqual(messages('[Guide](instal-guide.md)\n', { '/ws/docs/install-guide.md': '# A\n' }), [
      'The link target "instal-guide.md" does not exist. Did you mean "install-guide.md"?',
    ]);
  });
});

describe('link-file-not-found in a partial checkout', () => {
  it('reports a folder that is not here as info, not as a missing file', () => {
    const findings = lintCase('link-file-not-found', {
      name: 'partial',
      code: '[a](../admin/overview.md)\n',
      files: { '/ws/docs/.guidancelint.json': '{"partialCheckout": true}' },
    });
    assert.deepEqual(
      findings.map((finding) => finding.severity),
      ['info'],
    );
  });
});
