import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatStylish } from '../../../server/src/cli/formatters/stylish.js';
import type { Finding, Severity } from '../../../server/src/engine/types.js';

function finding(file: string, line: number, severity: Severity, ruleId: string, message: string): Finding {
  const start = { line, column: 1, offset: 0 };
  return { file: `/repo/${file}`, ruleId, severity, message, range: { start, end: start } };
}

/** The whole stylish output for these files' findings (each list is one file's, in path order). */
function stylish(files: Finding[][], verbose = false): string {
  const output = formatStylish({ cwd: '/repo', rules: [], toolVersion: '0', color: false, verbose });
  return output.start() + files.map((findings) => output.file(findings)).join('') + output.end();
}

const stale = (file: string) => finding(file, 5, 'info', 'fm-date-stale', `ms.date in ${file} is old.`);

describe('stylish output', () => {
  it('lists errors and warnings by file and a rule with few infos whole, after them', () => {
    const output = stylish([
      [
        finding('a.md', 1, 'error', 'fm-missing', 'No front matter.'),
        finding('a.md', 3, 'info', 'style-terms', 'Avoid "e-mail": use "email".'),
      ],
      [finding('b.md', 2, 'info', 'style-terms', 'Avoid "log-in": use "sign in".')],
    ]);
    assert.equal(
      output,
      [
        'a.md',
        '  1:1  error  No front matter.  fm-missing',
        '',
        'Infos by rule',
        '  2 info in 2 files  style-terms',
        '    a.md:3:1  Avoid "e-mail": use "email".',
        '    b.md:2:1  Avoid "log-in": use "sign in".',
        '',
        '✖ 3 problems (1 error, 0 warnings, 2 info)',
        '',
      ].join('\n'),
    );
  });

  it('summarises a rule with many infos as a count and the first examples, most frequent rule first', () => {
    const files = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'].map((file) => [stale(file)]);
    files[4]!.push(finding('e.md', 9, 'info', 'md-fence-language', 'Name the language.'));
    const output = stylish(files);
    assert.equal(
      output,
      [
        'Infos by rule (--verbose lists every one)',
        '  5 info in 5 files  fm-date-stale',
        '    a.md:5:1  ms.date in a.md is old.',
        '    b.md:5:1  ms.date in b.md is old.',
        '    c.md:5:1  ms.date in c.md is old.',
        '    … and 2 more',
        '  1 info  md-fence-language',
        '    e.md:9:1  Name the language.',
        '',
        '✖ 6 problems (0 errors, 0 warnings, 6 info)',
        '',
      ].join('\n'),
    );
  });

  it('counts several infos of one rule in one file as one file', () => {
    const output = stylish([[finding('a.md', 1, 'info', 'style-terms', 'one'), finding('a.md', 2, 'info', 'style-terms', 'two')]]);
    assert.match(output, /^ {2}2 info {2}style-terms$/m);
  });

  it('lists every info in its file under --verbose, with no summary', () => {
    const files = ['a.md', 'b.md', 'c.md', 'd.md'].map((file) => [stale(file)]);
    const output = stylish(files, true);
    assert.doesNotMatch(output, /Infos by rule/);
    for (const file of ['a.md', 'b.md', 'c.md', 'd.md'])
      assert.match(output, new RegExp(`^${file}\\n  5:1  info  ms.date in ${file} is old.  fm-date-stale$`, 'm'));
    assert.match(output, /✖ 4 problems \(0 errors, 0 warnings, 4 info\)/);
  });

  it('lists an error repeated across files a few times, then counts the rest', () => {
    const missing = (file: string) => finding(file, 2, 'error', 'fm-required', 'Required key "description" is missing.');
    const files = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md', 'g.md'].map((file) => [missing(file)]);
    const output = stylish(files);
    for (const file of ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'])
      assert.match(output, new RegExp(`^${file}\\n  2:1  error  Required key "description" is missing.  fm-required$`, 'm'));
    assert.doesNotMatch(output, /^f\.md$|^g\.md$/m);
    assert.ok(
      output.endsWith(
        [
          'Repeated errors and warnings (each listed 5 times above; --verbose lists every one)',
          '  2 more errors in 2 files like: Required key "description" is missing.  fm-required',
          '',
          '✖ 7 problems (7 errors, 0 warnings, 0 info)',
          '',
        ].join('\n'),
      ),
      output,
    );
  });

  it('counts messages that differ only in numbers as one repeated finding, and never folds different messages', () => {
    const long = (file: string, length: number) =>
      finding(file, 2, 'warning', 'fm-title-length', `The title is ${length} characters long.`);
    const broken = (file: string) => finding(file, 9, 'error', 'link-file-not-found', `The link target "${file}x.md" does not exist.`);
    const files = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md'].map((file, index) => [long(file, 61 + index), broken(file)]);
    const output = stylish(files);
    assert.match(output, /^ {2}1 more warning like: The title is 66 characters long\. {2}fm-title-length$/m);
    assert.equal(output.match(/link-file-not-found$/gm)?.length, 6);
    assert.doesNotMatch(output, /more error/);
  });

  it('never folds findings that name different files, even when the names differ only in numbers', () => {
    const icons = [1, 2, 3, 4, 5, 6, 7].map((number) =>
      finding('a.md', number, 'error', 'img-file-not-found', `The image "media/icon-0${number}.png" does not exist.`),
    );
    const output = stylish([icons]);
    assert.equal(output.match(/img-file-not-found$/gm)?.length, 7);
    assert.doesNotMatch(output, /Repeated/);
  });

  it('lists every repeated error under --verbose', () => {
    const files = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md'].map((file) => [
      finding(file, 1, 'error', 'fm-missing', 'No front matter.'),
    ]);
    const output = stylish(files, true);
    assert.equal(output.match(/fm-missing$/gm)?.length, 6);
    assert.doesNotMatch(output, /Repeated/);
  });

  it('prints nothing when there is nothing to report', () => {
    assert.equal(stylish([]), '');
  });
});
