// Issue 13: inputs under the size limits on which our own scanners were quadratic and froze the
// editor for minutes or hours. Each test checks the answer on an input large enough that the old
// code would not have finished within the test run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlStartTags } from '../../../server/src/engine/parse/html-tags.js';
import { parseDocument } from '../../../server/src/engine/parse/document.js';
import { scanMarkdown } from '../../../server/src/engine/workspace/graph/scan.js';

describe('linear scanners', () => {
  it('trims 900,000 closing parentheses after a bare URL in one pass', () => {
    const model = parseDocument('/ws/a.md', 'See https://example.com/a_(b)' + ')'.repeat(900_000) + '\n');
    assert.deepEqual(
      model.links.map((link) => [link.kind, link.url]),
      [['autolink', 'https://example.com/a_(b)']],
    );
  });

  it('keeps a bare URL balanced parenthesis and drops sentence punctuation', () => {
    const model = parseDocument('/ws/a.md', 'Read https://en.wikipedia.org/wiki/Foo_(bar)). Or www.example.com/x?!\n');
    assert.deepEqual(
      model.links.map((link) => link.url),
      ['https://en.wikipedia.org/wiki/Foo_(bar)', 'www.example.com/x'],
    );
  });

  it('reads 190,000 unclosed <a and <img tags in an HTML block, and the complete tags after them', () => {
    for (const tag of ['<a ', '<img ']) {
      const text = '<div>\n' + tag.repeat(190_000) + '<a name="kept" href="target.md">x</a> <img src="pic.png" alt="Picture">\n</div>\n';
      const model = parseDocument('/ws/a.md', text);
      assert.deepEqual(
        model.anchors.map((anchor) => anchor.id),
        ['kept'],
        tag,
      );
      assert.deepEqual(
        model.links.map((link) => link.url),
        ['target.md'],
        tag,
      );
      assert.deepEqual(
        model.images.map((image) => [image.source, image.alt]),
        [['pic.png', 'Picture']],
        tag,
      );
    }
  });

  it('locates HTML anchors, links and images exactly, and reads values holding ">" and both id and name', () => {
    const text =
      '<p>\n<a id="first" name="second" href="a>b.md">x</a>\n<IMG ALT=\'Alt\' SRC="i.png" >\n<span data-id="no" id="third"></span>\n</p>\n';
    const model = parseDocument('/ws/a.md', text);
    const at = (range: { start: { offset: number }; end: { offset: number } }) => text.slice(range.start.offset, range.end.offset);
    assert.deepEqual(
      model.anchors.map((anchor) => [anchor.id, at(anchor.range)]),
      [
        ['first', 'id="first"'],
        ['second', '<a id="first" name="second"'],
        ['third', 'id="third"'],
      ],
    );
    assert.deepEqual(
      model.links.map((link) => [link.url, at(link.urlRange), at(link.range)]),
      [['a>b.md', 'a>b.md', '<a id="first" name="second" href="a>b.md"']],
    );
    assert.deepEqual(
      model.images.map((image) => [image.source, image.alt, at(image.sourceRange), at(image.range)]),
      [['i.png', 'Alt', 'i.png', '<IMG ALT=\'Alt\' SRC="i.png" >']],
    );
  });

  it('stops reading tags at an unclosed quote, which holds the rest of the HTML', () => {
    const tags = htmlStartTags('<a title="x' + '<a name=y '.repeat(100_000) + '<a name=later>');
    assert.equal(tags.length, 1);
    assert.equal(tags[0]!.closed, false);
  });

  it('finds suppression comments when 40,000 unclosed ones come first', () => {
    const text = '<!-- guidance-lint-disable md-h1 '.repeat(40_000) + '-->\n\n<!-- guidance-lint-enable md-h1 -->\n';
    const model = parseDocument('/ws/a.md', text);
    assert.deepEqual(
      model.directives.map((directive) => directive.kind),
      ['disable', 'enable'],
    );
    // Everything up to the first `-->` is the first comment's list of ids.
    assert.equal(model.directives[0]!.ruleIds.length, 40_000 * 3 - 2);
  });

  it('scans 100,000 [!include [ on one line, and a title followed by 100,000 blanks', () => {
    const includes = scanMarkdown('[!include ['.repeat(100_000) + '\n\n[!include [ok](includes/ok.md)]\n');
    assert.deepEqual(includes.includes, ['includes/ok.md']);
    const titled = scanMarkdown('---\ntitle: Kept' + ' '.repeat(100_000) + 'x\n---\n');
    assert.equal(titled.title, 'Kept' + ' '.repeat(100_000) + 'x');
    assert.equal(scanMarkdown('---\ntitle: Trimmed \t \n---\n').title, 'Trimmed');
  });
});
