import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocfxProjects } from '../../../server/src/engine/config/docfx.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';

const docfx = JSON.stringify({
  build: {
    globalMetadata: { author: 'o365devx', breadcrumb_path: '/office/vba/breadcrumb/toc.json' },
    fileMetadata: {
      'ms.topic': { 'api/**.md': 'reference', 'excel/**.md': 'concept-article' },
      'ms.service': { '**.*': 'office', 'api/Excel.*.md': 'excel' },
    },
  },
});

describe('DocfxProjects', () => {
  const fs = new MemoryFileSystem({ '/ws/docs/docfx.json': docfx, '/ws/docs/api/Excel.Range.md': '', '/ws/other/a.md': '' });
  const projects = new DocfxProjects(fs, ['/ws']);

  it('finds the nearest docfx.json as the docset root', () => {
    assert.equal(projects.projectFor('/ws/docs/api/Excel.Range.md')?.root, '/ws/docs');
    assert.equal(projects.projectFor('/ws/other/a.md'), undefined);
  });

  it('merges global and file metadata, docfx globs included, later patterns winning', () => {
    assert.deepEqual(projects.metadataFor('/ws/docs/api/Excel.Range.md'), {
      author: 'o365devx',
      breadcrumb_path: '/office/vba/breadcrumb/toc.json',
      'ms.topic': 'reference',
      'ms.service': 'excel',
    });
    assert.equal(projects.metadataFor('/ws/docs/excel/sub/page.md')['ms.topic'], 'concept-article');
    assert.equal(projects.projectFor('/ws/docs/x.md')?.breadcrumbPath, '/office/vba/breadcrumb/toc.json');
  });

  it('does not look above the workspace folder', () => {
    const outside = new DocfxProjects(new MemoryFileSystem({ '/docfx.json': docfx, '/ws/a.md': '' }), ['/ws']);
    assert.equal(outside.projectFor('/ws/a.md'), undefined);
  });

  it('survives invalid JSON', () => {
    const broken = new DocfxProjects(new MemoryFileSystem({ '/ws/docfx.json': '{ "build": ', '/ws/a.md': '' }), ['/ws']);
    assert.equal(broken.projectFor('/ws/a.md')?.invalid, true);
    assert.deepEqual(broken.metadataFor('/ws/a.md'), {});
  });
});
