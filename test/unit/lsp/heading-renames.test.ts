// Headings renamed by hand in an editor session: which outline changes are renames (ids from the
// parsed document), what the session remembers, and how a link-anchor-not-found finding in another
// file is worded and repaired (this link, or every link to the old anchor).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { Linter } from '../../../server/src/engine/lint.js';
import { parseDocument } from '../../../server/src/engine/parse/document.js';
import { LineIndex } from '../../../server/src/engine/parse/text.js';
import { WorkspaceIndex } from '../../../server/src/engine/workspace/index.js';
import { type DiagnosticData, pathToUri, toDiagnostic } from '../../../server/src/lsp/convert.js';
import type { Finding } from '../../../server/src/engine/types.js';
import type { CheckedDocument } from '../../../server/src/lsp/document-checks.js';
import {
  detectHeadingRenames,
  HeadingRenameMemory,
  HeadingRenames,
  MAX_REMEMBERED_RENAMES,
  sectionHeadings,
} from '../../../server/src/lsp/heading-renames.js';

function outline(text: string) {
  return sectionHeadings(parseDocument('/ws/docs/a.md', text).headings);
}

function renames(before: string, after: string): string[] {
  return detectHeadingRenames(outline(before), outline(after)).map((rename) => `${rename.from} -> ${rename.to}`);
}

describe('which outline changes are heading renames', () => {
  const article = '# Plan\n\n## Install\n\n## Configure\n\n## Next steps\n';

  it('a heading whose text changed in place', () => {
    assert.deepEqual(renames(article, article.replace('## Install', '## Set up the tools')), ['install -> set-up-the-tools']);
  });

  it('two headings renamed in the same version, and a change of depth', () => {
    const after = article.replace('## Install', '### Set up the tools').replace('## Configure', '## Choose settings');
    assert.deepEqual(renames(article, after), ['install -> set-up-the-tools', 'configure -> choose-settings']);
  });

  it('a change of case or punctuation that keeps the id is no rename', () => {
    assert.deepEqual(renames(article, article.replace('## Install', '## INSTALL!')), []);
  });

  it('reordered headings: every old id still exists', () => {
    assert.deepEqual(renames(article, '# Plan\n\n## Configure\n\n## Install\n\n## Next steps\n'), []);
    assert.deepEqual(renames(article, '# Plan\n\n## Next steps\n\n## Install\n\n## Configure\n'), []);
  });

  it('reordered and renamed in one version: the new ids were other headings, so nothing is guessed', () => {
    assert.deepEqual(renames(article, '# Plan\n\n## Configure\n\n## Next steps\n\n## Tools\n'), []);
  });

  it('an inserted heading is nobody’s new name, also next to an unchanged one', () => {
    assert.deepEqual(renames(article, article.replace('## Configure', '## Prepare\n\n## Configure')), []);
    assert.deepEqual(renames(article, article + '\n## Related\n'), []);
  });

  it('a deleted heading: its links are broken, but no other heading took its place', () => {
    assert.deepEqual(renames(article, article.replace('## Configure\n\n', '')), []);
  });

  it('a heading inserted while another is renamed leaves the changed middle unmatched', () => {
    assert.deepEqual(renames(article, '# Plan\n\n## Prepare\n\n## Set up the tools\n\n## Configure\n\n## Next steps\n'), []);
  });

  it('repeated headings: renaming the first renumbers the second, whose -1 links now need its plain id', () => {
    const repeated = '# Plan\n\n## Setup\n\nA\n\n## Setup\n\nB\n';
    assert.deepEqual(renames(repeated, repeated.replace('## Setup\n\nA', '## Install\n\nA')), ['setup-1 -> setup']);
  });

  it('repeated headings: renaming the second moves its -1 id to the new text', () => {
    const repeated = '# Plan\n\n## Setup\n\nA\n\n## Setup\n\nB\n';
    assert.deepEqual(renames(repeated, repeated.replace('## Setup\n\nB', '## Install\n\nB')), ['setup-1 -> install']);
  });

  it('deleting the first of two repeated headings: links to -1 follow the one left', () => {
    const repeated = '# Plan\n\n## Setup\n\n## Other\n\n## Setup\n';
    assert.deepEqual(renames(repeated, '# Plan\n\n## Other\n\n## Setup\n'), ['setup-1 -> setup']);
  });

  it('tab headings are not sections', () => {
    const tabs = '# Plan\n\n# [Windows](#tab/windows)\n\n## Install\n';
    assert.deepEqual(renames(tabs, tabs.replace('[Windows](#tab/windows)', '[Linux](#tab/linux)')), []);
    assert.deepEqual(renames(tabs, tabs.replace('## Install', '## Set up')), ['install -> set-up']);
  });
});

