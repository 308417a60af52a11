import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { includeCycleFrom } from '../../../server/src/engine/workspace/graph/references.js';
import { scanMarkdown } from '../../../server/src/engine/workspace/graph/scan.js';
import { siteBaseFromBreadcrumb } from '../../../server/src/engine/workspace/graph/site.js';
import { classifyDestination } from '../../../server/src/engine/workspace/graph/urls.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';

function workspace(files: Record<string, string>): { fs: MemoryFileSystem; index: WorkspaceIndex } {
  const fs = new MemoryFileSystem(files);
  const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
  index.build();
  return { fs, index };
}

describe('workspace index', () => {
  it('finds files with their exact case, and by name anywhere', () => {
    const { index } = workspace({ '/ws/docs/Media/Chart.PNG': '', '/ws/docs/a.md': '# A\n' });
    assert.deepEqual(index.lookup('/ws/docs/Media/Chart.PNG'), { kind: 'file', path: '/ws/docs/Media/Chart.PNG', exactCase: true });
    assert.deepEqual(index.lookup('/ws/docs/media/chart.png'), { kind: 'file', path: '/ws/docs/Media/Chart.PNG', exactCase: false });
    assert.equal(index.lookup('/ws/docs/a.md/x'), undefined);
    assert.deepEqual(index.filesNamed('CHART.png'), ['/ws/docs/Media/Chart.PNG']);
    assert.deepEqual(index.markdownFiles(), ['/ws/docs/a.md']);
  });

  it('keeps heading ids numbered as Learn numbers them, tab ids, explicit anchors, and those of included files', () => {
    const { index } = workspace({
      '/ws/a.md':
        '---\ntitle: "The A page"\n---\n# A\n\n## Set up\n\n## Set up\n\n# [Windows](#tab/windows)\n\n<a name="old-name"></a>\n\n```md\n## Not a heading\n```\n\n[!INCLUDE [x](includes/x.md)]\n',
      '/ws/includes/x.md': '## From *the* include\n',
    });
    assert.deepEqual([...index.summary('/ws/a.md')!.anchors], ['a', 'set-up', 'set-up-1', 'tab/windows', 'old-name']);
    assert.ok(index.anchorsOf('/ws/a.md').has('from-the-include'));
    assert.ok(index.preciseAnchorsOf('/ws/a.md').has('from-the-include'));
    assert.equal(index.titleOf('/ws/a.md'), 'The A page');
  });

  it('keeps reverse edges: who links to a file, who includes it', () => {
    const { index } = workspace({
      '/ws/a.md': '[b](b.md#x) [c](c)\n\n[!INCLUDE [i](~/includes/i.md)]\n',
      '/ws/b.md': '# B\n',
      '/ws/c.md': '# C\n',
      '/ws/includes/i.md': 'I\n',
    });
    assert.deepEqual(index.linkersOf('/ws/b.md'), ['/ws/a.md']);
    assert.deepEqual(index.linkersOf('/ws/c.md'), ['/ws/a.md'], 'a link without .md counts');
    assert.deepEqual(index.includersOf('/ws/includes/i.md'), ['/ws/a.md']);
  });

  it('returns the files whose xref links name a page’s uid when the uid changes or the page goes', () => {
    const { fs, index } = workspace({
      '/ws/page.md': '---\nuid: contoso-setup\n---\n# Setup\n',
      '/ws/linker.md': '# L\n\nSee <xref:Contoso-Setup> and [it](xref:contoso-setup#part).\n',
      '/ws/other.md': '# O\n\nSee <xref:contoso-other>.\n',
    });
    index.build();
    fs.writeFile('/ws/page.md', '---\nuid: contoso-setup\n---\n# Setup\n\nMore.\n');
    assert.deepEqual([...index.update('/ws/page.md')], [], 'same uid');
    fs.writeFile('/ws/page.md', '---\nuid: contoso-install\n---\n# Setup\n');
    assert.deepEqual([...index.update('/ws/page.md')], ['/ws/linker.md']);
    fs.writeFile('/ws/page.md', '---\nuid: contoso-setup\n---\n# Setup\n');
    index.update('/ws/page.md');
    fs.deleteFile('/ws/page.md');
    assert.deepEqual([...index.remove('/ws/page.md')], ['/ws/linker.md']);
  });

  it('counts a reference definition as a link to its target (in a blockquote too)', () => {
    const { index } = workspace({
      '/ws/a.md': 'See [the guide][guide] and [b].\n\n[guide]: <guide.md#setup> "Guide"\n> [b]: b.md\n',
      '/ws/guide.md': '# Guide\n',
      '/ws/b.md': '# B\n',
    });
    assert.deepEqual(index.linkersOf('/ws/guide.md'), ['/ws/a.md']);
    assert.deepEqual(index.linkersOf('/ws/b.md'), ['/ws/a.md']);
  });

  it('returns the linkers as dependents when a heading changes, and nobody when only text changes', () => {
    const { fs, index } = workspace({ '/ws/a.md': '# A\n\n## Setup\n', '/ws/b.md': '[a](a.md#setup)\n' });
    fs.writeFile('/ws/a.md', '# A\n\n## Setup\n\nMore text.\n');
    assert.deepEqual([...index.update('/ws/a.md')], []);
    fs.writeFile('/ws/a.md', '# A\n\n## Install\n');
    assert.deepEqual([...index.update('/ws/a.md')], ['/ws/b.md']);
  });

  it('returns linkers and includers of a created or deleted file, and linkers of the pages including a changed include', () => {
    const { fs, index } = workspace({
      '/ws/a.md': '[n](new/page.md)\n',
      '/ws/host.md': '[!INCLUDE [i](includes/i.md)]\n',
      '/ws/c.md': '[h](host.md#from-include)\n',
      '/ws/includes/i.md': 'I\n',
    });
    fs.writeFile('/ws/new/page.md', '# New\n');
    assert.deepEqual([...index.update('/ws/new/page.md')], ['/ws/a.md']);
    assert.equal(index.lookup('/ws/new/page.md')?.kind, 'file');
    fs.writeFile('/ws/includes/i.md', '## From include\n');
    assert.deepEqual([...index.update('/ws/includes/i.md')].sort(), ['/ws/c.md']);
    fs.deleteFile('/ws/includes/i.md');
    assert.deepEqual([...index.remove('/ws/includes/i.md')].sort(), ['/ws/c.md', '/ws/host.md']);
    assert.equal(index.lookup('/ws/includes/i.md'), undefined);
  });

  it('finds include cycles with their chain', () => {
    const { index } = workspace({
      '/ws/a.md': '[!INCLUDE [b](b.md)]\n',
      '/ws/b.md': '[!INCLUDE [c](c.md)]\n',
      '/ws/c.md': '[!INCLUDE [a](a.md)]\n',
    });
    assert.deepEqual(includeCycleFrom(index, '/ws/a.md', '/ws/b.md'), ['/ws/a.md', '/ws/b.md', '/ws/c.md', '/ws/a.md']);
  });

  it('reads nothing outside the workspace and survives symlink loops', () => {
    const fs = new MemoryFileSystem({ '/ws/a.md': '# A\n', '/secret/s.md': '# S\n' });
    fs.symlink('/ws/out', '/secret');
    fs.symlink('/ws/loop', '/ws');
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
    index.build();
    assert.equal(index.lookup('/ws/out/s.md'), undefined);
    assert.equal(index.summary('/secret/s.md'), undefined);
    assert.deepEqual(index.markdownFiles(), ['/ws/a.md']);
  });

  it('reads nothing outside the workspace through a file that became a symlink after the walk', () => {
    // The walk vouches for where its files really are; a change (or a new file) is asked about again.
    const fs = new MemoryFileSystem({ '/ws/a.md': '# A\n', '/ws/b.md': '# B\n', '/secret/s.md': '# S\n' });
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
    index.build();
    fs.deleteFile('/ws/a.md');
    fs.symlink('/ws/a.md', '/secret/s.md');
    index.update('/ws/a.md');
    assert.equal(index.summary('/ws/a.md'), undefined);
    fs.symlink('/ws/c.md', '/secret/s.md');
    index.update('/ws/c.md');
    assert.equal(index.summary('/ws/c.md'), undefined);
    assert.deepEqual(index.markdownFiles(), ['/ws/a.md', '/ws/b.md'], 'a link out of the workspace is no Markdown file of it');
  });

  it('re-reads the redirection files when one changes, is created or is deleted', () => {
    const redirect = (url: string): string => JSON.stringify({ redirections: [{ source_path: 'old.md', redirect_url: url }] });
    const { fs, index } = workspace({
      '/ws/a.md': '[o](old.md)\n',
      '/ws/b.md': '# B\n',
      '/ws/c.md': '# C\n',
      '/ws/.openpublishing.redirection.json': redirect('b'),
    });
    const target = (): unknown => {
      const resolved = index.redirects.resolve('/ws/old.md', undefined);
      return resolved?.target.kind === 'file' ? resolved.target.path : resolved?.target.kind;
    };
    assert.equal(target(), '/ws/b.md');
    fs.writeFile('/ws/.openpublishing.redirection.json', redirect('c'));
    assert.deepEqual([...index.update('/ws/.openpublishing.redirection.json')].sort(), ['/ws/a.md', '/ws/b.md', '/ws/c.md']);
    assert.equal(target(), '/ws/c.md');
    fs.deleteFile('/ws/.openpublishing.redirection.json');
    assert.deepEqual([...index.remove('/ws/.openpublishing.redirection.json')].sort(), ['/ws/a.md', '/ws/b.md', '/ws/c.md']);
    assert.equal(target(), undefined);
    // A file with any name counts once a publishing config lists it.
    fs.writeFile('/ws/.openpublishing.publish.config.json', JSON.stringify({ redirection_files: ['moves.json'] }));
    index.update('/ws/.openpublishing.publish.config.json');
    fs.writeFile('/ws/moves.json', redirect('b'));
    assert.ok(index.redirects.isRedirectionFile('/ws/moves.json'));
    assert.deepEqual([...index.update('/ws/moves.json')].sort(), ['/ws/a.md', '/ws/b.md', '/ws/c.md']);
    assert.equal(target(), '/ws/b.md');
  });

  it('maps site paths through the docset detected from docfx.json', () => {
    const { index } = workspace({
      '/ws/pp/docfx.json': JSON.stringify({ build: { globalMetadata: { breadcrumb_path: '/power-platform/breadcrumb/toc.json' } } }),
      '/ws/pp/guidance/a.md': '# A\n',
    });
    const site = index.resolve('/ws/pp/guidance/a.md', '/power-platform/guidance/b#x');
    assert.deepEqual(site, { kind: 'site', sitePath: '/power-platform/guidance/b', path: '/ws/pp/guidance/b', anchor: 'x' });
    const climbed = index.resolve('/ws/pp/guidance/a.md', '../../azure/x.md');
    assert.deepEqual(climbed, {
      kind: 'outside-docset',
      sitePath: '/azure/x.md',
      path: undefined,
      file: '/ws/azure/x.md',
      anchor: undefined,
    });
    assert.equal(siteBaseFromBreadcrumb('/office/vba/breadcrumb/toc.json'), '/office/vba/');
  });
});

describe('destinations and the scanner', () => {
  it('classifies and decodes destinations', () => {
    assert.equal(classifyDestination('My%20File.md?x=1#Step').path, 'My File.md');
    assert.equal(classifyDestination('My%20File.md?x=1#Step').anchor, 'Step');
    assert.equal(classifyDestination('bad%zz.md').path, undefined);
    assert.equal(classifyDestination('C:\\docs\\a.md').kind, 'local-path');
    assert.equal(classifyDestination('~/includes/a.md').kind, 'docset-root');
    assert.equal(classifyDestination('xref:System.String').kind, 'other-scheme');
  });

  // Sized so that a backtracking pattern would stall the suite for minutes, not a timing check.
  it('scans a long line without backtracking trouble', () => {
    const summary = scanMarkdown('# ' + '[a'.repeat(50_000) + '\n' + '](x '.repeat(50_000));
    assert.equal(summary.anchors.length, 1);
  });
});
