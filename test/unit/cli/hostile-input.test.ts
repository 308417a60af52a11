// The CLI on a repository someone else prepared (in process, over memory): names and messages
// cannot inject terminal escapes or workflow commands, SARIF URIs keep odd names whole, a file that
// cannot be read fails the run, a config nested 20,000 deep is one configuration error, and
// plug-ins named by the repository's config do not run unless asked for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCliCollecting } from '../../helpers/run-cli.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';

const NO_FRONT_MATTER = '# Community blog\n\nText.\n';
/** Every character a human format must not print raw. */
const CONTROLS = ['\n', '\r', '\x1b', '\x07', '\x85', '\x9b', '\u202e', '\u2066', '\u2028'];

const run = (args: string[], fs: MemoryFileSystem) => runCliCollecting(args, fs, { cwd: '/repo' });

function repository(files: Record<string, string>): MemoryFileSystem {
  return new MemoryFileSystem({ '/repo/.git/HEAD': '', ...files });
}

describe('output injection', () => {
  const hostileName = '/repo/docs/x\n::error file=README.md,line=1::owned\x1b]0;title\x07\u202eevil.md';
  // link-file-not-found quotes the link target, escapes and all.
  const fs = () => repository({ [hostileName]: NO_FRONT_MATTER, '/repo/docs/quoted.md': '# A\n\n[x](<missing\x1b[31m\u202e.md>)\n' });

  it('stylish prints control characters in file names and messages as visible escapes', async () => {
    const result = await run([], fs());
    assert.equal(result.code, 1);
    for (const character of CONTROLS.filter((character) => character !== '\n'))
      assert.ok(!result.stdout.includes(character), `raw U+${character.charCodeAt(0).toString(16)}`);
    assert.ok(!/^::/m.test(result.stdout), 'no line starts a workflow command');
    assert.match(result.stdout, /docs\/x\\n::error file=README\.md,line=1::owned\\x1b\]0;title\\x07\\u202eevil\.md\n/);
    assert.match(
      result.stdout,
      /The link target "missing\\x1b\[31m\\u202e\.md" does not exist\./,
      'a message quoting the text shows its escapes',
    );
  });

  it('github: one workflow command per finding, its properties and message escaped by GitHub’s rules', async () => {
    const result = await run(['-f', 'github'], fs());
    const lines = result.stdout.trimEnd().split('\n');
    assert.ok(
      lines.every((line) =>
        /^::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]*::[^\n]*$/.test(line),
      ),
      lines.join('\n'),
    );
    for (const character of CONTROLS)
      assert.ok(
        lines.every((line) => !line.includes(character)),
        `raw U+${character.charCodeAt(0).toString(16)}`,
      );
    assert.ok(
      lines.some((line) => line.endsWith('::The link target "missing\\x1b[31m\\u202e.md" does not exist.')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) =>
        line.startsWith('::error file=docs/x\\n%3A%3Aerror file=README.md%2Cline=1%3A%3Aowned\\x1b]0;title\\x07\\u202eevil.md,'),
      ),
      lines.join('\n'),
    );
  });

  it('the --fix report on stderr escapes names too', async () => {
    const fs = repository({ '/repo/docs/a\x1b[2Jb.md': '> [!tip]\n> Text.\n' });
    fs.writeFile = () => {
      throw new Error('disk full');
    };
    const result = await run(['--fix'], fs);
    assert.ok(!result.stderr.includes('\x1b'), result.stderr);
    assert.match(result.stderr, /could not write fixes to docs\/a\\x1b\[2Jb\.md/);
  });
});

describe('SARIF artifact URIs', () => {
  it('percent-encode #, ? and a leading c: so the URI names the file', async () => {
    const names = ['docs/a#b.md', 'docs/what?.md', 'c:notes.md', 'docs/50% off.md'];
    const fs = repository(Object.fromEntries(names.map((name) => [`/repo/${name}`, NO_FRONT_MATTER])));
    const sarif = JSON.parse((await run(['-f', 'sarif'], fs)).stdout);
    const uris: string[] = [
      ...new Set<string>(
        sarif.runs[0].results.map(
          (result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
            result.locations[0]!.physicalLocation.artifactLocation.uri,
        ),
      ),
    ];
    assert.deepEqual(uris.sort(), ['c%3Anotes.md', 'docs/50%25%20off.md', 'docs/a%23b.md', 'docs/what%3F.md']);
    for (const uri of uris) {
      const resolved = new URL(uri, 'file:///repo/');
      assert.equal(resolved.hash + resolved.search, '');
      assert.ok(names.includes(decodeURIComponent(resolved.pathname.slice('/repo/'.length))), uri);
    }
  });
});

describe('files that cannot be read', () => {
  /** A file that is listed but whose read fails, as with permission denied. */
  class Unreadable extends MemoryFileSystem {
    override readFile(path: string): Uint8Array | undefined {
      return path.endsWith('/locked.md') ? undefined : super.readFile(path);
    }
  }

  it('are reported on stderr and the run exits 2, even with no finding anywhere', async () => {
    const fs = new Unreadable({ '/repo/.git/HEAD': '', '/repo/docs/locked.md': NO_FRONT_MATTER });
    const result = await run(['-f', 'json'], fs);
    assert.equal(result.code, 2);
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.match(result.stderr, /could not check docs\/locked\.md: it cannot be read/);
    assert.match(result.stderr, /1 file could not be read and was not checked\./);
  });
});

describe('a configuration nested 20,000 levels deep', () => {
  it('is one configuration error with exit 2, not a stack overflow', async () => {
    const depth = 20_000;
    const fs = repository({
      '/repo/.guidancelint.jsonc': `{"rules": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
      '/repo/a.md': NO_FRONT_MATTER,
    });
    const result = await run([], fs);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'guidance-lint: configuration error: /repo/.guidancelint.jsonc:1:266: nested more than 256 levels deep\n');
  });
});

describe('repository plug-ins', () => {
  const files = { '/repo/.guidancelint.jsonc': '{ "plugins": ["remark-lint-from-the-fork"] }', '/repo/a.md': NO_FRONT_MATTER };

  it('are not loaded without --allow-plugins: one notice, the run goes on', async () => {
    const result = await run(['-f', 'json'], repository(files));
    assert.equal(result.code, 1, result.stderr);
    assert.equal(JSON.parse(result.stdout)[0].ruleId, 'fm-missing');
    assert.equal(
      result.stderr,
      'guidance-lint: remark-lint plug-ins named by the configuration were not run: remark-lint-from-the-fork (.guidancelint.jsonc). They are code from the repository; pass --allow-plugins to run them.\n',
    );
  });

  it('are loaded with --allow-plugins (one that is not installed is then a configuration error)', async () => {
    const result = await run(['--allow-plugins'], repository(files));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /configuration error: .*remark-lint-from-the-fork/);
  });
});
