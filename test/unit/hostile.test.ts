// The generated hostile workspace (test/fuzz/hostile-workspace.ts) checked by the CLI in process,
// over a MemoryFileSystem that records every read: each hostile file gets its finding or passes
// cleanly, nothing fails inside a rule, and the file outside the workspace is never read.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/run.js';
import { decodeText } from '../../server/src/engine/parse/text.js';
import { MemoryFileSystem, joinPath, resolvePath, type BoundedRead } from '../../server/src/engine/fs/file-system.js';
import { CACHE_VICTIM, hostileWorkspace, INCLUDE_CHAIN_LENGTH, OUTSIDE_MARKER } from '../fuzz/hostile-workspace.js';
import { TEST_TODAY } from '../helpers/rule-tester.js';

const ROOT = '/ws';
const OUTSIDE = '/outside';
/** The full 100,000-row table is the CLI test's (it takes the parser seconds); here a shorter one. */
const TABLE_ROWS = 3_000;

/** Records the real path of every file read, so a test can prove a file was never opened. */
class RecordingFileSystem extends MemoryFileSystem {
  readonly reads: string[] = [];

  override readBoundedFile(path: string, maxBytes: number): BoundedRead {
    this.reads.push(this.realPath(path) ?? resolvePath(path));
    return super.readBoundedFile(path, maxBytes);
  }
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  message: string;
}

function buildWorkspace(): { fs: RecordingFileSystem; longPath: string } {
  const workspace = hostileWorkspace(ROOT.length, TABLE_ROWS);
  const fs = new RecordingFileSystem();
  for (const [path, content] of workspace.files) fs.writeFile(joinPath(ROOT, path), content);
  for (const [path, content] of workspace.outsideFiles) fs.writeFile(joinPath(OUTSIDE, path), content);
  for (const [path, target] of workspace.symlinks)
    fs.symlink(joinPath(ROOT, path), target.startsWith('outside:') ? joinPath(OUTSIDE, target.slice('outside:'.length)) : target);
  fs.special('/dev/zero', 'device');
  for (const [path, kind] of workspace.specials) {
    if (kind === 'fifo') fs.special(joinPath(ROOT, path), 'fifo');
    else fs.symlink(joinPath(ROOT, path), '/dev/zero');
  }
  return { fs, longPath: workspace.longPath };
}

async function runOn(fs: MemoryFileSystem, args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: ROOT,
    fs,
    env: {},
    stdoutIsTTY: false,
    today: TEST_TODAY,
  });
  return { code, stdout, stderr, ms: performance.now() - started };
}

