// The --format html report in a real browser: a small repository's report opens from a file:// URL
// with no console error and no request beyond the page itself, its charts have bars, the overview
// comes first, and the drill-down opens to a file's findings (from a chart's bar too). The
// screenshot it saves is the README's docs/images/html-report.png (copied by hand when the page
// changes, as the other README screenshots are).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { runCli } from '../../server/src/cli/run.js';
import { NodeFileSystem } from '../../server/src/engine/fs/file-system.js';
import { CHROMIUM, CHROMIUM_ARGS, createRunDir } from './harness.js';

const TODAY = new Date(2026, 10, 30);
const HOSTILE_NAME = '<img src=x onerror=alert(1)>.md';

function article(title: string, date: string | undefined, body: string): string {
  const front = [
    `title: ${title} for Office VBA developers`,
    'description: How to automate Office applications with Visual Basic for Applications, from the first macro to add-ins your team can share.',
    'author: writer',
    'ms.author: writer',
    ...(date ? [`ms.date: ${date}`] : []),
    'ms.topic: article',
  ];
  return `---\n${front.join('\n')}\n---\n\n# ${title}\n\n${body}\n`;
}

/** A small repository with broken links and includes, a spread of ms.date ages, and a hostile file name. */
function writeRepository(root: string): void {
  const files: Record<string, string> = {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'docs/index.md': article(
      'Get started',
      '10/01/2026',
      'See [setup](setup.md), [the old guide](old/removed.md) and [a section](old/macros.md#no-such-heading).\n\n![Diagram](images/diagram.png)\n\n[!INCLUDE[note](../includes/missing-note.md)]\n\nA [reference][undefined] link.',
    ),
    'docs/setup.md': article('Set up', '06/15/2026', 'Download it from http://example.com/tools and run the the installer.'),
    'docs/old/macros.md': article('Record macros', '01/10/2025', '## Record\n\nSee [events](events.md#handlers).'),
    'docs/old/events.md': article('Handle events', '03/01/2023', '## Handlers\n\n![Screen](../images/events.png)'),
    'docs/old/forms.md': article('Design forms', '2021-05-04', 'Forms hold controls.'),
    'docs/old/archive/classic.md': article('Classic menus', '02/02/2018', 'Menus from [before](../../missing.md).'),
    'docs/reference/objects.md': article('Object model', undefined, 'Every object in one place.'),
    'docs/reference/properties.md': article('Properties', '13/45/2024', 'Property reference.'),
    [`docs/reference/${HOSTILE_NAME}`]: article('Hostile name', '11/01/2026', 'A link to [a script](missing<script>alert(2)</script>.md).'),
    'includes/note.md': 'Shared note.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

async function report(root: string): Promise<string> {
  let html = '';
  let errors = '';
  const code = await runCli(['--format', 'html'], {
    stdout: (text) => (html += text),
    stderr: (text) => (errors += text),
    cwd: root,
    fs: new NodeFileSystem(),
    env: {},
    stdoutIsTTY: false,
    today: TODAY,
  });
  assert.equal(code, 1, errors);
  return html;
}

test('the HTML report opens in chromium, draws its charts and drills down to a finding', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is missing; run scripts/setup-e2e.sh`);
    return;
  }
  const runDir = createRunDir('html-report');
  const root = mkdtempSync(join(tmpdir(), 'guidance-lint-report-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    writeRepository(root);
    const file = join(runDir, 'report.html');
    writeFileSync(file, await report(root));
    t.diagnostic(`artifacts: ${runDir}`);

    const page = await browser.newPage({ viewport: { width: 1100, height: 1480 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url() !== pathToFileURL(file).href) problems.push(`request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(file).href);

    // The overview is written last and moved first: summary, broken references, charts, dates.
    assert.deepEqual(
      await page.locator('main > *').evaluateAll((elements) => elements.map((element) => element.className || element.tagName)),
      ['HEADER', 'broken', 'charts', 'dates', 'drill'],
    );
    assert.deepEqual((await page.locator('header .card').allTextContents()).slice(0, 4), [
      '10 files checked',
      '9 articles',
      '10 files with findings',
      '17 findings',
    ]);
    const brokenRules = await page.locator('.broken tr .rule').allTextContents();
    assert.deepEqual([...new Set(brokenRules)].sort(), [
      'img-file-not-found',
      'include-not-found',
      'link-anchor-not-found',
      'link-file-not-found',
      'link-reference-undefined',
    ]);

    // Every bar of every chart is drawn with an area.
    const bars = await page.locator('svg.chart rect.bar').evaluateAll((rects) =>
      rects.map((rect) => {
        const box = (rect as SVGGraphicsElement).getBoundingClientRect();
        return { width: box.width, height: box.height };
      }),
    );
    assert.ok(bars.length >= 10, `only ${bars.length} bars`);
    for (const bar of bars) assert.ok(bar.width > 0 && bar.height > 0, JSON.stringify(bar));
    assert.equal((await page.locator('.dates svg rect.bar.stale').count()) > 0, true);
    await page.screenshot({ path: join(runDir, 'html-report.png') });

    // Drill-down: folder, then file, then its findings with line:column and the rule's page.
    const docs = page.locator('.drill > details.folder', { hasText: 'docs/' }).first();
    assert.match((await docs.locator('> summary').textContent()) ?? '', /^docs\/ \d+ findings$/);
    const index = page.locator('details.file > summary[title="docs/index.md"]');
    assert.equal(await index.isVisible(), false);
    await docs.locator('> summary').click();
    await index.click();
    const missing = page.locator('details.file[open] tr', { hasText: 'link-file-not-found' }).first();
    await missing.waitFor();
    const [position, severity, ruleId] = await missing.locator('td').allTextContents();
    assert.match(position ?? '', /^\d+:\d+$/);
    assert.deepEqual([severity, ruleId], ['error', 'link-file-not-found']);
    assert.match((await missing.locator('a.rule').getAttribute('href')) ?? '', /\/docs\/rules\/link-file-not-found\.md$/);

    // A folder's bar leads to the folder, opened with the folders around it.
    await page.locator('.charts svg a[href^="#d"]', { hasText: 'docs/old/archive/' }).click();
    const classic = page.locator('details.file > summary[title="docs/old/archive/classic.md"]');
    await classic.waitFor();
    assert.equal(await classic.isVisible(), true);

    // The hostile file name is text, not markup.
    const hostile = page.locator(`details.file > summary[title="docs/reference/${HOSTILE_NAME}"]`);
    assert.equal(await hostile.count(), 1);
    assert.equal(await page.locator('main img, main [onerror]').count(), 0);
    assert.equal(await page.locator('main script').count(), 0);

    await page.screenshot({ path: join(runDir, 'html-report-drill-down.png'), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
});