describe('what the session remembers', () => {
  const file = '/ws/docs/a.md';
  const none = () => [];

  /** Successive versions of a file's text, as an open document goes through them. */
  function versions(memory: HeadingRenameMemory, path: string, ...texts: string[]): void {
    for (let version = 1; version < texts.length; version++) memory.changed(path, outline(texts[version - 1]!), outline(texts[version]!));
  }

  it('typing a new heading over several versions is one rename, from the first id to the last', () => {
    const memory = new HeadingRenameMemory();
    versions(memory, file, ...['Install', '', 'S', 'Set up', 'Set up the tools'].map((heading) => `# A\n\n## ${heading}\n`));
    assert.deepEqual(memory.renamedIn(file, 'Install', none), {
      file,
      oldId: 'install',
      oldText: 'Install',
      id: 'set-up-the-tools',
      text: 'Set up the tools',
    });
    assert.equal(memory.renamedIn(file, 'set-up', none), undefined, 'a version in between is no old id');
    assert.equal(memory.renamedIn('/ws/docs/b.md', 'install', none), undefined, 'another file’s heading');
  });

  it('is cleared when the old id exists again, or the new id is gone', () => {
    const memory = new HeadingRenameMemory();
    versions(memory, file, '# A\n\n## Install\n', '# A\n\n## Set up\n');
    assert.equal(memory.renamedIn(file, 'install', none)?.id, 'set-up');
    versions(memory, file, '# A\n\n## Set up\n', '# A\n\n## Set up\n\n## Install\n');
    assert.equal(memory.renamedIn(file, 'install', none), undefined);
    versions(memory, file, '# A\n\n## Set up\n\n## Configure\n', '# A\n\n## Set up\n\n## Choose settings\n');
    assert.equal(memory.renamedIn(file, 'configure', none)?.id, 'choose-settings');
    versions(memory, file, '# A\n\n## Set up\n\n## Choose settings\n', '# A\n\n## Set up\n');
    assert.equal(memory.renamedIn(file, 'configure', none), undefined);
  });

  it('an empty heading is no rename target until it has text', () => {
    const memory = new HeadingRenameMemory();
    versions(memory, file, '# A\n\n## Install\n', '# A\n\n##\n');
    assert.equal(memory.mayBeRenamed('install'), false);
    assert.equal(memory.renamedIn(file, 'install', none), undefined);
  });

  it('a heading added empty and then typed was added, not renamed', () => {
    const memory = new HeadingRenameMemory();
    versions(memory, file, '# A\n\n## Install\n', '# A\n\n## Install\n\n##\n', '# A\n\n## Install\n\n## Related\n');
    assert.equal(memory.mayBeRenamed(''), false);
    assert.equal(memory.renamedIn(file, '', none), undefined);
  });

  it('a heading of an include is renamed in the pages that include it', () => {
    const memory = new HeadingRenameMemory();
    const include = '/ws/docs/includes/setup.md';
    versions(memory, include, '## Install\n', '## Set up the tools\n');
    const includersOf = (path: string) => (path === include ? ['/ws/docs/host.md'] : []);
    assert.equal(memory.renamedIn('/ws/docs/host.md', 'install', includersOf)?.id, 'set-up-the-tools');
    assert.equal(memory.renamedIn('/ws/docs/other.md', 'install', includersOf), undefined);
  });

  it('is bounded: the oldest renames are forgotten first', () => {
    const memory = new HeadingRenameMemory();
    for (let number = 0; number <= MAX_REMEMBERED_RENAMES; number++) {
      const path = `/ws/docs/file-${number}.md`;
      versions(memory, path, '## Install\n', '## Set up\n');
    }
    assert.equal(memory.renamedIn('/ws/docs/file-0.md', 'install', none), undefined);
    assert.equal(memory.renamedIn(`/ws/docs/file-${MAX_REMEMBERED_RENAMES}.md`, 'install', none)?.id, 'set-up');
    assert.equal(memory.renamedIn('/ws/docs/file-1.md', 'install', none)?.id, 'set-up');
  });
});