describe('hostile workspace, checked by the CLI in process', () => {
  let fs: RecordingFileSystem;
  let longPath: string;
  let run: Awaited<ReturnType<typeof runOn>>;
  let findings: JsonFinding[];
  const of = (file: string) => findings.filter((finding) => finding.file === file);
  const ruleIds = (file: string) => [...new Set(of(file).map((finding) => finding.ruleId))].sort();

  before(async () => {
    ({ fs, longPath } = buildWorkspace());
    run = await runOn(fs, ['.', '-f', 'json']);
    findings = JSON.parse(run.stdout) as JsonFinding[];
  });

  it('exits 1 (there are errors) without any rule failing', () => {
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      findings.filter((finding) => finding.ruleId === 'internal-error'),
      [],
    );
  });

  it('skips binary content and early NUL bytes with file-not-text', () => {
    assert.deepEqual(ruleIds('docs/binary.md'), ['file-not-text']);
    assert.deepEqual(ruleIds('docs/nul.md'), ['file-not-text']);
    // A NUL beyond the sniffed start decodes as text: checked, the link after it located.
    assert.deepEqual(
      of('docs/nul-late.md').map((finding) => [finding.ruleId, finding.line]),
      [['link-file-not-found', 14]],
    );
  });

  it('checks only the front matter of files over the size limit or nested 5,000 deep, and says so', () => {
    assert.deepEqual(ruleIds('docs/oversize.md'), ['file-too-large', 'fm-required', 'fm-title-length']);
    for (const file of ['docs/deep-quote.md', 'docs/deep-list.md', 'docs/deep-brackets.md'])
      assert.deepEqual(ruleIds(file), ['file-too-deep'], file);
  });

  it('checks a long generated table fully, with nothing to report', () => {
    assert.deepEqual(of('docs/table.md'), []);
  });

  it('decodes UTF-8 with BOM, UTF-16 LE and BE, CRLF and lone CRs, and locates findings in them', () => {
    for (const file of ['docs/bom.md', 'docs/utf16le.md', 'docs/utf16be.md', 'docs/crlf.md']) {
      assert.deepEqual(
        of(file).map((finding) => [finding.ruleId, finding.line, finding.column]),
        [['md-alert-case', 12, 5]],
        file,
      );
    }
    assert.deepEqual(
      of('docs/mixed-eol.md').map((finding) => [finding.ruleId, finding.line, finding.column]),
      [['md-alert-case', 16, 5]],
    );
    // UTF-32 was read as UTF-16; front matter with lone CRs was not recognised (fm-missing).
    for (const file of ['docs/utf32le.md', 'docs/cr-only.md'])
      assert.deepEqual(
        of(file).map((finding) => [finding.ruleId, finding.line, finding.column]),
        [['md-alert-case', 12, 5]],
        file,
      );
    assert.deepEqual(
      of('docs/latin1.md').map((finding) => [finding.ruleId, finding.line]),
      [
        ['style-mojibake', 12],
        ['md-alert-case', 14],
      ],
    );
  });

  it('reports an unclosed front matter and survives a YAML alias bomb', () => {
    assert.ok(
      of('docs/unclosed-front-matter.md').some((finding) => finding.ruleId === 'fm-yaml-syntax' && /not closed/.test(finding.message)),
    );
    assert.ok(of('docs/alias-bomb.md').length > 0);
  });

  it('reports %00 and malformed escapes in links as findings', () => {
    const escapes = of('docs/escapes.md');
    assert.equal(escapes.filter((finding) => /malformed %-escape/.test(finding.message)).length, 5);
    assert.ok(escapes.some((finding) => finding.ruleId === 'link-outside-workspace' && finding.message.includes('%2e%2e')));
    assert.ok(escapes.some((finding) => finding.ruleId === 'include-not-found' && finding.message.includes('%00')));
  });

  it('follows a chain of 100 includes without reporting a cycle, and reports the self-include and A → B → C → A with their chains', () => {
    assert.deepEqual(of('docs/chain.md'), []);
    assert.equal(
      findings.filter((finding) => /^docs\/includes\/chain-/.test(finding.file) && finding.ruleId === 'include-nested').length,
      INCLUDE_CHAIN_LENGTH - 1,
    );
    assert.deepEqual(
      findings.filter((finding) => finding.ruleId === 'include-cycle').map((finding) => [finding.file, finding.message]),
      [
        ['docs/includes/cycle-a.md', 'Include cycle: cycle-a.md → cycle-b.md → cycle-c.md → cycle-a.md.'],
        ['docs/includes/cycle-b.md', 'Include cycle: cycle-b.md → cycle-c.md → cycle-a.md → cycle-b.md.'],
        ['docs/includes/cycle-c.md', 'Include cycle: cycle-c.md → cycle-a.md → cycle-b.md → cycle-c.md.'],
        ['docs/includes/self.md', 'Include cycle: self.md → self.md.'],
      ],
    );
  });

  it('checks a file at the end of a path near PATH_MAX', () => {
    assert.ok(longPath.length > 3900);
    assert.deepEqual(ruleIds(longPath), ['fm-missing']);
  });

  it('walks a directory symlink loop once and skips links that point at each other', () => {
    assert.deepEqual(
      findings.filter((finding) => /\/(loop|up)\//.test(finding.file)),
      [],
    );
    assert.deepEqual(of('docs/ping.md'), []);
  });

  it('skips a .gitignore that is a FIFO and one linked to /dev/zero, and says so', () => {
    assert.match(
      run.stderr,
      /skipped \/ws\/\.gitignore: its ignore rules were not applied: it is a named pipe \(FIFO\), not a regular file/,
    );
    assert.match(run.stderr, /skipped \/ws\/docs\/\.gitignore: its ignore rules were not applied: it is a device, not a regular file/);
  });

  it('never reads the file outside the workspace, reports nothing from it, and says it was skipped', () => {
    assert.deepEqual(
      fs.reads.filter((path) => path.startsWith(OUTSIDE + '/')),
      [],
    );
    assert.ok(!run.stdout.includes(OUTSIDE_MARKER));
    assert.deepEqual(
      findings.filter((finding) => finding.file.startsWith('docs/secret-link') || finding.file.startsWith('docs/outside-folder')),
      [],
    );
    assert.match(run.stderr, /skipped \/ws\/docs\/secret-link\.md: it is a link to a file outside the workspace/);
    // Both links are broken for the build and on GitHub, which follow no link out of the repository.
    assert.deepEqual(
      of('docs/reaches-outside.md').map((finding) => finding.ruleId),
      ['include-not-found', 'link-file-not-found', 'link-file-not-found'],
    );
  });

  it('refuses --cache through the committed results.json symlink, and never reads or writes its target', async () => {
    const { fs: cached } = buildWorkspace();
    const result = await runOn(cached, ['docs/sub', '--cache']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--cache: the cache file \/ws\/\.guidancelint-cache\/results\.json is a symbolic link/);
    assert.equal(new TextDecoder().decode(cached.readFile(joinPath(OUTSIDE, CACHE_VICTIM.path))), CACHE_VICTIM.content);
    assert.deepEqual(
      cached.reads.filter((path) => path.startsWith(OUTSIDE + '/')),
      [joinPath(OUTSIDE, CACHE_VICTIM.path)],
      'read only by this test',
    );
  });

  it('--fix twice equals once, keeps every encoding and BOM, and leaves unfixable files byte for byte', async () => {
    const { fs: fixed } = buildWorkspace();
    const untouched = [
      'docs/binary.md',
      'docs/nul.md',
      'docs/oversize.md',
      'docs/deep-quote.md',
      'docs/alias-bomb.md',
      'docs/escapes.md',
      'docs/latin1.md',
      'docs/anchor-front-matter.md',
    ].map((file) => [file, fixed.readFile(joinPath(ROOT, file))!] as const);
    const first = await runOn(fixed, ['.', '-f', 'json', '--fix']);
    assert.match(first.stderr, /fixed docs\/utf16be\.md: md-alert-case/);
    const afterFirst = new Map([...fixed.reads].map((path) => [path, fixed.readFile(path)]));
    const second = await runOn(fixed, ['.', '-f', 'json', '--fix']);
    assert.doesNotMatch(second.stderr, /fixed /);
    for (const [path, bytes] of afterFirst) assert.deepEqual(fixed.readFile(path), bytes, `${path} unchanged by the second --fix`);
    for (const [file, bytes] of untouched) assert.deepEqual(fixed.readFile(joinPath(ROOT, file)), bytes, `${file} unchanged`);
    for (const [file, encoding] of [
      ['docs/bom.md', 'utf-8'],
      ['docs/utf16le.md', 'utf-16le'],
      ['docs/utf16be.md', 'utf-16be'],
      ['docs/utf32le.md', 'utf-32le'],
    ] as const) {
      const decoded = decodeText(fixed.readFile(joinPath(ROOT, file))!);
      assert.equal(decoded.kind, 'text', file);
      if (decoded.kind !== 'text') continue;
      assert.deepEqual([decoded.value.bom, decoded.value.encoding], [true, encoding], `${file} keeps its BOM and encoding`);
      assert.ok(decoded.value.text.includes('> [!TIP]\n> Decoded.'), `${file} fixed`);
    }
    assert.ok(new TextDecoder().decode(fixed.readFile(joinPath(ROOT, 'docs/crlf.md'))).includes('> [!TIP]\r\n> Decoded.\r\n'));
    assert.match(first.stderr, /could not write fixes to docs\/latin1\.md \(left unchanged\): it is not valid UTF-8/);
    const flow = new TextDecoder().decode(fixed.readFile(joinPath(ROOT, 'docs/flow-front-matter.md')));
    assert.match(flow, /^---\n\{title: .*, ms\.topic: article\}\n---\n/, 'only the retired key left the flow mapping');
    assert.deepEqual(
      fixed.reads.filter((path) => path.startsWith(OUTSIDE + '/')),
      [],
      '--fix never reads outside either',
    );
    assert.ok(
      new TextDecoder().decode(fixed.readFile(joinPath(OUTSIDE, 'secret.md'))).includes('> [!tip]'),
      'the file outside keeps its lower-case alert',
    );
  });
});
