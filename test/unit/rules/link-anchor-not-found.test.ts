import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintCase, testRule } from '../../helpers/rule-tester.js';

const files = {
  '/ws/docs/target.md':
    '# Target\n\n## Set up the app\n\n## Set up the app\n\n<a name="legacy"></a>\n\n# [Windows](#tab/windows)\n\n[!INCLUDE [more](includes/more.md)]\n',
  '/ws/docs/includes/more.md': '## From the include\n\n[back](#article-only)\n',
  '/ws/docs/includes/other.md': '[x](#nowhere)\n',
  '/ws/docs/host.md': '# Host\n\n## Article only\n\n[!INCLUDE [more](includes/more.md)]\n',
};

const site = {
  '/ws/power-platform/docfx.json': JSON.stringify({
    build: { globalMetadata: { breadcrumb_path: '/power-platform/breadcrumb/toc.json' } },
  }),
  '/ws/power-platform/guidance/roles.md': '# Roles\n\n## Team lead\n',
};
const sitePath = '/ws/power-platform/guidance/article.md';

testRule('link-anchor-not-found', {
  valid: [
    { name: 'same-file heading', code: '# Title\n\n## Next steps\n\n[n](#next-steps)\n', files },
    {
      name: 'numbered repeats, explicit and tab anchors, included headings',
      code: '[a](target.md#set-up-the-app-1) [b](target.md#legacy) [c](target.md#tab/windows) [d](target.md#from-the-include)\n',
      files,
    },
    {
      name: 'anchors compare without case and decode escapes',
      code: '[a](target.md#Set-Up-The-App) [b](target.md#set%2Dup-the-app)\n',
      files,
    },
    {
      name: 'a same-page link in an include points into the articles including it',
      path: '/ws/docs/includes/more.md',
      code: '## From the include\n\n[back](#article-only)\n',
      files,
    },
    { name: 'missing files are not anchor problems', code: '[a](gone.md#x)\n', files },
    {
      name: 'a site-relative link into this repository with a real anchor',
      path: sitePath,
      code: '[a](/power-platform/guidance/roles#team-lead)\n',
      files: site,
    },
    {
      name: 'a site path another repository publishes is not checked',
      path: sitePath,
      code: '[a](/azure/overview#anything)\n',
      files: site,
    },
  ],
  invalid: [
    {
      name: 'a heading that does not exist in another file, with a suggestion',
      code: '[a](target.md#set-up-the-ap)\n',
      files,
      errors: [{ line: 1, column: 14, endColumn: 28, message: '"#set-up-the-ap" in target.md. Did you mean "#set-up-the-app"?' }],
      output: '[a](target.md#set-up-the-app)\n',
    },
    {
      name: 'a site-relative link into this repository: its anchor is checked in the page it names',
      path: sitePath,
      code: '[a](/power-platform/guidance/roles#team-leed)\n',
      files: site,
      errors: [{ line: 1, column: 35, message: 'Did you mean "#team-lead"?' }],
      output: '[a](/power-platform/guidance/roles#team-lead)\n',
    },
    { name: 'same file', code: '# Title\n\n[n](#next-steps)\n', files, errors: [{ line: 3, column: 5, message: 'in this file' }] },
    {
      name: 'an include nobody includes has no page to point into',
      path: '/ws/docs/includes/other.md',
      code: '[x](#nowhere)\n',
      files,
      errors: [{ line: 1 }],
    },
  ],
});

describe('link-anchor-not-found suggestions', () => {
  // Seen on the power-platform slice: a budget of one edit per four characters offered another section.
  it('offers no other section of a long heading id', () => {
    const code = '# Wiki\n\n## Update the PowerShell script variables\n\n[hub](#get-started-with-the-power-platform-hub-template)\n';
    const messages = lintCase('link-anchor-not-found', { name: 'long id', code }).map((finding) => finding.message);
    assert.deepEqual(messages, ['No heading or anchor "#get-started-with-the-power-platform-hub-template" in this file.']);
  });
});
