// Every form of suppression comment in RULES.md "Suppressing", through the Linter as users meet it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Linter } from '../../../server/src/engine/lint.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

const PATH = '/ws/docs/article.md';
/** Two rules that are easy to trigger on one line each: an alert in lower case, a doubled word. */
const CONFIG = { root: true, rules: { 'md-alert-case': 'warning', 'style-repeated-word': 'warning', 'directive-unknown-rule': 'info' } };
const ALERT = '> [!tip]\n> Text.\n';
const DOUBLE = 'Open the the page.\n';

function lint(text: string): string[] {
  const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': JSON.stringify(CONFIG), [PATH]: text });
  const linter = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY });
  const only = new Set([...Object.keys(CONFIG.rules)]);
  return linter
    .lintText(PATH, text)
    .findings.filter((finding) => only.has(finding.ruleId))
    .map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.ruleId}`);
}

describe('suppression comments', () => {
  it('reports both rules without comments', () => {
    assert.deepEqual(lint(`${ALERT}\n${DOUBLE}`), ['1:5 md-alert-case', '4:6 style-repeated-word']);
  });

  it('disable with ids … enable silences those rules in between only', () => {
    const text = `<!-- guidance-lint-disable md-alert-case -->\n${ALERT}\n${DOUBLE}<!-- guidance-lint-enable -->\n\n${ALERT}`;
    assert.deepEqual(lint(text), ['5:6 style-repeated-word', '8:5 md-alert-case']);
  });

  it('disable without ids silences every rule until enable', () => {
    const text = `<!-- guidance-lint-disable -->\n${ALERT}\n${DOUBLE}<!-- guidance-lint-enable -->\n\n${DOUBLE}`;
    assert.deepEqual(lint(text), ['8:6 style-repeated-word']);
  });

  it("enable with an id ends only that rule's span", () => {
    const text = `<!-- guidance-lint-disable md-alert-case style-repeated-word -->\n${DOUBLE}<!-- guidance-lint-enable style-repeated-word -->\n\n${DOUBLE}\n${ALERT}`;
    assert.deepEqual(lint(text), ['5:6 style-repeated-word']);
  });

  it('disable without a matching enable runs to the end of the file', () => {
    const text = `${DOUBLE}\n<!-- guidance-lint-disable style-repeated-word -->\n\n${DOUBLE}\n${DOUBLE}`;
    assert.deepEqual(lint(text), ['1:6 style-repeated-word']);
  });

  it('disable-next-line with an id silences that rule on the next line only', () => {
    const text = `<!-- guidance-lint-disable-next-line style-repeated-word -->\n${DOUBLE}${DOUBLE}`;
    assert.deepEqual(lint(text), ['3:6 style-repeated-word']);
  });

  it('disable-next-line leaves other rules on that line', () => {
    const text = `<!-- guidance-lint-disable-next-line style-repeated-word -->\n${ALERT}`;
    assert.deepEqual(lint(text), ['2:5 md-alert-case']);
  });

  it('disable-next-line without ids silences every rule on the next line', () => {
    const text = `<!-- guidance-lint-disable-next-line -->\n${ALERT}\n${DOUBLE}`;
    assert.deepEqual(lint(text), ['5:6 style-repeated-word']);
  });

  it('disable-file without ids silences the whole file, wherever it is written', () => {
    assert.deepEqual(lint(`${ALERT}\n${DOUBLE}\n<!-- guidance-lint-disable-file -->\n`), []);
  });

  it('disable-file with ids silences only those rules', () => {
    assert.deepEqual(lint(`<!-- guidance-lint-disable-file md-alert-case -->\n\n${ALERT}\n${DOUBLE}`), ['6:6 style-repeated-word']);
  });

  it('accepts ids separated by commas', () => {
    assert.deepEqual(lint(`<!-- guidance-lint-disable-file md-alert-case, style-repeated-word -->\n\n${ALERT}\n${DOUBLE}`), []);
  });

  it('reports an unknown id at the id, and still applies the known ones', () => {
    const text = `<!-- guidance-lint-disable-file md-alert-case md-alert-kase -->\n\n${ALERT}`;
    const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': JSON.stringify(CONFIG), [PATH]: text });
    const findings = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY }).lintText(PATH, text).findings;
    const unknown = findings.filter((finding) => finding.ruleId === 'directive-unknown-rule');
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0]!.severity, 'info');
    assert.match(unknown[0]!.message, /md-alert-kase/);
    assert.deepEqual([unknown[0]!.range.start.column, unknown[0]!.range.end.column], [47, 60]);
    assert.equal(
      findings.some((finding) => finding.ruleId === 'md-alert-case'),
      false,
    );
  });

  it('accepts remark-lint plug-in ids without knowing them', () => {
    const text = '<!-- guidance-lint-disable-next-line remark-lint:no-duplicate-headings -->\n# A\n';
    const fs = new MemoryFileSystem({ '/ws/.guidancelint.json': JSON.stringify(CONFIG), [PATH]: text });
    const findings = new Linter({ fs, workspaceFolders: ['/ws'], today: TEST_TODAY }).lintText(PATH, text).findings;
    assert.equal(
      findings.some((finding) => finding.ruleId === 'directive-unknown-rule'),
      false,
    );
  });

  it('ignores comments shown in code', () => {
    const text = '```md\n<!-- guidance-lint-disable-file -->\n```\n\n' + ALERT;
    assert.deepEqual(lint(text), ['5:5 md-alert-case']);
  });
});
