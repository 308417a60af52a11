import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AGE_BUCKETS,
  BROKEN_REFERENCE_RULES,
  BROKEN_ROWS,
  CHART_ROWS,
  formatHtml,
  ROWS_PER_FILE,
} from '../../../server/src/cli/formatters/html.js';
import { runCli } from '../../../server/src/cli/run.js';
import type { MsDateAge } from '../../../server/src/engine/frontmatter/article-facts.js';
import { MemoryFileSystem } from '../../../server/src/engine/fs/file-system.js';
import { DOCS_BASE_URL } from '../../../server/src/engine/rules/docs-url.js';
import { RULE_METAS } from '../../../server/src/engine/rules/registry.js';
import type { Finding, Severity } from '../../../server/src/engine/types.js';
import { TEST_TODAY } from '../../helpers/rule-tester.js';

function finding(file: string, ruleId: string, severity: Severity, line: number, message = `Something about line ${line}.`): Finding {
  const start = { line, column: 3, offset: 0 };
  return { file, ruleId, severity, message, range: { start, end: start } };
}

/** A report written straight from the formatter: files in the order given, each with its findings and article facts. */
function report(files: Array<{ path: string; findings?: Finding[]; msDate?: MsDateAge }>): string {
  const output = formatHtml({ cwd: '/repo', rules: RULE_METAS, toolVersion: '9.9.9', color: false, verbose: false });
  let html = output.start();
  for (const { path, findings = [], msDate } of files) {
    output.checked?.(msDate ? { path, article: { msDate } } : { path });
    if (findings.length > 0) html += output.file(findings);
  }
  return html + output.end();
}

/** The part of the page between two markers. */
function between(html: string, from: string, to: string): string {
  const start = html.indexOf(from);
  assert.ok(start >= 0, `no ${from}`);
  const end = html.indexOf(to, start + from.length);
  return html.slice(start, end < 0 ? undefined : end);
}

