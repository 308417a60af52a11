// --format json and sarif are contracts (RULES.md "Outputs"). JSON, written field by field for
// speed, must be the very bytes of `JSON.stringify(finding, null, 2)` with each line indented by two
// spaces, whatever a message holds. Both used to indent with a multiline regular expression, which
// also took the U+2028 and U+2029 that JSON leaves raw in a string and put spaces into the message.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJson } from '../../../server/src/cli/formatters/json.js';
import { formatSarif } from '../../../server/src/cli/formatters/sarif.js';
import type { Finding } from '../../../server/src/engine/types.js';

const at = (line: number, column: number) => ({ line, column, offset: 0 });

function finding(file: string, message: string, safe?: boolean): Finding {
  return {
    file,
    ruleId: 'link-file-not-found',
    severity: 'warning',
    message,
    range: { start: at(3, 7), end: at(3, 19) },
    ...(safe === undefined ? {} : { fix: { title: 't', edits: [], safe } }),
  };
}

function generic(findings: Finding[], cwd: string): string {
  const items = findings.map((one) =>
    JSON.stringify(
      {
        file: one.file.startsWith(cwd + '/') ? one.file.slice(cwd.length + 1) : one.file,
        line: one.range.start.line,
        column: one.range.start.column,
        endLine: one.range.end.line,
        endColumn: one.range.end.column,
        ruleId: one.ruleId,
        severity: one.severity,
        message: one.message,
        fixable: one.fix?.safe === true,
      },
      null,
      2,
    )
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  );
  return items.length === 0 ? '[]\n' : `[\n${items.join(',\n')}\n]\n`;
}

describe('--format json', () => {
  it('writes the bytes JSON.stringify would, for messages with quotes, escapes, control characters and non-ASCII', () => {
    const findings = [
      [finding('/repo/docs/a "b".md', 'Say "hi"\\ there\n\ttab'), finding('/repo/docs/a "b".md', 'Ünïcödé ✓ \u0007 \u2028', true)],
      [finding('/repo/z.md', 'plain', false)],
    ];
    const stream = formatJson({ cwd: '/repo', rules: [], toolVersion: '0', color: false, verbose: false });
    const written = stream.start() + findings.map((group) => stream.file(group)).join('') + stream.end();
    assert.equal(written, generic(findings.flat(), '/repo'));
    assert.deepEqual(
      (JSON.parse(written) as Array<{ file: string; message: string; fixable: boolean }>).map((item) => [
        item.file,
        item.message,
        item.fixable,
      ]),
      [
        ['docs/a "b".md', 'Say "hi"\\ there\n\ttab', false],
        ['docs/a "b".md', 'Ünïcödé ✓ \u0007 \u2028', true],
        ['z.md', 'plain', false],
      ],
    );
  });

  it('writes an empty list when nothing is found', () => {
    const stream = formatJson({ cwd: '/repo', rules: [], toolVersion: '0', color: false, verbose: false });
    assert.equal(stream.start() + stream.end(), '[]\n');
  });

  it('SARIF keeps a message with U+2028 and U+2029 as it is', () => {
    const stream = formatSarif({ cwd: '/repo', rules: [], toolVersion: '0', color: false, verbose: false });
    const message = 'one\u2028two\u2029three';
    const written = stream.start() + stream.file([finding('/repo/a.md', message)]) + stream.end();
    const log = JSON.parse(written) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    assert.equal(log.runs[0]!.results[0]!.message.text, message);
  });
});
