// Moving files: the links, images and includes that point at them follow, the moved files' own
// relative destinations are rewritten from their new folder, and a published article gets a
// redirection entry. Over an in-memory repository; the plan is applied here as the CLI applies it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../server/src/engine/fixes/apply.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { moveSourcesFor } from '../../../server/src/engine/refactor.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';
import { planMoves, type FileMove, type MoveOptions } from '../../../server/src/engine/workspace/moves.js';

const REPOSITORY: Record<string, string> = {
  '/ws/docs/plan.md':
    '# Plan\n\nSee [operate](operate.md#run-it), the [shared steps](../shared/steps.md) and ![chart](media/chart.png).\n\n[!INCLUDE [note](includes/note.md)]\n',
  '/ws/docs/operate.md':
    '# Operate\n\n## Run it\n\nBack to [the plan](plan.md#plan), [again](./plan), [from the root](~/docs/plan.md) and [on the site](/docs/plan).\n',
  '/ws/docs/includes/note.md': 'A note.\n',
  '/ws/docs/media/chart.png': '',
  '/ws/shared/steps.md': '# Steps\n\n[Plan](../docs/plan.md#plan).\n',
};

function plan(moves: FileMove[], files: Record<string, string> = REPOSITORY, options?: MoveOptions) {
  const fs = new MemoryFileSystem(files);
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], index });
  return planMoves(moveSourcesFor({ linter, index, fs, workspaceFolders: ['/ws'] }), moves, options);
}

function after(moves: FileMove[], files: Record<string, string> = REPOSITORY, options?: MoveOptions): Record<string, string> {
  const result = plan(moves, files, options);
  const texts: Record<string, string> = {};
  for (const [path, edits] of result.edits) texts[path] = applyEdits(files[path]!, edits);
  if (result.redirection) texts[result.redirection.path] = result.redirection.text;
  return texts;
}

describe('moving an article', () => {
  const moved = after([{ from: '/ws/docs/plan.md', to: '/ws/docs/guides/plan-rollout.md' }]);

  it('rewrites the links to it in the form they were written, keeping anchors', () => {
    assert.equal(
      moved['/ws/docs/operate.md'],
      '# Operate\n\n## Run it\n\nBack to [the plan](guides/plan-rollout.md#plan), [again](./guides/plan-rollout), [from the root](~/docs/guides/plan-rollout.md) and [on the site](/docs/plan).\n',
    );
    assert.equal(moved['/ws/shared/steps.md'], '# Steps\n\n[Plan](../docs/guides/plan-rollout.md#plan).\n');
  });

  it("rewrites the moved article's own relative links, images and includes from its new folder", () => {
    assert.equal(
      moved['/ws/docs/plan.md'],
      '# Plan\n\nSee [operate](../operate.md#run-it), the [shared steps](../../shared/steps.md) and ![chart](../media/chart.png).\n\n[!INCLUDE [note](../includes/note.md)]\n',
    );
  });

  it('adds a redirection entry that keeps the old URL working', () => {
    const result = plan([{ from: '/ws/docs/plan.md', to: '/ws/docs/guides/plan-rollout.md' }]);
    assert.equal(result.redirection?.path, '/ws/.openpublishing.redirection.json');
    assert.equal(result.redirection?.created, true);
    assert.deepEqual(JSON.parse(result.redirection!.text), {
      redirections: [{ source_path_from_root: '/docs/plan.md', redirect_url: 'guides/plan-rollout', redirect_document_id: true }],
    });
  });

  it('appends to the repository redirection file, keeping what is there', () => {
    const existing =
      '{\n  // moved last year\n  "redirections": [\n    { "source_path_from_root": "/docs/old.md", "redirect_url": "/docs/plan" }\n  ]\n}\n';
    const result = plan([{ from: '/ws/docs/plan.md', to: '/ws/docs/plan-rollout.md' }], {
      ...REPOSITORY,
      '/ws/.openpublishing.redirection.json': existing,
    });
    assert.equal(result.redirection?.created, false);
    assert.match(result.redirection!.text, /\/\/ moved last year/);
    assert.match(result.redirection!.text, /"source_path_from_root": "\/docs\/old.md"/);
    assert.match(result.redirection!.text, /"source_path_from_root": "\/docs\/plan.md",\s+"redirect_url": "plan-rollout"/);
  });

  it('uses the site path when the docset publishes under a known URL, and says why site paths are left', () => {
    const files = {
      ...REPOSITORY,
      '/ws/docs/docfx.json': JSON.stringify({
        build: { content: [{ files: ['**/*.md'] }], globalMetadata: { breadcrumb_path: '/docs/breadcrumb/toc.json' } },
      }),
    };
    const result = plan([{ from: '/ws/docs/plan.md', to: '/ws/docs/guides/plan-rollout.md' }], files);
    assert.equal(result.redirection?.entries[0]?.redirect_url, '/docs/guides/plan-rollout');
    assert.deepEqual(result.notes, [
      '/ws/docs/operate.md: its site-relative link to /ws/docs/plan.md is left as it is; the redirection entry keeps it working.',
    ]);
  });

  it('no redirection when asked, nor for an include', () => {
    assert.equal(plan([{ from: '/ws/docs/plan.md', to: '/ws/docs/p.md' }], REPOSITORY, { redirect: false }).redirection, undefined);
    const include = after([{ from: '/ws/docs/includes/note.md', to: '/ws/shared/includes/note.md' }]);
    assert.equal(include['/ws/docs/plan.md'], REPOSITORY['/ws/docs/plan.md']!.replace('includes/note.md', '../shared/includes/note.md'));
    assert.equal(include['/ws/.openpublishing.redirection.json'], undefined);
  });
});

describe('moving a folder', () => {
  it('links between the moved files stay as they are; links into and out of the folder follow', () => {
    const moved = after([
      { from: '/ws/docs/plan.md', to: '/ws/guides/plan.md' },
      { from: '/ws/docs/operate.md', to: '/ws/guides/operate.md' },
    ]);
    assert.match(moved['/ws/docs/plan.md']!, /\[operate\]\(operate\.md#run-it\)/, 'both moved together: unchanged');
    assert.match(moved['/ws/docs/plan.md']!, /!\[chart\]\(\.\.\/docs\/media\/chart\.png\)/);
    assert.equal(moved['/ws/shared/steps.md'], '# Steps\n\n[Plan](../guides/plan.md#plan).\n');
    assert.match(moved['/ws/docs/operate.md']!, /\[from the root\]\(~\/guides\/plan\.md\)/);
  });
});