/** The labels of a chart, in order. */
function chartLabels(html: string, chartTitle: string): string[] {
  const chart = between(html, `aria-label="${chartTitle}"`, '</svg>');
  return [...chart.matchAll(/<text class="label"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

/** Count per bar of the ms.date histogram, from its tooltips, e.g. { '1–2 years': { stale: 2 } }. */
function histogramCounts(html: string): Record<string, Record<string, number>> {
  const chart = between(html, 'aria-label="Articles by age of ms.date"', '</svg>');
  const counts: Record<string, Record<string, number>> = {};
  for (const bar of chart.matchAll(/<g>(.*?)<\/g>/g)) {
    const label = /<text class="label"[^>]*>([^<]*)</.exec(bar[1]!)![1]!;
    counts[label] = {};
    for (const part of bar[1]!.matchAll(/<rect class="bar (\w+)"/g)) {
      const title = new RegExp(`<rect class="bar ${part[1]}"[^>]*><title>[^<]*: (\\d+)`).exec(bar[1]!)!;
      counts[label][part[1]!] = Number(title[1]);
    }
  }
  return counts;
}

const QUIET_CONFIG = JSON.stringify({ root: true, rules: { 'docset-duplicate-title': 'off', 'docset-duplicate-h1': 'off' } });

const GOOD =
  '---\ntitle: Plan your Power Platform adoption\ndescription: Learn how to plan the adoption of Microsoft Power Platform in your organization, from the first makers to a center of excellence.\nauthor: writer\nms.author: writer\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Plan your Power Platform adoption\n';

async function runHtml(files: Record<string, string>, args: string[] = []): Promise<{ code: number; html: string }> {
  let html = '';
  // The articles share one text: which titles repeat across the docset is not what these tests are about.
  const fs = new MemoryFileSystem({ '/repo/.git/HEAD': 'ref: refs/heads/main\n', '/repo/.guidancelint.json': QUIET_CONFIG, ...files });
  const code = await runCli(['--format', 'html', ...args], {
    stdout: (text) => (html += text),
    stderr: () => {},
    cwd: '/repo',
    fs,
    env: {},
    stdoutIsTTY: false,
    today: TEST_TODAY,
  });
  return { code, html };
}

describe('--format html', () => {
  it('writes one self-contained page: nothing loaded from elsewhere, one inline script, overview and drill-down', async () => {
    const { code, html } = await runHtml({
      '/repo/docs/a.md': `${GOOD}\nSee [gone](gone.md).\n`,
      '/repo/docs/b.md': GOOD,
      '/repo/includes/note.md': 'A note.\n',
    });
    assert.equal(code, 1);
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.ok(html.endsWith('</html>\n'));
    assert.doesNotMatch(html, /<link|<img|<iframe|\bsrc=|@import|url\(/i);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    // Three files checked, two articles (the include is not one), one with findings.
    assert.match(html, /<b>3<\/b> files checked.*<b>2<\/b> articles.*<b>2<\/b> files with findings/s);
    // Drill-down: folder, then file, then the finding at line:column with the rule's page.
    assert.match(
      html,
      new RegExp(
        `<details class="folder" id="d1"><summary><span class="name">docs/</span>.*?<details class="file" id="f1" data-n="1"><summary title="docs/a.md"><span class="name">a.md</span> <span class="n error" title="1 error">1</span></summary><table><tr class="error"><td>12:\\d+</td><td>error</td><td><a class="rule" href="${DOCS_BASE_URL}link-file-not-found.md">link-file-not-found</a></td><td>The link target &quot;gone.md&quot; does not exist.</td></tr>`,
      ),
    );
    // The overview comes last in the stream, marked to be shown first.
    const drill = html.indexOf('<section class="drill"');
    for (const part of [
      '<header data-overview>',
      '<section data-overview class="broken">',
      '<section data-overview class="charts">',
      '<section data-overview class="dates">',
    ])
      assert.ok(html.indexOf(part) > drill, part);
    assert.match(html, /\[data-overview\]\{order:-1\}/);
  });

  it('escapes a hostile file name and message, and shows control and bidi characters as escapes', () => {
    const path = '/repo/docs/<img src=x onerror=alert(1)>\u202e.md';
    const html = report([
      {
        path,
        findings: [finding(path, 'link-file-not-found', 'error', 4, 'The link target "</td><script>alert(2)</script>" does not exist.')],
      },
      {
        path: '/repo/docs/x.md',
        findings: [finding('/repo/docs/x.md', 'remark-lint:"><svg onload=alert(3)>', 'warning', 1, "it's & <b>")],
      },
    ]);
    assert.doesNotMatch(html, /<img|<svg onload|<script>alert|<b>it/);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<span class="name">&lt;img src=x onerror=alert\(1\)&gt;\\u202e\.md<\/span>/);
    assert.match(html, /<summary title="docs\/&lt;img src=x onerror=alert\(1\)&gt;\\u202e\.md">/);
    assert.match(html, /The link target &quot;&lt;\/td&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;&quot; does not exist\./);
    assert.match(html, /it&#39;s &amp; &lt;b&gt;/);
    // A plug-in's rule id is named, escaped, and links nowhere.
    assert.match(html, /<span class="rule">remark-lint:&quot;&gt;&lt;svg onload=alert\(3\)&gt;<\/span>/);
    assert.ok(chartLabels(html, 'Findings by rule').includes('remark-lint:&quot;&gt;&lt;svg onload=alert(3)&gt;'));
  });

  it('buckets ms.date ages at 3, 6 and 12 months and 1, 2, 3 and 5 years, stale apart, undated apart', () => {
    const dated = (days: number, stale = days > 365): MsDateAge => ({ kind: 'dated', days, stale });
    const ages: MsDateAge[] = [
      dated(-3),
      dated(0),
      dated(90),
      dated(91),
      dated(182),
      dated(183),
      dated(365),
      dated(365, true),
      dated(366),
      dated(730),
      dated(731),
      dated(1095),
      dated(1096),
      dated(1826),
      dated(1827),
      dated(9000),
      { kind: 'missing' },
      { kind: 'missing' },
      { kind: 'unreadable' },
    ];
    const html = report(ages.map((msDate, index) => ({ path: `/repo/a${index}.md`, msDate })));
    assert.deepEqual(
      AGE_BUCKETS.map((bucket) => bucket.label),
      ['future', '0–3 months', '3–6 months', '6–12 months', '1–2 years', '2–3 years', '3–5 years', '5+ years'],
    );
    assert.deepEqual(histogramCounts(html), {
      future: { current: 1 },
      '0–3 months': { current: 2 },
      '3–6 months': { current: 2 },
      '6–12 months': { current: 2, stale: 1 },
      '1–2 years': { stale: 2 },
      '2–3 years': { stale: 2 },
      '3–5 years': { stale: 2 },
      '5+ years': { stale: 2 },
      'no ms.date': { undated: 2 },
      unreadable: { undated: 1 },
    });
    assert.match(
      html,
      /19 articles: 9 stale \(ms\.date older than the review cycle, maxAgeDays\), 2 without ms\.date, 1 with a date that names no day; the oldest is 9,000 days old\./,
    );
  });

  it('leaves out the future and unreadable bars when no article is in them, and draws no histogram without articles', () => {
    const html = report([{ path: '/repo/a.md', msDate: { kind: 'dated', days: 10, stale: false } }]);
    assert.deepEqual(Object.keys(histogramCounts(html)), [
      '0–3 months',
      '3–6 months',
      '6–12 months',
      '1–2 years',
      '2–3 years',
      '3–5 years',
      '5+ years',
      'no ms.date',
    ]);
    const empty = report([{ path: '/repo/toc.yml' }]);
    assert.doesNotMatch(empty, /Articles by age of ms\.date/);
    assert.match(empty, /0 articles: 0 stale/);
    assert.match(empty, /<p class="none">No findings\.<\/p><\/section>/);
  });

  it('lists broken links and includes first, in path order, and charts rules and folders by count, then name', () => {
    const a = '/repo/docs/a.md';
    const b = '/repo/docs/sub/b.md';
    const c = '/repo/other/c.md';
    const html = report([
      {
        path: a,
        findings: [finding(a, 'md-h1', 'warning', 1), finding(a, 'include-not-found', 'error', 5), finding(a, 'style-terms', 'info', 6)],
      },
      {
        path: b,
        findings: [
          finding(b, 'link-anchor-not-found', 'warning', 2),
          finding(b, 'md-h1', 'warning', 3),
          finding(b, 'style-terms', 'info', 4),
        ],
      },
      { path: c, findings: [finding(c, 'img-file-not-found', 'error', 7), finding(c, 'style-terms', 'info', 9)] },
    ]);
    const broken = between(html, '<section data-overview class="broken">', '</section>');
    assert.match(broken, /<h2>Broken links and includes \(3\)<\/h2>/);
    assert.deepEqual(
      [...broken.matchAll(/<td><a href="#(f\d+)">([^<]*)<\/a>:(\d+):3<\/td>.*?<a class="rule"[^>]*>([^<]*)</g)].map((match) =>
        match.slice(1).join(' '),
      ),
      ['f1 docs/a.md 5 include-not-found', 'f2 docs/sub/b.md 2 link-anchor-not-found', 'f3 other/c.md 7 img-file-not-found'],
    );
    // Every broken-reference rule is named with its count, in the catalogue's order.
    assert.deepEqual(
      [...broken.matchAll(/<a class="rule"[^>]*>([^<]*)<\/a> (\d+)/g)].map((match) => `${match[1]} ${match[2]}`),
      BROKEN_REFERENCE_RULES.map(
        (ruleId) => `${ruleId} ${{ 'include-not-found': 1, 'link-anchor-not-found': 1, 'img-file-not-found': 1 }[ruleId] ?? 0}`,
      ),
    );
    assert.deepEqual(chartLabels(html, 'Findings by rule'), [
      'style-terms',
      'md-h1',
      'img-file-not-found',
      'include-not-found',
      'link-anchor-not-found',
    ]);
    assert.deepEqual(chartLabels(html, 'Findings by folder'), ['docs/', 'docs/sub/', 'other/']);
    // A folder's bar leads to the folder in the drill-down.
    assert.match(html, /<a href="#d2"><text class="label"[^>]*>docs\/sub\/<\/text>/);
    assert.match(html, /<details class="folder" id="d2"><summary><span class="name">sub\/<\/span>/);
    // Severities stack in one bar: docs/ has one error, one warning and one info.
    assert.match(between(html, '>docs/</text>', '</g>'), /bar error.*bar warning.*bar info/);
  });

  it('nests folders as the paths go, closing each one it leaves', () => {
    const files = ['/repo/a/b.md', '/repo/a/c/d.md', '/repo/a/e.md', '/repo/f/g/h.md', '/repo/top.md'];
    const html = report(files.map((path) => ({ path, findings: [finding(path, 'md-h1', 'warning', 1)] })));
    const drill = between(html, '<section class="drill"', '</section>');
    const outline = [...drill.matchAll(/<details class="(folder|file)"[^>]*><summary[^>]*><span class="name">([^<]*)<|<\/details>/g)].map(
      (match) => (match[1] ? `${match[1]}:${match[2]}` : 'close'),
    );
    assert.deepEqual(outline, [
      'folder:a/',
      'file:b.md',
      'close',
      'folder:c/',
      'file:d.md',
      'close',
      'close',
      'file:e.md',
      'close',
      'close',
      'folder:f/',
      'folder:g/',
      'file:h.md',
      'close',
      'close',
      'close',
      'file:top.md',
      'close',
    ]);
  });

  it('lists at most ROWS_PER_FILE findings per file, BROKEN_ROWS broken references and CHART_ROWS bars, and counts the rest', () => {
    const path = '/repo/big.md';
    const many = Array.from({ length: BROKEN_ROWS + 20 }, (_, index) => finding(path, 'link-file-not-found', 'error', index + 1));
    const rules = Array.from({ length: CHART_ROWS + 5 }, (_, index) =>
      finding('/repo/rules.md', `remark-lint:rule-${String(index).padStart(2, '0')}`, 'warning', index + 1),
    );
    const html = report([
      { path, findings: many },
      { path: '/repo/rules.md', findings: rules },
    ]);
    const big = between(html, '<details class="file" id="f1"', '</details>');
    assert.equal(big.match(/<tr class="error">/g)?.length, ROWS_PER_FILE);
    assert.match(big, new RegExp(`… and ${many.length - ROWS_PER_FILE} more in this file \\(--format json lists every one\\)`));
    const broken = between(html, '<section data-overview class="broken">', '</section>');
    assert.equal(broken.match(/<tr class="error">/g)?.length, BROKEN_ROWS);
    assert.match(broken, /… and 20 more \(under their files below\)/);
    const labels = chartLabels(html, 'Findings by rule');
    assert.equal(labels.length, CHART_ROWS);
    assert.equal(labels[0], 'link-file-not-found');
    assert.equal(labels.at(-1), '7 other rules');
  });

  it('shows the ms.date ages of articles whose results came from the cache', async () => {
    const fs = new MemoryFileSystem({
      '/repo/.git/HEAD': 'ref: refs/heads/main\n',
      '/repo/.guidancelint.json': QUIET_CONFIG,
      '/repo/docs/a.md': GOOD,
      '/repo/docs/old.md': GOOD.replace('11/01/2026', '01/15/2020'),
      '/repo/docs/undated.md': GOOD.replace('ms.date: 11/01/2026\n', ''),
    });
    const run = async () => {
      let html = '';
      const io = {
        stdout: (text: string) => (html += text),
        stderr: () => {},
        cwd: '/repo',
        fs,
        env: {},
        stdoutIsTTY: false,
        today: TEST_TODAY,
      };
      await runCli(['--format', 'html', '--cache'], io);
      return html;
    };
    const checked = await run();
    assert.ok(fs.readDirectory('/repo/.guidancelint-cache').length > 0, 'no cache written');
    const cached = await run();
    const expected = { '0–3 months': { current: 1 }, '5+ years': { stale: 1 }, 'no ms.date': { undated: 1 } };
    for (const html of [checked, cached]) {
      const counts = histogramCounts(html);
      for (const [label, count] of Object.entries(expected)) assert.deepEqual(counts[label], count, label);
    }
    assert.equal(cached, checked);
  });
});
