// --format html: one self-contained page for a repository, for people who will not read a log:
// broken links and includes first, findings by rule and by folder as charts, how old the articles'
// ms.date is, and every file's findings in collapsible folders. Nothing is loaded from elsewhere
// (inline CSS, inline SVG, a small inline script). The drill-down is written as files come; the
// overview needs every count, so it is written last and the script moves it to the top (CSS
// `order` puts it there without the script). Every text from the repository is escaped.
import type { MsDateAge } from '../../engine/frontmatter/article-facts.js';
import { basename } from '../../engine/fs/file-system.js';
import { DOCS_BASE_URL } from '../../engine/rules/docs-url.js';
import type { Finding, Severity } from '../../engine/types.js';
import { escapeHtml } from './escape.js';
import { barChart, histogram, SEVERITIES, type BarRow, type HistogramBar } from './html-charts.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

/** Rules whose findings are links, images and includes that lead nowhere: listed first. */
export const BROKEN_REFERENCE_RULES: readonly string[] = [
  'link-file-not-found',
  'img-file-not-found',
  'include-not-found',
  'link-anchor-not-found',
  'link-reference-undefined',
];
/** Findings listed under one file; the rest are counted (every one is in --format json). */
export const ROWS_PER_FILE = 100;
/** Broken references listed at the top; the rest are under their files. */
export const BROKEN_ROWS = 500;
/** Bars of the by-rule and by-folder charts; the rest are summed in one bar. */
export const CHART_ROWS = 25;

/** Age buckets of ms.date, in days from the run's today: each holds ages below its bound. */
export const AGE_BUCKETS: ReadonlyArray<{ label: string; below: number }> = [
  { label: 'future', below: 0 },
  { label: '0–3 months', below: 91 },
  { label: '3–6 months', below: 183 },
  { label: '6–12 months', below: 366 },
  { label: '1–2 years', below: 731 },
  { label: '2–3 years', below: 1096 },
  { label: '3–5 years', below: 1827 },
  { label: '5+ years', below: Number.POSITIVE_INFINITY },
];
const NO_DATE = 'no ms.date';
const UNREADABLE_DATE = 'unreadable';

type Counts = Record<Severity, number>;

const noCounts = (): Counts => ({ error: 0, warning: 0, info: 0 });

