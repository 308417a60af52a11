// Issue 13 item 3: every input is read only when it is a regular file within a size limit. A FIFO
// named .gitignore blocked the CLI for ever; a .gitignore linked to /dev/zero grew it past 3 GB.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigError, ConfigLoader } from '../../../server/src/engine/config/config.js';
import { DocfxProjects } from '../../../server/src/engine/config/docfx.js';
import { loadFrontMatterSchema, SchemaError } from '../../../server/src/engine/frontmatter/schema.js';
import { MAX_SETTINGS_FILE_BYTES } from '../../../server/src/engine/limits.js';
import { discoverFiles } from '../../../server/src/engine/workspace/discover.js';
import { MemoryFileSystem, NodeFileSystem, toPosixPath } from '../../../server/src/engine/fs/file-system.js';

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('bounded reads on disk', () => {
  let folder: string;
  const fs = new NodeFileSystem();

  before(() => {
    folder = toPosixPath(mkdtempSync(join(tmpdir(), 'guidance-lint-read-')));
    writeFileSync(join(folder, 'small.txt'), 'hello');
    writeFileSync(join(folder, 'large.txt'), 'x'.repeat(1001));
    symlinkSync('/dev/zero', join(folder, 'zero'));
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a regular file within the limit, and says when nothing is there', () => {
    const small = fs.readBoundedFile(`${folder}/small.txt`, 5);
    assert.equal(small.kind === 'bytes' && new TextDecoder().decode(small.bytes), 'hello');
    assert.deepEqual(fs.readBoundedFile(`${folder}/missing.txt`, 5), { kind: 'missing' });
    assert.deepEqual(fs.readBoundedFile(`${folder}/small.txt/below`, 5), { kind: 'missing' });
  });

  it('refuses a file over the limit without reading it whole', () => {
    assert.deepEqual(fs.readBoundedFile(`${folder}/large.txt`, 1000), {
      kind: 'refused',
      reason: 'it is larger than the limit of 1,000 bytes',
    });
  });

  it('refuses a link to /dev/zero and a folder, and readFile gives nothing for them', () => {
    assert.deepEqual(fs.readBoundedFile(`${folder}/zero`, 1000), { kind: 'refused', reason: 'it is a device, not a regular file' });
    assert.deepEqual(fs.readBoundedFile(folder, 1000), { kind: 'refused', reason: 'it is a folder, not a regular file' });
    assert.equal(fs.readFile(`${folder}/zero`), undefined);
  });

  it('refuses a FIFO at once instead of waiting for a writer', { skip: !hasMkfifo && 'mkfifo is not installed' }, () => {
    assert.equal(spawnSync('mkfifo', [join(folder, 'pipe')]).status, 0);
    assert.deepEqual(fs.readBoundedFile(`${folder}/pipe`, 1000), {
      kind: 'refused',
      reason: 'it is a named pipe (FIFO), not a regular file',
    });
    assert.equal(fs.readFile(`${folder}/pipe`), undefined);
  });
});

describe('bounded reads of every settings file', () => {
  const oversize = 'x'.repeat(MAX_SETTINGS_FILE_BYTES + 1);

  it('skips a .gitignore that is a FIFO, a device or too large, says so, and still finds the files', () => {
    for (const make of [
      (fs: MemoryFileSystem) => fs.special('/ws/.gitignore', 'fifo'),
      (fs: MemoryFileSystem) => fs.special('/ws/.gitignore', 'device'),
      (fs: MemoryFileSystem) => fs.writeFile('/ws/.gitignore', oversize),
    ]) {
      const fs = new MemoryFileSystem({ '/ws/a.md': '# A\n' });
      make(fs);
      const discovery = discoverFiles({
        fs,
        config: new ConfigLoader(fs, { knownRuleIds: new Set() }),
        patterns: ['.'],
        cwd: '/ws',
        workspaceFolders: ['/ws'],
      });
      assert.deepEqual(discovery.files, ['/ws/a.md']);
      assert.equal(discovery.skipped.length, 1);
      assert.equal(discovery.skipped[0]!.path, '/ws/.gitignore');
      assert.match(
        discovery.skipped[0]!.reason,
        /^its ignore rules were not applied: it is (a named pipe \(FIFO\)|a device|larger than the limit of 4 MiB)/,
      );
    }
  });

  it('gives a configuration error for a config file over the limit or that is a device', () => {
    const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': `{"rules":{}, "x": "${oversize}"}`, '/ws/b/a.md': '' });
    fs.special('/ws/c/.guidancelint.json', 'device');
    const loader = new ConfigLoader(fs, { knownRuleIds: new Set(), explicitFile: '/ws/.guidancelint.json' });
    assert.throws(
      () => loader.chainFor('/ws'),
      (error) => error instanceof ConfigError && /cannot be read: it is larger than the limit of 4 MiB/.test(error.message),
    );
    const explicitDevice = new ConfigLoader(fs, { knownRuleIds: new Set(), explicitFile: '/ws/c/.guidancelint.json' });
    assert.throws(
      () => explicitDevice.chainFor('/ws'),
      (error) => error instanceof ConfigError && /cannot be read: it is a device, not a regular file/.test(error.message),
    );
  });

  it('gives a schema error for a schema path to /dev/zero or to a file over the limit', () => {
    const fs = new MemoryFileSystem({ '/ws/big.json': oversize });
    fs.special('/dev/zero', 'device');
    fs.symlink('/ws/zero.json', '/dev/zero');
    assert.throws(
      () => loadFrontMatterSchema('/ws/zero.json', fs),
      (error) =>
        error instanceof SchemaError &&
        error.message === 'Front matter schema /ws/zero.json: the file cannot be read: it is a device, not a regular file.',
    );
    assert.throws(
      () => loadFrontMatterSchema('/ws/big.json', fs),
      (error) => error instanceof SchemaError && /larger than the limit/.test(error.message),
    );
  });

  it('treats a docfx.json over the limit as a project whose metadata is unknown', () => {
    const fs = new MemoryFileSystem({ '/ws/docfx.json': `{"build":{"globalMetadata":{"x":"${oversize}"}}}`, '/ws/a.md': '' });
    const project = new DocfxProjects(fs, ['/ws']).projectFor('/ws/a.md');
    assert.equal(project?.invalid, true);
    assert.deepEqual(project?.globalMetadata, {});
  });
});
