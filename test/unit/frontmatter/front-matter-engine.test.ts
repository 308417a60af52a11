import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import schemaJson from '../../../schemas/learn-guidance.schema.json' with { type: 'json' };
import { daysFrom, readLearnDate } from '../../../server/src/engine/frontmatter/dates.js';
import { setDateEdit } from '../../../server/src/engine/frontmatter/edits.js';
import { parseFrontMatter } from '../../../server/src/engine/parse/front-matter.js';
import { learnGuidanceSchema } from '../../../server/src/engine/frontmatter/schema.js';
import { applyEdits } from '../../../server/src/engine/fixes/apply.js';
import { LineIndex } from '../../../server/src/engine/parse/text.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

function setDate(text: string): string {
  const result = setDateEdit(text, TEST_TODAY);
  assert.equal(result.kind, 'edit');
  return applyEdits(text, result.kind === 'edit' ? [result.edit] : []);
}

describe('front matter engine', () => {
  it('the default schema is a valid JSON Schema that knows the Learn keys', () => {
    assert.ok(new Ajv({ strict: false, allowUnionTypes: true }).validateSchema(schemaJson));
    const schema = learnGuidanceSchema();
    for (const key of [
      'title',
      'ms.topic',
      'ms.date',
      'search.audienceType',
      'f1_keywords',
      'ROBOTS',
      'no-loc',
      'zone_pivot_groups',
      'monikerRange',
      'api_name',
    ]) {
      assert.ok(schema.keys.get(key)?.description, `${key} has a description`);
    }
    assert.ok(schema.keys.get('ms.topic')?.values?.includes('concept-article'));
    assert.deepEqual(schema.keys.get('ms.topic')?.deprecatedValues, { conceptual: 'concept-article' });
    assert.equal(schema.keys.get('ms.component')?.replacedBy, 'ms.subservice');
    assert.equal(schema.keyInfo('MS.Author')?.key, 'ms.author');
  });

  it('reads dates', () => {
    assert.deepEqual(readLearnDate('03/05/2026'), { kind: 'valid', date: { year: 2026, month: 3, day: 5 } });
    assert.deepEqual(readLearnDate('2026-03-05'), { kind: 'other-format', date: { year: 2026, month: 3, day: 5 }, learn: '03/05/2026' });
    assert.equal(readLearnDate('02/29/2026').kind, 'not-a-day');
    assert.equal(readLearnDate('02/29/2028').kind, 'valid');
    assert.equal(readLearnDate('soon').kind, 'unreadable');
    assert.equal(daysFrom({ year: 2025, month: 11, day: 22 }, TEST_TODAY), 365);
  });

  it('setDateEdit rewrites, inserts, or adds front matter', () => {
    assert.equal(setDate('---\ntitle: T\nms.date: 01/02/2020\n---\n'), '---\ntitle: T\nms.date: 11/22/2026\n---\n');
    assert.equal(setDate('---\ntitle: T\n---\nText\n'), '---\ntitle: T\nms.date: 11/22/2026\n---\nText\n');
    assert.equal(setDate('---\r\ntitle: T\r\n---\r\n'), '---\r\ntitle: T\r\nms.date: 11/22/2026\r\n---\r\n');
    assert.equal(setDate('# Title\n'), '---\nms.date: 11/22/2026\n---\n# Title\n');
    assert.equal(setDate('---\nms.date:\n---\n'), '---\nms.date: 11/22/2026\n---\n');
    assert.equal(setDateEdit('---\nms.date: 11/22/2026\n---\n', TEST_TODAY).kind, 'already-today');
    assert.equal(setDateEdit('---\ntitle: T\n', TEST_TODAY).kind, 'unclosed');
    assert.equal(setDateEdit('---\n{title: T}\n---\n', TEST_TODAY).kind, 'not-a-mapping');
  });

  it('parses front matter after a BOM, with CRLF, tabs and duplicate keys', () => {
    const bom = '\uFEFF---\ntitle: T\n---\n';
    assert.equal(parseFrontMatter(bom, new LineIndex(bom))?.entries[0]?.key, 'title');
    const crlf = '---\r\ntitle: T\r\nms.date: 01/02/2026\r\n---\r\n';
    assert.deepEqual(
      parseFrontMatter(crlf, new LineIndex(crlf))?.entries.map((entry) => entry.value),
      ['T', '01/02/2026'],
    );
    const tabs = '---\nms.custom:\n\t- a\n---\n';
    assert.ok(parseFrontMatter(tabs, new LineIndex(tabs))?.errors.length);
    const duplicate = '---\nauthor: a\nauthor: b\n---\n';
    const parsed = parseFrontMatter(duplicate, new LineIndex(duplicate));
    assert.equal(parsed?.errors[0]?.code, 'DUPLICATE_KEY');
    assert.equal(parsed?.errors[0]?.range.start.line, 3);
  });

  // Inputs sized so that a backtracking pattern would stall the suite for minutes, not a timing check.
  it('reads front matter whose lines end with a lone CR', () => {
    const text = '---\rtitle: T\rms.topic: article\r---\r# T\r';
    const frontMatter = parseFrontMatter(text, new LineIndex(text));
    assert.deepEqual(
      frontMatter?.entries.map((entry) => [entry.key, entry.value, entry.keyRange.start.line]),
      [
        ['title', 'T', 2],
        ['ms.topic', 'article', 3],
      ],
    );
    assert.deepEqual(frontMatter?.errors, []);
    assert.equal(text.slice(frontMatter!.bodyStart), '# T\r');
  });

  it('reads a long line without catastrophic backtracking', () => {
    const text = `---\ntitle: ${'a:'.repeat(50_000)}\nms.date: ${'1/'.repeat(50_000)}\n---\n`;
    assert.ok(parseFrontMatter(text, new LineIndex(text)));
    assert.equal(readLearnDate('1/'.repeat(50_000)).kind, 'unreadable');
  });
});