export const formatHtml: Formatter = ({ cwd, rules, toolVersion }) => {
  const knownRules = new Set(rules.map((rule) => rule.id));
  const ruleLinks = new Map<string, string>();
  /** A rule id linked to its page (a plug-in's rule has none); made once per rule for the many rows. */
  const ruleLink = (ruleId: string) => {
    let link = ruleLinks.get(ruleId);
    if (link === undefined) {
      link = knownRules.has(ruleId)
        ? `<a class="rule" href="${escapeHtml(`${DOCS_BASE_URL}${ruleId}.md`)}">${escapeHtml(ruleId)}</a>`
        : `<span class="rule">${escapeHtml(ruleId)}</span>`;
      ruleLinks.set(ruleId, link);
    }
    return link;
  };

  const totals = noCounts();
  let filesChecked = 0;
  let articles = 0;
  let filesWithFindings = 0;
  const byRule = new Map<string, Counts>();
  const byFolder = new Map<string, Counts>();
  /** Drill-down element of each folder path (the first, should a folder be entered twice). */
  const folderIds = new Map<string, string>([['.', 'files']]);
  const ages = AGE_BUCKETS.map(() => ({ current: 0, stale: 0 }));
  let undated = 0;
  let unreadableDates = 0;
  let stale = 0;
  let oldest: number | undefined;
  const brokenRows: string[] = [];
  let brokenTotal = 0;
  /** Folders of the drill-down open at this point of the page, outermost first. */
  const openFolders: string[] = [];
  let folderCount = 0;

  const recordAge = (age: MsDateAge) => {
    if (age.kind === 'missing') undated++;
    else if (age.kind === 'unreadable') unreadableDates++;
    else {
      const bucket = ages[AGE_BUCKETS.findIndex((candidate) => age.days < candidate.below)]!;
      if (age.stale) {
        bucket.stale++;
        stale++;
      } else bucket.current++;
      oldest = Math.max(oldest ?? age.days, age.days);
    }
  };

  /** Closes the folders the next file is not in and opens the ones it is in. */
  const enterFolder = (folders: string[]): string => {
    let common = 0;
    while (common < openFolders.length && common < folders.length && openFolders[common] === folders[common]) common++;
    let html = '</div></details>'.repeat(openFolders.length - common);
    openFolders.length = common;
    for (const name of folders.slice(common)) {
      openFolders.push(name);
      const id = `d${++folderCount}`;
      const path = openFolders.join('/');
      if (!folderIds.has(path)) folderIds.set(path, id);
      html += `<details class="folder" id="${id}"><summary><span class="name">${escapeHtml(name)}/</span> <span class="total"></span></summary><div>`;
    }
    return html;
  };

  const row = (finding: Finding, where: string) =>
    `<tr class="${finding.severity}"><td>${where}</td><td>${finding.severity}</td><td>${ruleLink(finding.ruleId)}</td><td>${escapeHtml(finding.message)}</td></tr>`;

  return {
    start: () => pageStart(`Guidance Lint report: ${escapeHtml(basename(cwd) || cwd)}`),
    checked: ({ article }) => {
      filesChecked++;
      if (!article) return;
      articles++;
      recordAge(article.msDate);
    },
    file: (findings) => {
      const path = displayPath(findings[0]!.file, cwd);
      const segments = path.split('/');
      const name = segments.pop()!;
      const folderPath = segments.join('/') || '.';
      let folderCounts = byFolder.get(folderPath);
      if (!folderCounts) {
        folderCounts = noCounts();
        byFolder.set(folderPath, folderCounts);
      }
      const id = `f${++filesWithFindings}`;
      const counts = noCounts();
      for (const finding of findings) {
        counts[finding.severity]++;
        totals[finding.severity]++;
        folderCounts[finding.severity]++;
        let ruleCounts = byRule.get(finding.ruleId);
        if (!ruleCounts) {
          ruleCounts = noCounts();
          byRule.set(finding.ruleId, ruleCounts);
        }
        ruleCounts[finding.severity]++;
        if (BROKEN_REFERENCE_RULES.includes(finding.ruleId)) {
          brokenTotal++;
          if (brokenRows.length < BROKEN_ROWS) {
            const { line, column } = finding.range.start;
            brokenRows.push(row(finding, `<a href="#${id}">${escapeHtml(path)}</a>:${line}:${column}`));
          }
        }
      }
      const opened = enterFolder(segments);
      const rows = findings
        .slice(0, ROWS_PER_FILE)
        .map((finding) => row(finding, `${finding.range.start.line}:${finding.range.start.column}`))
        .join('');
      const more = findings.length - ROWS_PER_FILE;
      const moreRow =
        more > 0 ? `<tr class="more"><td colspan="4">… and ${more} more in this file (--format json lists every one)</td></tr>` : '';
      return (
        `${opened}<details class="file" id="${id}" data-n="${findings.length}"><summary title="${escapeHtml(path)}"><span class="name">${escapeHtml(name)}</span>${badges(counts)}</summary>` +
        `<table>${rows}${moreRow}</table></details>\n`
      );
    },
    end: () => {
      const closed = '</div></details>'.repeat(openFolders.length);
      const total = totals.error + totals.warning + totals.info;
      const drillEnd = filesWithFindings === 0 ? '<p class="none">No findings.</p>' : '';
      return `${closed}${drillEnd}</section>\n${overview()}\n</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`;

      function overview(): string {
        const summary =
          `<header data-overview><h1>Guidance Lint report</h1><p class="meta">${escapeHtml(cwd)} · guidance-lint ${escapeHtml(toolVersion)}</p>` +
          `<div class="cards">${card(filesChecked, 'files checked')}${card(articles, 'articles')}${card(filesWithFindings, 'files with findings')}` +
          `${card(total, 'findings')}${SEVERITIES.map((severity) => card(totals[severity], plural(totals[severity], severity), severity)).join('')}</div></header>`;
        const brokenMore = brokenTotal - brokenRows.length;
        const broken =
          `<section data-overview class="broken"><h2>Broken links and includes (${brokenTotal})</h2>` +
          (brokenTotal === 0
            ? '<p class="none">None: every link, image and include leads somewhere.</p>'
            : `<p>${BROKEN_REFERENCE_RULES.map((ruleId) => `${ruleLink(ruleId)} ${sum(byRule.get(ruleId))}`).join(' · ')}</p>` +
              `<table>${brokenRows.join('')}${brokenMore > 0 ? `<tr class="more"><td colspan="4">… and ${brokenMore} more (under their files below)</td></tr>` : ''}</table>`) +
          '</section>';
        const charts =
          `<section data-overview class="charts"><h2>Findings by rule</h2>${total === 0 ? '<p class="none">No findings.</p>' : barChart('Findings by rule', ruleRows())}` +
          `<h2>Findings by folder</h2>${total === 0 ? '<p class="none">No findings.</p>' : barChart('Findings by folder', folderRows())}</section>`;
        return `${summary}\n${broken}\n${charts}\n${dates()}`;
      }

      function ruleRows(): BarRow[] {
        const rows = [...byRule]
          .sort(([a, countsA], [b, countsB]) => sum(countsB) - sum(countsA) || compare(a, b))
          .map(
            ([ruleId, counts]): BarRow => ({
              label: ruleId,
              counts,
              ...(knownRules.has(ruleId) ? { href: `${DOCS_BASE_URL}${ruleId}.md` } : {}),
            }),
          );
        return capped(rows, 'rules');
      }

      function folderRows(): BarRow[] {
        const rows = [...byFolder]
          .sort(([a, countsA], [b, countsB]) => sum(countsB) - sum(countsA) || compare(a, b))
          .map(([path, counts]): BarRow => ({ label: path === '.' ? './' : `${path}/`, counts, href: `#${folderIds.get(path)}` }));
        return capped(rows, 'folders');
      }

      function dates(): string {
        const bars: HistogramBar[] = AGE_BUCKETS.map((bucket, index) => ({ label: bucket.label, ...ages[index]! })).filter(
          (bar, index) => index > 0 || bar.current + bar.stale > 0,
        );
        bars.push({ label: NO_DATE, current: undated, stale: 0, undated: true });
        if (unreadableDates > 0) bars.push({ label: UNREADABLE_DATE, current: unreadableDates, stale: 0, undated: true });
        const facts =
          `${articles.toLocaleString('en-US')} ${plural(articles, 'article')}: ${stale.toLocaleString('en-US')} stale (ms.date older than the review cycle, maxAgeDays), ${undated.toLocaleString('en-US')} without ms.date` +
          (unreadableDates > 0 ? `, ${unreadableDates.toLocaleString('en-US')} with a date that names no day` : '') +
          (oldest !== undefined ? `; the oldest is ${oldest.toLocaleString('en-US')} days old` : '') +
          '.';
        return `<section data-overview class="dates"><h2>Age of ms.date</h2><p>${facts}</p>${articles === 0 ? '' : histogram('Articles by age of ms.date', bars)}<p class="legend"><span class="key current"></span> current <span class="key stale"></span> stale <span class="key undated"></span> no date</p></section>`;
      }
    },
  };
};

