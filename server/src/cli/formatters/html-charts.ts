// The report's charts, drawn as inline SVG: no script, font or file from elsewhere. Labels are
// repository text (folder names, rule ids of plug-ins), escaped like every other text of the page.
import type { Severity } from '../../engine/types.js';
import { escapeHtml } from './escape.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface BarRow {
  label: string;
  counts: Record<Severity, number>;
  /** Where the label leads (a rule's documentation, a folder of the drill-down). */
  href?: string;
}

const WIDTH = 760;
const LABEL_WIDTH = 280;
const COUNT_WIDTH = 70;
const ROW_HEIGHT = 22;
const BAR_HEIGHT = 16;
/** Characters of a label shown; a longer one is cut in its middle (its end names the file or rule). */
const LABEL_CHARACTERS = 40;

/** Horizontal bars, one per row, each split by severity; rows as given. */
export function barChart(title: string, rows: readonly BarRow[]): string {
  const totals = rows.map((row) => SEVERITIES.reduce((sum, severity) => sum + row.counts[severity], 0));
  const largest = Math.max(1, ...totals);
  const scale = (WIDTH - LABEL_WIDTH - COUNT_WIDTH) / largest;
  const height = rows.length * ROW_HEIGHT;
  const parts = rows.map((row, index) => {
    const y = index * ROW_HEIGHT;
    const label = `<text class="label" text-anchor="end" x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT - 3}">${escapeHtml(shorten(row.label))}</text>`;
    let x = LABEL_WIDTH;
    const bars = SEVERITIES.filter((severity) => row.counts[severity] > 0).map((severity) => {
      const width = Math.max(1, row.counts[severity] * scale);
      const bar = `<rect class="bar ${severity}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}"><title>${escapeHtml(row.label)}: ${row.counts[severity]} ${severity}${row.counts[severity] === 1 || severity === 'info' ? '' : 's'}</title></rect>`;
      x += width;
      return bar;
    });
    const count = `<text class="count" x="${(x + 6).toFixed(1)}" y="${y + BAR_HEIGHT - 3}">${totals[index]}</text>`;
    const content = label + bars.join('') + count;
    return `<g>${row.href ? `<a href="${escapeHtml(row.href)}">${content}</a>` : content}</g>`;
  });
  return svg(title, WIDTH, height, parts.join(''));
}

export interface HistogramBar {
  label: string;
  /** The two parts of the bar, drawn one on the other. */
  current: number;
  stale: number;
  /** Articles whose date cannot be aged (none, or unreadable): drawn apart from the dated ones. */
  undated?: boolean;
}

const CHART_HEIGHT = 180;
const AXIS_HEIGHT = 36;

/** Vertical bars, one per bucket, stale part on top of the current part, count above. */
export function histogram(title: string, bars: readonly HistogramBar[]): string {
  const slot = WIDTH / bars.length;
  const largest = Math.max(1, ...bars.map((bar) => bar.current + bar.stale));
  const scale = (CHART_HEIGHT - 20) / largest;
  const parts = bars.map((bar, index) => {
    const x = index * slot + slot * 0.15;
    const width = slot * 0.7;
    const rects: string[] = [];
    let top = CHART_HEIGHT;
    const kinds = bar.undated
      ? ([['undated', bar.current + bar.stale]] as const)
      : ([
          ['current', bar.current],
          ['stale', bar.stale],
        ] as const);
    for (const [kind, count] of kinds) {
      if (count === 0) continue;
      const height = Math.max(1, count * scale);
      top -= height;
      rects.push(
        `<rect class="bar ${kind}" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}"><title>${escapeHtml(bar.label)}: ${count} ${kind === 'undated' ? '' : `${kind} `}article${count === 1 ? '' : 's'}</title></rect>`,
      );
    }
    const center = (index * slot + slot / 2).toFixed(1);
    return (
      `<g>${rects.join('')}` +
      `<text class="count" text-anchor="middle" x="${center}" y="${(top - 4).toFixed(1)}">${bar.current + bar.stale}</text>` +
      `<text class="label" text-anchor="middle" x="${center}" y="${CHART_HEIGHT + 16}">${escapeHtml(bar.label)}</text></g>`
    );
  });
  return svg(title, WIDTH, CHART_HEIGHT + AXIS_HEIGHT, parts.join(''));
}

function svg(title: string, width: number, height: number, content: string): string {
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${Math.max(height, 1)}" width="${width}" height="${Math.max(height, 1)}">${content}</svg>`;
}

function shorten(label: string): string {
  const characters = [...label];
  if (characters.length <= LABEL_CHARACTERS) return label;
  const half = Math.floor((LABEL_CHARACTERS - 1) / 2);
  return `${characters.slice(0, half).join('')}…${characters.slice(-half).join('')}`;
}
