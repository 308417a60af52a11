// The per-article facts a repository report charts (ms.date's age), handed on with each checked
// file's findings: only for Learn articles, read as the fm-* rules read ms.date, stale by the
// file's own maxAgeDays, and unchanged by a safe fix that rewrites the date's format.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { processFile } from '../../../server/src/parallel/process-file.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

function withDate(date: string | undefined, extra = ''): string {
  return `---\ntitle: A title long enough for the rules\n${date === undefined ? '' : `ms.date: ${date}\n`}ms.topic: article\n${extra}---\n\n# A title\n`;
}

function articleOf(files: Record<string, string>, path: string) {
  const fs = new MemoryFileSystem({ '/ws/.git/HEAD': 'ref: refs/heads/main\n', ...files });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY, mode: 'repository' });
  return processFile(linter, fs, path, false).article;
}

describe('article facts', () => {
  it("ages ms.date in days from the run's today, stale past maxAgeDays (365 by default)", () => {
    // TEST_TODAY is 11/22/2026.
    assert.deepEqual(articleOf({ '/ws/a.md': withDate('11/22/2025') }, '/ws/a.md'), { msDate: { kind: 'dated', days: 365, stale: false } });
    assert.deepEqual(articleOf({ '/ws/a.md': withDate('11/21/2025') }, '/ws/a.md'), { msDate: { kind: 'dated', days: 366, stale: true } });
    assert.deepEqual(articleOf({ '/ws/a.md': withDate('12/01/2026') }, '/ws/a.md'), { msDate: { kind: 'dated', days: -9, stale: false } });
    // An ISO date still names a day (fm-date-format asks for Learn's format).
    assert.deepEqual(articleOf({ '/ws/a.md': withDate('2026-11-02') }, '/ws/a.md'), { msDate: { kind: 'dated', days: 20, stale: false } });
  });

  it("uses the maxAgeDays of the file's configuration", () => {
    const files = { '/ws/.guidancelint.json': '{"frontMatter":{"maxAgeDays":10}}', '/ws/a.md': withDate('11/02/2026') };
    assert.deepEqual(articleOf(files, '/ws/a.md'), { msDate: { kind: 'dated', days: 20, stale: true } });
  });

  it('tells a missing ms.date from one that names no day, and reads the first ms.date as the rules do', () => {
    assert.deepEqual(articleOf({ '/ws/a.md': withDate(undefined) }, '/ws/a.md'), { msDate: { kind: 'missing' } });
    assert.deepEqual(articleOf({ '/ws/a.md': withDate("''") }, '/ws/a.md'), { msDate: { kind: 'missing' } });
    assert.deepEqual(articleOf({ '/ws/a.md': '# No front matter\n' }, '/ws/a.md'), { msDate: { kind: 'missing' } });
    assert.deepEqual(articleOf({ '/ws/a.md': withDate('02/30/2026') }, '/ws/a.md'), { msDate: { kind: 'unreadable' } });
    assert.deepEqual(articleOf({ '/ws/a.md': withDate('next week') }, '/ws/a.md'), { msDate: { kind: 'unreadable' } });
    assert.deepEqual(articleOf({ '/ws/a.md': withDate('11/12/2026', 'ms.date: 01/01/2000\n') }, '/ws/a.md'), {
      msDate: { kind: 'dated', days: 10, stale: false },
    });
  });

  it('is left out for include files and tables of contents, which are not articles', () => {
    assert.equal(articleOf({ '/ws/includes/note.md': withDate('11/22/2025') }, '/ws/includes/note.md'), undefined);
    assert.equal(
      articleOf({ '/ws/note.md': withDate('11/22/2025').replace('ms.topic: article', 'ms.topic: include') }, '/ws/note.md'),
      undefined,
    );
    assert.equal(articleOf({ '/ws/TOC.md': '# [Home](index.md)\n' }, '/ws/TOC.md'), undefined);
  });

  it("still holds after --fix rewrites ms.date in Learn's format", () => {
    const fs = new MemoryFileSystem({ '/ws/.git/HEAD': 'ref: refs/heads/main\n', '/ws/a.md': withDate('2026-11-02') });
    const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY, mode: 'repository' });
    const processed = processFile(linter, fs, '/ws/a.md', true);
    assert.ok(processed.fixed.includes('fm-date-format'));
    assert.match(new TextDecoder().decode(fs.readFile('/ws/a.md')), /ms\.date: 11\/02\/2026/);
    assert.deepEqual(processed.article, { msDate: { kind: 'dated', days: 20, stale: false } });
  });
});
