import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { affectedFiles, type CandidateFinder, type FileChanges } from '../../../server/src/engine/workspace/affected.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';

const FILES: Record<string, string> = {
  '/repo/docs/page.md': '# Page\n\n[!INCLUDE[outer](includes/outer.md)]\n',
  '/repo/docs/includes/outer.md': '[!INCLUDE[inner](inner.md)]\n',
  '/repo/docs/includes/inner.md': '## Inner heading\n\nSee [above](#inner-heading).\n',
  '/repo/docs/page-linker.md': '# Linker\n\nSee [inner](page.md#inner-heading).\n',
  '/repo/docs/TOC.md': '# Contents\n\n- [Page](page)\n',
  '/repo/docs/image-user.md': '# Images\n\n![diagram](media/diagram.png)\n',
  '/repo/docs/media/diagram.png': 'png',
  '/repo/docs/unrelated.md': '# Unrelated\n\nSee [gone](gone.md).\n',
};

function setup(): {
  index: WorkspaceIndex;
  changes: (changed: string[], deleted?: string[], previous?: Record<string, string>) => FileChanges;
} {
  const fs = new MemoryFileSystem(FILES);
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/repo'] });
  return { index, changes: (changed, deleted = [], previous = {}) => ({ changed, deleted, previousText: (path) => previous[path] }) };
}

/** The files whose text mentions a path's name: what git grep answers in the CLI. */
const mentioning =
  (fs: Record<string, string>): CandidateFinder =>
  async (paths) =>
    Object.keys(fs).filter(
      (file) =>
        file.endsWith('.md') &&
        paths.some((path) =>
          fs[file]!.toLowerCase().includes(
            path
              .slice(path.lastIndexOf('/') + 1)
              .replace(/\.[^.]*$/, '')
              .toLowerCase(),
          ),
        ),
    );

describe('affectedFiles', () => {
  it('an include deep down: its includers (transitively), their linkers and TOCs, and the includes below it', async () => {
    const { index, changes } = setup();
    assert.deepEqual(await affectedFiles(index, changes(['/repo/docs/includes/outer.md'])), [
      '/repo/docs/TOC.md',
      '/repo/docs/includes/inner.md',
      '/repo/docs/includes/outer.md',
      '/repo/docs/page-linker.md',
      '/repo/docs/page.md',
    ]);
  });

  it('a changed image: the files showing it', async () => {
    const { index, changes } = setup();
    assert.deepEqual(await affectedFiles(index, changes(['/repo/docs/media/diagram.png'])), ['/repo/docs/image-user.md']);
  });

  it('an include no longer included, by the text before the change', async () => {
    const { index, changes } = setup();
    const before = { '/repo/docs/unrelated.md': '# Unrelated\n\n[!INCLUDE[inner](includes/inner.md)]\n' };
    assert.deepEqual(await affectedFiles(index, changes(['/repo/docs/unrelated.md'], [], before)), [
      '/repo/docs/includes/inner.md',
      '/repo/docs/unrelated.md',
    ]);
  });

  it('a deleted file: its linkers, never the deleted file itself', async () => {
    const { index, changes } = setup();
    assert.deepEqual(await affectedFiles(index, changes([], ['/repo/docs/gone.md'])), ['/repo/docs/unrelated.md']);
  });

  it('a page whose uid changed: the files whose xref links name the old or the new uid, in every form', async () => {
    const fs = new MemoryFileSystem({
      '/repo/docs/page.md': '---\nuid: contoso-setup\n---\n# Setup\n',
      '/repo/docs/by-link.md': '# A\n\nSee [setup](xref:Contoso-Install?displayProperty=name).\n',
      '/repo/docs/by-autolink.md': '# B\n\nSee <xref:contoso-install#part>.\n',
      '/repo/docs/by-new-uid.md': '# C\n\n<a href="xref:contoso-setup">Setup</a>\n',
      '/repo/docs/other.md': '# D\n\nSee <xref:contoso-other>.\n',
    });
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/repo'] });
    const previous = { '/repo/docs/page.md': '---\nuid: contoso-install\n---\n# Setup\n' };
    assert.deepEqual(
      await affectedFiles(index, {
        changed: ['/repo/docs/page.md'],
        deleted: [],
        previousText: (path) => previous[path as keyof typeof previous],
      }),
      ['/repo/docs/by-autolink.md', '/repo/docs/by-link.md', '/repo/docs/by-new-uid.md', '/repo/docs/page.md'],
    );
  });

  it('everything for a change to how files are read', async () => {
    const { index, changes } = setup();
    for (const path of ['/repo/docfx.json', '/repo/.guidancelint.jsonc', '/repo/.openpublishing.redirection.json', '/repo/docs/.gitignore'])
      assert.equal(await affectedFiles(index, changes([path])), 'all', path);
  });

  it('finds the same files from candidates that mention the names as from every summary', async () => {
    for (const changed of ['/repo/docs/includes/inner.md', '/repo/docs/page.md', '/repo/docs/media/diagram.png']) {
      const complete = await affectedFiles(setup().index, setup().changes([changed]));
      const narrowed = await affectedFiles(setup().index, setup().changes([changed]), mentioning(FILES));
      assert.deepEqual(narrowed, complete, changed);
    }
  });
});
