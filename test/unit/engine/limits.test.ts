import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exceededLimit, frontMatterPrefix } from '../../../server/src/engine/limits.js';
import { lintCase } from '../../helpers/rule-tester.js';

const FRONT_MATTER = '---\ntitle: T\n---\n';

describe('limits', () => {
  it('lets ordinary articles through, nested lists and links included', () => {
    const article = FRONT_MATTER + '# Title\n\n> [!NOTE]\n> - one\n>   - two\n>     1. three\n\nSee [a [b] c](d.md).\n';
    assert.equal(exceededLimit(article, 1_000_000), undefined);
  });

  it('flags files over maxFileSize', () => {
    assert.equal(exceededLimit('x'.repeat(101), 100)?.ruleId, 'file-too-large');
  });

  it('flags deep blockquotes, deep lists and deep brackets', () => {
    assert.equal(exceededLimit('>'.repeat(101) + ' x', 1_000_000)?.ruleId, 'file-too-deep');
    assert.equal(exceededLimit('- '.repeat(101) + 'x', 1_000_000)?.ruleId, 'file-too-deep');
    assert.equal(exceededLimit('1. '.repeat(101) + 'x', 1_000_000)?.ruleId, 'file-too-deep');
    assert.equal(exceededLimit('['.repeat(1001), 1_000_000)?.ruleId, 'file-too-deep');
    assert.equal(exceededLimit('['.repeat(600) + '\n\n' + '['.repeat(600), 1_000_000), undefined, 'a blank line closes brackets');
  });

  // Found by the hostile workspace: 100,000 rows of "|1|x|" are only 600 KB, but parsing them took 2 GB and 10 s.
  it('flags a generated table of more than 10,000 rows, whatever its size in characters', () => {
    const table = (rows: number) => '|a|b|\n|-|-|\n' + '|1|x|\n'.repeat(rows);
    assert.equal(exceededLimit(table(9_998), 1_000_000), undefined);
    assert.match(exceededLimit(table(100_000), 1_000_000)?.message ?? '', /100,002 table lines, more than the limit of 10,000/);
    assert.equal(exceededLimit('a | b\n'.repeat(10_001), 1_000_000)?.ruleId, 'file-too-large', 'a table without leading pipes counts too');
  });

  // Issue 13: the Markdown parser walks back over a whole paragraph from each emphasis or bracket
  // marker, and looks for the end of an unclosed `<!--` to its end; these paragraphs took it hours.
  it('flags paragraphs whose inline markers would make the parser quadratic, and says so', () => {
    for (const [name, body] of [
      ['*a**a', '*a**a'.repeat(180_000)],
      ['[a](', '[a]('.repeat(200_000)],
      ['![a](', '![a]('.repeat(150_000)],
      ['~a~~a', '~a~~a'.repeat(180_000)],
      ['unclosed <!--', 'x <!-- '.repeat(120_000)],
      ['*a**a on lines of one paragraph', '*a**a\n'.repeat(150_000)],
      ['*a**a under a delimiter row that does not match its header', 'a|b\n-|-|-\n' + '*a**a*a**a|\n'.repeat(9_000)],
    ] as const) {
      assert.match(exceededLimit(FRONT_MATTER + body, 1_000_000)?.message ?? '', /too many emphasis, bracket and HTML markers/, name);
    }
  });

  it('lets long tables, lists and sections with emphasis and links through: each row, item and paragraph is parsed apart', () => {
    const row = '| **Name** | [link](a.md) *and* _more_ |\n';
    assert.equal(exceededLimit('| a | b |\n|---|:-:|\n' + row.repeat(9_000), 1_000_000), undefined);
    assert.equal(exceededLimit('- **Step** with [a link](a.md) and *emphasis*.\n'.repeat(20_000), 1_000_000), undefined);
    assert.equal(exceededLimit('## [Heading](a.md)\n'.repeat(20_000), 1_000_000), undefined);
    assert.equal(exceededLimit('A **bold** [link](a.md) and <!-- a comment --> here.\n\n'.repeat(15_000), 1_000_000), undefined);
  });

  it('checks only the front matter of a file whose paragraphs are too costly to parse, in far less time than the parse would take', () => {
    const findings = lintCase('file-too-large', {
      name: 'emphasis markers',
      code: '---\ntitle: T\n---\n' + '*a**a'.repeat(180_000) + '\n',
    });
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /only its front matter was checked/);
  });

  it('keeps only the front matter block for the cheap check', () => {
    assert.equal(frontMatterPrefix(FRONT_MATTER + '# Body\n'), FRONT_MATTER);
    assert.equal(frontMatterPrefix('---\r\ntitle: T\r\n---\r\nbody'), '---\r\ntitle: T\r\n---\r\n');
    assert.equal(frontMatterPrefix('# No front matter\n'), '');
    assert.equal(frontMatterPrefix('---\ntitle: unclosed\n'), '');
  });

  it('checks only the front matter of a deep file, and says so', () => {
    const findings = lintCase('fm-yaml-syntax', {
      name: 'deep file with broken YAML',
      code: '---\ntitle: "T\n---\n' + '>'.repeat(5000) + ' x\n',
    });
    assert.equal(findings.length, 1, 'front matter rules still run');
    const all = lintCase('file-too-deep', { name: 'deep file', code: '>'.repeat(5000) + ' x\n' });
    assert.equal(all.length, 1);
    assert.match(all[0]!.message, /nests 5000 blockquote or list levels/);
  });
});
