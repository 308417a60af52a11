import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCliCollecting } from '../../helpers/run-cli.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';

const FRONT_MATTER =
  '---\r\ntitle: Plan your Power Platform adoption\r\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\r\nauthor: writer\r\nms.author: writer\r\nms.date: 11/01/2026\r\nms.topic: conceptual\r\n---\r\n\r\n# Plan your Power Platform adoption\r\n\r\n';

const run = (fs: MemoryFileSystem, args: string[]) => runCliCollecting(args, fs, { cwd: '/repo' });

function read(fs: MemoryFileSystem, path: string): Uint8Array {
  return fs.readFile(path)!;
}

describe('--fix', () => {
  const body = '> [!tip]\r\n> Start small.\r\n\r\nMore text.\r\n';
  const original = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(FRONT_MATTER + body)]);

  it('applies safe fixes, keeps the BOM and CRLF, and changes only the lines with fixable findings', async () => {
    const fs = new MemoryFileSystem({ '/repo/.git/HEAD': '', '/repo/docs/a.md': original });
    const result = await run(fs, ['--fix']);
    const fixed = read(fs, '/repo/docs/a.md');
    assert.deepEqual([...fixed.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    const text = new TextDecoder().decode(fixed.subarray(3));
    const before = (FRONT_MATTER + body).split('\r\n');
    const after = text.split('\r\n');
    assert.equal(after.length, before.length, 'same number of CRLF lines');
    const changed = before.map((line, index) => (line === after[index] ? undefined : `${line} → ${after[index]}`)).filter(Boolean);
    assert.deepEqual(changed, ['ms.topic: conceptual → ms.topic: concept-article', '> [!tip] → > [!TIP]']);
    assert.match(result.stderr, /fixed docs\/a\.md: /);
    assert.match(result.stderr, /applied 2 fixes in 1 file\./);
    assert.doesNotMatch(result.stdout, /md-alert-case|fm-topic-value/, 'fixed findings are no longer reported');
  });

  it('is idempotent: a second --fix changes nothing', async () => {
    const fs = new MemoryFileSystem({ '/repo/.git/HEAD': '', '/repo/docs/a.md': original });
    await run(fs, ['--fix']);
    const once = read(fs, '/repo/docs/a.md');
    const second = await run(fs, ['--fix']);
    assert.deepEqual(read(fs, '/repo/docs/a.md'), once);
    assert.doesNotMatch(second.stderr, /fixed/);
  });

  it('keeps UTF-16 files UTF-16', async () => {
    const text = FRONT_MATTER.replace(/\r\n/g, '\n') + '> [!note]\n> Body.\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) {
      utf16[2 + index * 2] = text.charCodeAt(index) & 0xff;
      utf16[3 + index * 2] = text.charCodeAt(index) >> 8;
    }
    const fs = new MemoryFileSystem({ '/repo/.git/HEAD': '', '/repo/u.md': utf16 });
    await run(fs, ['--fix']);
    const fixed = read(fs, '/repo/u.md');
    assert.deepEqual([...fixed.subarray(0, 2)], [0xff, 0xfe]);
    assert.match(new TextDecoder('utf-16le').decode(fixed.subarray(2)), /> \[!NOTE\]\n/);
  });

  it('leaves a file untouched and says so when the write fails', async () => {
    const fs = new MemoryFileSystem({ '/repo/.git/HEAD': '', '/repo/docs/a.md': original });
    fs.writeFile = () => {
      throw new Error('disk full');
    };
    const result = await run(fs, ['--fix']);
    assert.deepEqual(read(fs, '/repo/docs/a.md'), original);
    assert.match(result.stderr, /could not write fixes to docs\/a\.md \(left unchanged\): disk full/);
    assert.match(result.stdout, /md-alert-case/, 'the findings are still reported');
  });
});

