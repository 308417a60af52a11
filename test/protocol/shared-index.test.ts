// The built CLI builds the workspace index once and hands it to its workers with each file's bytes:
// the findings, cross-file ones included, must be those of a run checked in one thread whose index
// builds itself as the checks ask (runCli in process), in the same order; and so must a lone worker's,
// which builds its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/run.js';
import { NodeFileSystem, toPosixPath } from '../../server/src/engine/fs/file-system.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** More than 32 files per worker, so that two start and share the index. */
const ARTICLES = 80;
const TODAY = new Date('2026-11-20T00:00:00Z');

type JsonFinding = { file: string; ruleId: string; message: string; line: number };

function builtCli(folder: string, args: string[]): JsonFinding[] {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.mjs'), folder, '-f', 'json', ...args], {
    encoding: 'utf8',
    cwd: folder,
    env: { ...process.env, CI: 'true' },
  });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return JSON.parse(result.stdout) as JsonFinding[];
}

async function inProcess(folder: string): Promise<JsonFinding[]> {
  let stdout = '';
  const code = await runCli([folder, '-f', 'json'], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    cwd: toPosixPath(folder),
    fs: new NodeFileSystem(),
    env: { CI: 'true' },
    stdoutIsTTY: false,
    today: TODAY,
  });
  assert.ok(code === 0 || code === 1);
  return JSON.parse(stdout) as JsonFinding[];
}

/** Articles that link to each other's headings, a missing file, an anchor from an include, and a shared title. */
function writeDocset(folder: string): void {
  mkdirSync(join(folder, '.git'));
  mkdirSync(join(folder, 'docs/includes'), { recursive: true });
  writeFileSync(join(folder, 'docs/includes/used.md'), '## Included heading\n');
  writeFileSync(join(folder, 'docs/includes/unused.md'), 'Nobody includes this.\n');
  writeFileSync(join(folder, 'docs/toc.yml'), '- name: First\n  href: a0.md\n');
  for (let index = 0; index < ARTICLES; index++) {
    const next = (index + 1) % ARTICLES;
    writeFileSync(
      join(folder, `docs/a${index}.md`),
      [
        '---',
        `title: ${index % 10 === 0 ? 'A title shared by a few' : `Article ${index}`}`,
        `description: The article numbered ${index} in a test of the shared index.`,
        'ms.date: 11/15/2026',
        '---',
        `# Article ${index}`,
        '',
        `## Section ${index}`,
        '',
        `[next](a${next}.md#section-${next}) [broken anchor](a${next}.md#no-such-heading) [missing](gone${index}.md)`,
        '[included](#included-heading)',
        '',
        '[!INCLUDE [used](includes/used.md)]',
        '',
      ].join('\n'),
    );
  }
}

describe('guidance-lint with a shared index', () => {
  it('finds in workers exactly what one thread finds, cross-file findings included', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'guidance-lint-shared-index-'));
    try {
      writeDocset(folder);
      // The built CLI takes today from the clock: keep dates out of what is compared.
      const comparable = (findings: JsonFinding[]) => findings.filter((finding) => !finding.ruleId.startsWith('fm-date'));
      const expected = comparable(await inProcess(folder));
      assert.deepEqual(comparable(builtCli(folder, ['--jobs', '2'])), expected);
      assert.deepEqual(comparable(builtCli(folder, ['--jobs', '1'])), expected);
      const rules = new Set(expected.map((finding) => finding.ruleId));
      for (const crossFile of [
        'link-anchor-not-found',
        'link-file-not-found',
        'include-unused',
        'docset-duplicate-title',
        'toc-unreachable',
      ])
        assert.ok(rules.has(crossFile), `${crossFile} in ${[...rules].join(', ')}`);
      assert.ok(!expected.some((finding) => finding.message.includes('included-heading')), 'an anchor from an include is found');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
