// Facts from the Learn build (docfx v3): a link to a removed article that a redirection file names
// still resolves (it links to the old URL, which redirects); only content pages can be redirected, so
// images are not, and an include of a redirected file is "not found". `source_path` is relative to
// the redirection file's folder and must not start with `/`; `source_path_from_root` is rooted at
// the repository and must; an entry with both is not used. `redirect_url` is a site path, a URL (Learn
// URLs lose host and locale), or a URL relative to the removed article. Redirects chain.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_REDIRECTION_FILE_SIZE } from '../../../server/src/engine/limits.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { lintCase, TEST_TODAY, testRule } from '../../helpers/rule-tester.js';

const docfx = JSON.stringify({ build: { globalMetadata: { breadcrumb_path: '/office/vba/breadcrumb/toc.json' } } });
const redirections = (entries: unknown[]): string => JSON.stringify({ redirections: entries });
const base = {
  '/ws/docfx.json': docfx,
  '/ws/excel/new-name.md': '# New name\n\n## Setup\n',
  '/ws/excel/renamed/page.md': '# Page\n',
};
const path = '/ws/excel/article.md';

function files(entries: unknown[], extra: Record<string, string> = {}): Record<string, string> {
  return { ...base, '/ws/.openpublishing.redirection.json': redirections(entries), ...extra };
}

testRule('link-redirected', {
  valid: [
    {
      name: 'a link to an article that exists',
      path,
      code: '[a](new-name.md)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
    },
    {
      name: 'a missing article nobody redirected',
      path,
      code: '[a](gone.md)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
    },
    {
      name: 'an image: only articles are redirected',
      path,
      code: '![a](old.png)\n',
      files: files([{ source_path: 'excel/old.png', redirect_url: '/office/vba/excel/new-name' }]),
    },
    {
      name: 'an include of a redirected file (the build says the include is not found)',
      path,
      code: '[!INCLUDE[a](old-name.md)]\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
    },
    {
      name: 'a redirection file that is not valid JSON is not used',
      path,
      code: '[a](old-name.md)\n',
      files: {
        ...base,
        '/ws/.openpublishing.redirection.json': '{ "redirections": [ { "source_path": "excel/old-name.md", "redirect_url": ',
      },
    },
    {
      name: 'an entry with both source_path and source_path_from_root is not used',
      path,
      code: '[a](old-name.md)\n',
      files: files([
        { source_path: 'excel/old-name.md', source_path_from_root: '/excel/old-name.md', redirect_url: '/office/vba/excel/new-name' },
      ]),
    },
    {
      name: 'a source_path starting with / is not used',
      path,
      code: '[a](old-name.md)\n',
      files: files([{ source_path: '/excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
    },
    {
      name: 'a source_path_from_root without its leading / is not used',
      path,
      code: '[a](old-name.md)\n',
      files: files([{ source_path_from_root: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
    },
  ],
  invalid: [
    {
      name: 'a removed article redirected to a page of this repository: relative fix',
      path,
      code: 'See [the page](old-name.md).\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
      errors: [
        {
          line: 1,
          column: 16,
          endColumn: 27,
          message: '"old-name.md" was removed and .openpublishing.redirection.json redirects it to "/office/vba/excel/new-name"',
        },
      ],
      output: 'See [the page](new-name.md).\n',
    },
    {
      name: 'the link keeps its anchor',
      path,
      code: '[a](old-name.md#setup)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
      errors: [{ line: 1, column: 5, endColumn: 22 }],
      output: '[a](new-name.md#setup)\n',
    },
    {
      name: "a bookmark in the redirect URL wins over the link's, as in a browser",
      path,
      code: '[a](old-name.md#intro)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name#setup' }]),
      errors: [{ line: 1 }],
      output: '[a](new-name.md#setup)\n',
    },
    {
      name: 'a chain A → B → C lands on C',
      path,
      code: '[a](first.md)\n',
      files: files([
        { source_path: 'excel/first.md', redirect_url: '/office/vba/excel/second' },
        { source_path: 'excel/second.md', redirect_url: '/office/vba/excel/renamed/page' },
      ]),
      errors: [{ line: 1, message: 'redirects it to "/office/vba/excel/second", then "/office/vba/excel/renamed/page"' }],
      output: '[a](renamed/page.md)\n',
    },
    {
      name: 'a circle is reported without a fix',
      path,
      code: '[a](first.md)\n',
      files: files([
        { source_path: 'excel/first.md', redirect_url: '/office/vba/excel/second' },
        { source_path: 'excel/second.md', redirect_url: '/office/vba/excel/first' },
      ]),
      errors: [{ line: 1, message: 'go in a circle' }],
    },
    {
      name: 'a target this repository does not build stays a site path',
      path,
      code: '[a](old-name.md)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/api/overview' }]),
      errors: [{ line: 1 }],
      output: '[a](/office/vba/api/overview)\n',
    },
    {
      name: 'a Learn URL loses its host and locale',
      path,
      code: '[a](old-name.md)\n',
      files: files([
        { source_path: 'excel/old-name.md', redirect_url: 'https://learn.microsoft.com/en-us/office/client-developer/access/x' },
      ]),
      errors: [{ line: 1 }],
      output: '[a](/office/client-developer/access/x)\n',
    },
    {
      name: 'a Learn URL into this repository becomes a relative path',
      path,
      code: '[a](old-name.md)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: 'https://docs.microsoft.com/office/vba/excel/new-name' }]),
      errors: [{ line: 1 }],
      output: '[a](new-name.md)\n',
    },
    {
      name: 'another site is kept as written',
      path,
      code: '[a](old-name.md)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: 'https://example.org/vba' }]),
      errors: [{ line: 1 }],
      output: '[a](https://example.org/vba)\n',
    },
    {
      name: 'a redirect URL relative to the removed article',
      path,
      code: '[a](old-name.md)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: 'renamed/page' }]),
      errors: [{ line: 1 }],
      output: '[a](renamed/page.md)\n',
    },
    {
      name: 'a link into a folder that was removed with its articles',
      path,
      code: '[a](../outlook-old/intro.md)\n',
      files: files([{ source_path: 'outlook-old/intro.md', redirect_url: '/office/vba/excel/new-name' }]),
      errors: [{ line: 1 }],
      output: '[a](new-name.md)\n',
    },
    {
      name: 'a link written without .md',
      path,
      code: '[a](old-name)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
      errors: [{ line: 1 }],
      output: '[a](new-name.md)\n',
    },
    {
      name: 'a site-relative link to a redirected article',
      path,
      code: '[a](/office/vba/excel/old-name#setup)\n',
      files: files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
      errors: [{ line: 1 }],
      output: '[a](new-name.md#setup)\n',
    },
    {
      name: 'the object form of redirections',
      path,
      code: '[a](old-name.md)\n',
      files: {
        ...base,
        '/ws/.openpublishing.redirection.json': JSON.stringify({ redirections: { 'excel/old-name.md': '/office/vba/excel/new-name' } }),
      },
      errors: [{ line: 1 }],
      output: '[a](new-name.md)\n',
    },
    {
      name: 'a file listed in redirection_files, with source_path_from_root',
      path,
      code: '[a](old-name.md)\n',
      files: {
        ...base,
        '/ws/.openpublishing.publish.config.json': JSON.stringify({
          docsets_to_publish: [{ build_source_folder: '.' }],
          redirection_files: ['excel/redirects.json'],
        }),
        '/ws/excel/redirects.json': redirections([
          { source_path_from_root: '/excel/old-name.md', redirect_url: '/office/vba/excel/new-name' },
        ]),
      },
      errors: [{ line: 1, message: 'excel/redirects.json redirects it' }],
      output: '[a](new-name.md)\n',
    },
    {
      name: 'source_path in a nested redirection file is relative to that file',
      path,
      code: '[a](old-name.md)\n',
      files: {
        ...base,
        '/ws/excel/.openpublishing.redirection.excel.json': redirections([
          { source_path: 'old-name.md', redirect_url: '/office/vba/excel/new-name' },
        ]),
      },
      errors: [{ line: 1 }],
      output: '[a](new-name.md)\n',
    },
  ],
});

