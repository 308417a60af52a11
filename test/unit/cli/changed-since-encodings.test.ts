// --changed-since finds linkers through git's search for the changed files' names (filesMentioning).
// A link may write a name differently from the file's: another letter case, a percent-encoded or
// backslash-escaped character, a character reference, all of which the build (and the index) decode.
// The search must still name every such linker. A repository built in a temporary folder, as the
// other --changed-since tests do.
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { filesMentioning } from '../../../server/src/cli/git-changes.js';
import { NodeFileSystem, toPosixPath } from '../../../server/src/engine/fs/file-system.js';
import { runCliCollecting } from '../../helpers/run-cli.js';
import { gitIn, writeUnder } from '../../helpers/scratch-git.js';

const article = (title: string, body: string) =>
  `---\ntitle: ${title} for the whole team\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n\n# ${title}\n\n${body}`;

/** How each linker writes the name of a target: every one of them links to it. */
const WRITINGS: Record<string, string> = {
  'docs/case.md': 'See [it](MY_Guide-2.md).',
  'docs/escaped.md': 'See [it](my\\_guide\\-2.md).',
  'docs/percent-punctuation.md': 'See [it](my%5Fguide%2D2.md).',
  'docs/percent-letter.md': 'See [it](%6Dy_gu%69de-2.md).',
  'docs/decimal-reference.md': 'See [it](my&#95;guide-2.md).',
  'docs/hex-reference.md': 'See <a href="my&#X5f;GUIDE&#x2d;2.md">it</a>.',
  'docs/no-extension.md': 'See [it](my_guide-2).',
  // The Kelvin sign: JavaScript lower-cases it to `k`, so the index reads this as a link to kit.md.
  'docs/kelvin.md': 'See [it](\u212Ait.md).',
};
const TARGETS = ['docs/my_guide-2.md', 'docs/kit.md'];

let root: string;

const git = (...args: string[]): void => gitIn(root, ...args);
const write = (path: string, text: string): void => writeUnder(root, path, text);

describe('--changed-since: linkers that write a name differently', () => {
  before(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'guidance-lint-encoded-')));
    write('.guidancelint.json', JSON.stringify({ root: true }));
    for (const target of TARGETS) write(target, article(target, 'Text.\n'));
    write('docs/unrelated.md', article('Unrelated', 'See [another](other-guide.md) and [text](my\\_notes.md).\n'));
    write('docs/other-guide.md', article('Other', 'Text.\n'));
    write('docs/my_notes.md', article('Notes', 'Text.\n'));
    for (const [path, body] of Object.entries(WRITINGS)) write(path, article('Linker', `${body}\n`));
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it("git's search names every linker, however it writes the name, and not a file that only writes other names", async () => {
    const found = await filesMentioning(
      toPosixPath(root),
      TARGETS.map((target) => toPosixPath(join(root, target))),
    );
    assert.notEqual(found, 'all');
    const relative = (found as string[]).map((path) => path.slice(toPosixPath(root).length + 1)).sort();
    for (const linker of Object.keys(WRITINGS)) assert.ok(relative.includes(linker), `${linker} in ${relative.join(', ')}`);
    assert.ok(!relative.includes('docs/other-guide.md'));
  });

  it('a deleted file: every linker is checked and reports the broken link', async () => {
    for (const target of TARGETS) unlinkSync(join(root, target));
    const result = await runCliCollecting(
      ['--format', 'json', '--rule', 'toc-unreachable=off', '--changed-since', 'HEAD'],
      new NodeFileSystem(),
      { cwd: toPosixPath(root) },
    );
    const findings = (JSON.parse(result.stdout || '[]') as Array<{ file: string; ruleId: string }>)
      .filter((finding) => finding.ruleId === 'link-file-not-found')
      .map((finding) => finding.file)
      .sort();
    assert.deepEqual(findings, Object.keys(WRITINGS).sort());
  });
});