describe('--cache', () => {
  const article = (heading: string) => FRONT_MATTER.replace(/\r\n/g, '\n').replace('conceptual', 'article') + `## ${heading}\n\nText.\n`;
  // Its own title and H1: two articles sharing them would be docset-duplicate-title and -h1 findings.
  const ownTitle = (text: string) => text.replaceAll('Plan your Power Platform adoption', 'Link to the Power Platform setup');
  const linking = ownTitle(FRONT_MATTER.replace(/\r\n/g, '\n').replace('conceptual', 'article')) + 'See [setup](target.md#setup).\n';

  it('reuses results, and re-checks a file when a file it links to changes', async () => {
    const fs = new MemoryFileSystem({ '/repo/.git/HEAD': '', '/repo/target.md': article('Setup'), '/repo/source.md': linking });
    const first = await run(fs, ['--cache', '-f', 'json']);
    assert.equal(JSON.parse(first.stdout).length, 0);
    assert.ok(fs.readFile('/repo/.guidancelint-cache/results.json'), 'cache written');

    const warm = await run(fs, ['--cache', '-f', 'json']);
    assert.equal(warm.stdout, first.stdout);

    fs.writeFile('/repo/target.md', article('Install'));
    const afterEdit = await run(fs, ['--cache', '-f', 'json']);
    const findings = JSON.parse(afterEdit.stdout) as Array<{ file: string; ruleId: string }>;
    assert.deepEqual(
      findings.map((finding) => `${finding.file} ${finding.ruleId}`),
      ['source.md link-anchor-not-found'],
    );
  });

  it('does not read a file again whose size and modification time are unchanged; a changed one is read and re-checked', async () => {
    const fs = new MemoryFileSystem({ '/repo/.git/HEAD': '', '/repo/target.md': article('Setup'), '/repo/source.md': linking });
    const first = await run(fs, ['--cache', '-f', 'json']);
    const reads: string[] = [];
    const readBoundedFile = fs.readBoundedFile.bind(fs);
    fs.readBoundedFile = (path, maxBytes) => {
      reads.push(path);
      return readBoundedFile(path, maxBytes);
    };
    const warm = await run(fs, ['--cache', '-f', 'json']);
    assert.equal(warm.stdout, first.stdout);
    assert.deepEqual(
      reads.filter((path) => path.endsWith('.md')),
      [],
      'no article read',
    );

    // Same size, new content: the modification time tells.
    fs.writeFile('/repo/target.md', article('Setuq'));
    reads.length = 0;
    const afterEdit = await run(fs, ['--cache', '-f', 'json']);
    assert.ok(reads.includes('/repo/target.md'));
    assert.deepEqual(
      (JSON.parse(afterEdit.stdout) as Array<{ file: string; ruleId: string }>).map((finding) => `${finding.file} ${finding.ruleId}`),
      ['source.md link-anchor-not-found'],
    );
  });

  it('re-checks every file when a redirection file changes', async () => {
    const redirect = (url: string): string => JSON.stringify({ redirections: [{ source_path: 'old.md', redirect_url: url }] });
    const fs = new MemoryFileSystem({
      '/repo/.git/HEAD': '',
      '/repo/target.md': article('Setup'),
      '/repo/source.md': ownTitle(FRONT_MATTER.replace(/\r\n/g, '\n').replace('conceptual', 'article')) + '[Old](old.md)\n',
      '/repo/.openpublishing.redirection.json': redirect('target'),
    });
    const rules = async (): Promise<string[]> =>
      (JSON.parse((await run(fs, ['--cache', '-f', 'json'])).stdout) as Array<{ ruleId: string }>).map((finding) => finding.ruleId);
    assert.deepEqual(await rules(), ['link-redirected']);
    fs.writeFile('/repo/.openpublishing.redirection.json', '{ "redirections": [');
    assert.deepEqual(await rules(), ['link-file-not-found']);
  });

  it('ignores a damaged cache file in its tagged folder', async () => {
    const fs = new MemoryFileSystem({
      '/repo/.git/HEAD': '',
      '/repo/source.md': '# No front matter\n',
      '/repo/.guidancelint-cache/CACHEDIR.TAG': 'Signature: 8a477f597d28d172789f06886806bc55\n',
      '/repo/.guidancelint-cache/results.json': '{ not json',
    });
    const result = await run(fs, ['--cache', '-f', 'json']);
    assert.equal(result.code, 1);
    assert.equal(JSON.parse(result.stdout)[0].ruleId, 'fm-missing');
  });
});