describe('link-redirected and the other link rules', () => {
  const redirected = files([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]);

  it('a redirected article is not also "not found" or a missing site path', () => {
    for (const ruleId of ['link-file-not-found', 'link-site-relative']) {
      assert.deepEqual(
        lintCase(ruleId, { name: ruleId, path, code: '[a](old-name.md) [b](/office/vba/excel/old-name)\n', files: redirected }),
        [],
      );
    }
  });

  it('images and includes of a redirected path are still missing files', () => {
    const withImage = files([{ source_path: 'excel/old.png', redirect_url: '/office/vba/excel/new-name' }]);
    assert.equal(lintCase('img-file-not-found', { name: 'image', path, code: '![a](old.png)\n', files: withImage }).length, 1);
    assert.equal(
      lintCase('include-not-found', { name: 'include', path, code: '[!INCLUDE[a](old-name.md)]\n', files: redirected }).length,
      1,
    );
  });

  it('a redirection file over the size limit is not read', () => {
    const oversized =
      redirections([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]) +
      ' '.repeat(MAX_REDIRECTION_FILE_SIZE);
    const findings = lintCase('link-redirected', {
      name: 'oversized',
      path,
      code: '[a](old-name.md)\n',
      files: { ...base, '/ws/.openpublishing.redirection.json': oversized },
    });
    assert.deepEqual(findings, []);
  });

  it('a redirection file reached through a symlink out of the workspace is not read', () => {
    const fs = new MemoryFileSystem({
      ...base,
      '/outside/redirection.json': redirections([{ source_path: 'excel/old-name.md', redirect_url: '/office/vba/excel/new-name' }]),
    });
    fs.symlink('/ws/.openpublishing.redirection.json', '/outside/redirection.json');
    const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY });
    const rules = linter.lintText(path, '[a](old-name.md)\n').findings.map((finding) => finding.ruleId);
    assert.ok(!rules.includes('link-redirected'));
    assert.ok(rules.includes('link-file-not-found'));
  });
});
