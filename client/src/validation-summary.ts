// What the writer reads when Validate Repository ends: in the notification, in the status bar's
// tooltip (which stays after the notification hides itself) and in the log. Plain functions of the
// server's summary, so they are tested without VS Code.
import type { ValidationSummary } from '../../server/src/protocol.js';

/** `1 error`, `2 warnings`: counts as a writer says them. */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function seconds(elapsedMs: number): string {
  return elapsedMs < 10_000 ? `${(elapsedMs / 1000).toFixed(1)} s` : `${Math.round(elapsedMs / 1000)} s`;
}

/** One line for the notification, the status bar tooltip and the log; undefined means cancelled before any result. */
export function validationSummaryText(summary: ValidationSummary | undefined, elapsedMs: number): string {
  if (!summary) return `Validation cancelled after ${seconds(elapsedMs)}.`;
  const baselined = summary.baselined > 0 ? ` (${summary.baselined.toLocaleString('en-US')} more in the baseline)` : '';
  const findings = `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${count(summary.infos, 'info')}${baselined}`;
  return summary.cancelled
    ? `Validation cancelled after ${count(summary.files, 'file')} in ${seconds(elapsedMs)}: ${findings} so far.`
    : `Validated ${count(summary.files, 'file')} in ${seconds(elapsedMs)}: ${findings}.`;
}