function capped(rows: BarRow[], what: string): BarRow[] {
  if (rows.length <= CHART_ROWS) return rows;
  const rest = rows.slice(CHART_ROWS - 1);
  const counts = noCounts();
  for (const row of rest) for (const severity of SEVERITIES) counts[severity] += row.counts[severity];
  return [...rows.slice(0, CHART_ROWS - 1), { label: `${rest.length} other ${what}`, counts }];
}

function badges(counts: Counts): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map(
      (severity) =>
        ` <span class="n ${severity}" title="${counts[severity]} ${plural(counts[severity], severity)}">${counts[severity]}</span>`,
    )
    .join('');
}

function card(count: number, label: string, severity?: Severity): string {
  return `<div class="card${severity ? ` ${severity}` : ''}"><b>${count.toLocaleString('en-US')}</b> ${label}</div>`;
}

function sum(counts: Counts | undefined): number {
  return counts ? counts.error + counts.warning + counts.info : 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(count: number, word: string): string {
  return count === 1 || word === 'info' ? word : `${word}s`;
}

// Cells are styled by position (place, severity, rule, message), not by class: rows stay short.
const STYLE = `
:root{--error:#c62828;--warning:#a65f00;--info:#1565c0;--current:#2e7d32;--stale:#d84315;--undated:#8d8d8d;--line:#ddd;color-scheme:light}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fafafa}
main{display:flex;flex-direction:column;max-width:1100px;margin:0 auto;padding:16px 24px}
[data-overview]{order:-1}
h1{font-size:24px;margin:8px 0}h2{font-size:18px;margin:24px 0 8px}section>h2:first-child{margin-top:8px}
section,header{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 16px 16px;margin-bottom:16px}
.meta{color:#555;margin:0 0 12px;word-break:break-all}
.cards{display:flex;flex-wrap:wrap;gap:8px}.card{border:1px solid var(--line);border-radius:6px;padding:6px 12px}.card b{font-size:18px}
.card.error b,.n.error,tr.error td:nth-child(2){color:var(--error)}.card.warning b,.n.warning,tr.warning td:nth-child(2){color:var(--warning)}.card.info b,.n.info,tr.info td:nth-child(2){color:var(--info)}
table{border-collapse:collapse;width:100%;margin:4px 0}td{padding:2px 8px;border-top:1px solid #eee;vertical-align:top}
td:first-child{white-space:nowrap;font-family:ui-monospace,Consolas,monospace;font-size:12px}td:first-child a{white-space:normal;word-break:break-all}
td:nth-child(2){width:5em}td:nth-child(4){word-break:break-word}tr.more td{color:#555;font-style:italic;font-family:inherit;white-space:normal}
.rule{font-family:ui-monospace,Consolas,monospace;font-size:12px;white-space:nowrap}
svg.chart{max-width:100%;height:auto;display:block}svg text{font-size:12px;fill:#333}
svg a:hover text{text-decoration:underline}
.bar.error{fill:var(--error)}.bar.warning{fill:var(--warning)}.bar.info{fill:var(--info)}.bar.current{fill:var(--current)}.bar.stale{fill:var(--stale)}.bar.undated{fill:var(--undated)}
.legend .key{display:inline-block;width:10px;height:10px;margin-left:12px}.key.current{background:var(--current)}.key.stale{background:var(--stale)}.key.undated{background:var(--undated)}
details{margin-left:16px}details>summary{cursor:pointer;padding:2px 0}details.folder>summary .name{font-weight:600}
.drill>details{margin-left:0}.n{font-size:12px;font-weight:600;margin-left:6px}.total{color:#555;font-size:12px}
.none{color:#555}button{margin-right:8px}
`;

// Moves the overview above the drill-down (for reading order and the keyboard), counts each
// folder's findings, opens the folders around a linked file or folder, and expands or collapses all.
const SCRIPT = `
(() => {
  const main = document.querySelector('main');
  main.prepend(...document.querySelectorAll('[data-overview]'));
  for (const folder of document.querySelectorAll('details.folder')) {
    let count = 0;
    for (const file of folder.querySelectorAll('details.file')) count += Number(file.dataset.n);
    // The summary's own span: a selector from the folder would search its whole subtree.
    folder.firstElementChild.querySelector('.total').textContent = count + (count === 1 ? ' finding' : ' findings');
  }
  const reveal = () => {
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    for (let element = target; element; element = element.parentElement) if (element.tagName === 'DETAILS') element.open = true;
    if (target) target.scrollIntoView();
  };
  addEventListener('hashchange', reveal);
  reveal();
  for (const button of document.querySelectorAll('button[data-open]')) {
    button.addEventListener('click', () => {
      for (const details of document.querySelectorAll('.drill details')) details.open = button.dataset.open === 'true';
    });
  }
})();
`;

function pageStart(title: string): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">\n` +
    `<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n` +
    `<section class="drill" id="files"><h2>Findings by folder and file</h2><p><button type="button" data-open="true">Expand all</button><button type="button" data-open="false">Collapse all</button></p>\n`
  );
}