describe('link-anchor-not-found after a heading was renamed in the editor', () => {
  const target = '/ws/docs/setup.md';
  const linker = '/ws/docs/guide.md';
  const SETUP = '# Setup\n\n## Install\n\nSteps.\n\nBack to [install](#install).\n';
  const GUIDE = '# Guide\n\nFirst [install](setup.md#install), then [again](setup.md#Install).\n';

  function session(files: Record<string, string>) {
    const fs = new MemoryFileSystem(files);
    const index = new WorkspaceIndex({ fs, workspaceFolders: ['/ws'] });
    const linter = new Linter({ fs, workspaceFolders: ['/ws'], index });
    const open = new Set<string>();
    const renamed = new HeadingRenames({ linter: () => linter, fs, isOpen: (path) => open.has(path) });
    /** The open document's new text, as the server sees it: written over the file, indexed, checked. */
    const edit = (path: string, text: string): CheckedDocument => {
      open.add(path);
      fs.writeFile(path, text);
      index.update(path);
      return renamed.checked(checkedOf(path, text));
    };
    const checkedOf = (path: string, text: string | undefined): CheckedDocument => ({
      path,
      text,
      version: text === undefined ? undefined : 1,
      findings: text === undefined ? linter.lintFile(path).findings : linter.lintText(path, text).findings,
      lines: text === undefined ? undefined : new LineIndex(text),
      failed: false,
      timedOut: false,
      beforeIndex: false,
    });
    const closedChecked = (path: string) => renamed.checked(checkedOf(path, undefined));
    const texts = () => Object.fromEntries(Object.keys(files).map((path) => [path, new TextDecoder().decode(fs.readFile(path)!)]));
    return { renamed, edit, closedChecked, texts };
  }

  /** The link-anchor-not-found findings of a check (the articles here have no front matter, among others). */
  function anchorFindings(checked: CheckedDocument): Finding[] {
    return checked.findings.filter((finding) => finding.ruleId === 'link-anchor-not-found');
  }

  function quickFixes(renamed: HeadingRenames, path: string, text: string, diagnostic: Diagnostic): CodeAction[] {
    return renamed.quickFixes(path, text, new LineIndex(text), diagnostic, diagnostic.data as DiagnosticData);
  }

  function applied(texts: Record<string, string>, changes: Record<string, TextEdit[]>): Record<string, string> {
    const result = { ...texts };
    for (const [uri, edits] of Object.entries(changes)) {
      const path = uri.replace(/^file:\/\//, '');
      result[path] = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, texts[path]!), edits);
    }
    return result;
  }

  it('says what the heading became, in the closed linker and in the renamed file itself', () => {
    const { edit, closedChecked } = session({ [target]: SETUP, [linker]: GUIDE });
    edit(target, SETUP);
    const own = edit(target, SETUP.replace('## Install', '## Set up the tools'));
    assert.deepEqual(
      anchorFindings(own).map((finding) => finding.message),
      ['No heading or anchor "#install" in this file: the heading "Install" was renamed to "Set up the tools".'],
    );
    const other = closedChecked(linker);
    assert.deepEqual(
      anchorFindings(other).map((finding) => finding.message),
      [
        'No heading or anchor "#install" in setup.md: the heading "Install" was renamed to "Set up the tools".',
        'No heading or anchor "#Install" in setup.md: the heading "Install" was renamed to "Set up the tools".',
      ],
    );
    assert.equal(anchorFindings(other)[0]!.fix, undefined, 'the "did you mean" of another anchor is not offered beside the rename');
  });

  it('offers "Change to" (preferred) and one action for every link to the old anchor, which fixes them all', () => {
    const { renamed, edit, closedChecked, texts } = session({ [target]: SETUP, [linker]: GUIDE });
    edit(target, SETUP);
    const renamedSetup = SETUP.replace('## Install', '## Set up the tools');
    edit(target, renamedSetup);
    const diagnostics = anchorFindings(closedChecked(linker)).map(toDiagnostic);
    const actions = quickFixes(renamed, linker, GUIDE, diagnostics[0]!);
    assert.deepEqual(
      actions.map((action) => [action.title, action.isPreferred === true]),
      [
        ['Change to "#set-up-the-tools"', true],
        ['Update 3 links to the renamed heading', false],
      ],
    );
    const one = applied(texts(), actions[0]!.edit!.changes!);
    assert.equal(one[linker], GUIDE.replace('setup.md#install', 'setup.md#set-up-the-tools'));
    const all = applied(texts(), actions[1]!.edit!.changes!);
    assert.equal(all[linker], '# Guide\n\nFirst [install](setup.md#set-up-the-tools), then [again](setup.md#set-up-the-tools).\n');
    assert.equal(all[target], renamedSetup.replace('(#install)', '(#set-up-the-tools)'));
    assert.deepEqual(Object.keys(actions[1]!.edit!.changes!).sort(), [pathToUri(linker), pathToUri(target)].sort());
  });

  it('versions that change only prose in between do not hide the rename', () => {
    const { edit, closedChecked } = session({ [target]: SETUP, [linker]: GUIDE });
    edit(target, SETUP);
    edit(target, SETUP.replace('Steps.', 'Steps to follow.'));
    edit(target, SETUP.replace('Steps.', 'Steps to follow.').replace('## Install', '## Get the tools'));
    edit(target, SETUP.replace('Steps.', 'All the steps.').replace('## Install', '## Get the tools'));
    assert.match(anchorFindings(closedChecked(linker))[0]!.message, /the heading "Install" was renamed to "Get the tools"\.$/);
  });

  it('after a close, the next version seen starts afresh (the disk may have changed meanwhile)', () => {
    const { renamed, edit, closedChecked } = session({ [target]: SETUP, [linker]: GUIDE });
    edit(target, SETUP);
    renamed.closed(target);
    edit(target, SETUP.replace('## Install', '## Set up the tools'));
    assert.match(anchorFindings(closedChecked(linker))[0]!.message, /^No heading or anchor "#install" in setup\.md\.$/);
  });

  it('nothing for a heading that was only deleted, or a link to another file with the same anchor', () => {
    const other = '/ws/docs/other.md';
    const { renamed, edit, closedChecked } = session({
      [target]: SETUP,
      [linker]: GUIDE,
      [other]: '# Other\n',
      '/ws/docs/third.md': '# Third\n\n[x](other.md#install)\n',
    });
    edit(target, SETUP);
    edit(target, SETUP.replace('## Install', '## Set up the tools'));
    const third = closedChecked('/ws/docs/third.md');
    assert.deepEqual(
      anchorFindings(third).map((finding) => finding.message),
      ['No heading or anchor "#install" in other.md.'],
    );
    assert.deepEqual(
      quickFixes(renamed, '/ws/docs/third.md', '# Third\n\n[x](other.md#install)\n', toDiagnostic(anchorFindings(third)[0]!)),
      [],
    );
    edit(target, '# Setup\n\nSteps.\n');
    assert.match(anchorFindings(closedChecked(linker))[0]!.message, /^No heading or anchor "#install" in setup\.md\.$/);
  });

  it('a heading renamed in an include: the links to the page that includes it are repaired', () => {
    const include = '/ws/docs/includes/tools.md';
    const host = '/ws/docs/host.md';
    const reader = '/ws/docs/reader.md';
    const READER = '# Reader\n\n[Tools](host.md#install-the-tools)\n';
    const { renamed, edit, closedChecked, texts } = session({
      [include]: '## Install the tools\n',
      [host]: '# Host\n\n[!INCLUDE [tools](includes/tools.md)]\n',
      [reader]: READER,
    });
    edit(include, '## Install the tools\n');
    edit(include, '## Get the apps\n');
    const findings = anchorFindings(closedChecked(reader));
    assert.deepEqual(
      findings.map((finding) => finding.message),
      ['No heading or anchor "#install-the-tools" in host.md: the heading "Install the tools" was renamed to "Get the apps".'],
    );
    const actions = quickFixes(renamed, reader, READER, toDiagnostic(findings[0]!));
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Change to "#get-the-apps"'],
    );
    assert.equal(applied(texts(), actions[0]!.edit!.changes!)[reader], '# Reader\n\n[Tools](host.md#get-the-apps)\n');
  });

  it('a diagnostic of another rule, or one whose text changed, gets no rename fix', () => {
    const { renamed, edit, closedChecked } = session({ [target]: SETUP, [linker]: GUIDE });
    edit(target, SETUP);
    edit(target, SETUP.replace('## Install', '## Set up the tools'));
    const diagnostic = toDiagnostic(anchorFindings(closedChecked(linker))[0]!);
    assert.deepEqual(
      quickFixes(renamed, linker, GUIDE, { ...diagnostic, data: { ...(diagnostic.data as object), ruleId: 'link-empty' } }),
      [],
    );
    assert.deepEqual(quickFixes(renamed, linker, GUIDE.replace('#install', '#instal'), diagnostic), []);
  });
});
