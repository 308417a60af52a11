// Redirection files are checked in a CLI run like articles, by the redirect-* rules only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../../server/src/cli/run.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

const ARTICLE =
  '---\ntitle: Plan your Power Platform adoption\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Plan your Power Platform adoption\n';
const REDIRECTS = '{\n  "redirections": [\n    { "source_path": "docs/a.md", "redirect_url": "/docs/b" }\n  ]\n}\n';

describe('redirection files', () => {
  it('are found by a CLI run over a folder and reported at the entry', async () => {
    let stdout = '';
    const code = await runCli(['--format', 'json'], {
      stdout: (text) => (stdout += text),
      stderr: () => {},
      cwd: '/repo',
      fs: new MemoryFileSystem({
        '/repo/.git/HEAD': 'ref: refs/heads/main\n',
        '/repo/docs/a.md': ARTICLE,
        '/repo/.openpublishing.redirection.json': REDIRECTS,
      }),
      env: {},
      stdoutIsTTY: false,
      today: TEST_TODAY,
    });
    assert.equal(code, 0);
    const findings = JSON.parse(stdout) as Array<{ file: string; ruleId: string; line: number; column: number }>;
    assert.deepEqual(
      findings.map(({ file, ruleId, line, column }) => ({ file, ruleId, line, column })),
      [{ file: '.openpublishing.redirection.json', ruleId: 'redirect-source-exists', line: 3, column: 22 }],
    );
  });

  it('get no Markdown rule, and other JSON files are not checked', () => {
    const fs = new MemoryFileSystem({ '/ws/.openpublishing.redirection.json': '{ "redirections": [] }\n# Not a heading\n' });
    const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY });
    assert.deepEqual(linter.lintFile('/ws/.openpublishing.redirection.json').findings, []);
  });
});
