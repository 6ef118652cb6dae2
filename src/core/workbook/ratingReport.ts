import type { RatingProblem, ValidationReport } from '../api';
import type { RefreshSummary } from './workbookRefresh';

/**
 * What the manager is shown after Validate ratings and Refresh workbook. Everything that came
 * from a sheet is escaped before it is put in HTML (DESIGN.md section 9: nothing from a sheet
 * is ever evaluated).
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A1 addresses of a sheet's problems, for selecting them (one RangeList per sheet). */
export function problemCellsBySheet(problems: readonly RatingProblem[]): Map<string, string[]> {
  const bySheet = new Map<string, string[]>();
  for (const p of problems) {
    const cells = bySheet.get(p.sheet) ?? [];
    if (!cells.includes(p.cell)) cells.push(p.cell);
    bySheet.set(p.sheet, cells);
  }
  return bySheet;
}

const MAX_VALUE_SHOWN = 80;

function shorten(text: string): string {
  return text.length > MAX_VALUE_SHOWN ? `${text.slice(0, MAX_VALUE_SHOWN - 1)}…` : text;
}

/** The report as a small HTML page: one table row per bad cell. */
export function ratingReportHtml(report: ValidationReport, sheetsChecked: number, selectedSheet: string | null): string {
  const style =
    '<style>body{font:13px Arial,sans-serif;margin:8px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}code{white-space:pre-wrap}</style>';
  if (report.ok) return `${style}<p>Every rating is valid (${sheetsChecked} rating sheet${sheetsChecked === 1 ? '' : 's'} checked).</p>`;
  const rows = report.problems
    .map((p) => `<tr><td>${escapeHtml(p.sheet)}</td><td>${escapeHtml(p.cell)}</td><td><code>${escapeHtml(shorten(p.value))}</code></td><td>${escapeHtml(p.message)}</td></tr>`)
    .join('');
  const selected = selectedSheet ? `<p>The bad cells of “${escapeHtml(selectedSheet)}” are selected. Fix them, then run Validate ratings again.</p>` : '';
  return `${style}<p>${report.problems.length} cell${report.problems.length === 1 ? '' : 's'} need fixing (${sheetsChecked} rating sheets checked). Calibration does not count them until they are fixed.</p>${selected}<table><tr><th>Sheet</th><th>Cell</th><th>Value</th><th>Problem</th></tr>${rows}</table>`;
}

/** One line for a toast after Refresh workbook. */
export function refreshSummaryText(summary: RefreshSummary): string {
  const parts: string[] = [];
  const list = (names: string[]) => names.join(', ');
  if (summary.added.length > 0) parts.push(`added ${list(summary.added)}`);
  if (summary.returned.length > 0) parts.push(`back on the team: ${list(summary.returned)}`);
  if (summary.archived.length > 0) parts.push(`archived ${list(summary.archived)} (their sheets are kept)`);
  if (summary.renamed.length > 0) parts.push(`renamed ${list(summary.renamed)}`);
  parts.push(`${summary.ratingsKept} rated sub-skill${summary.ratingsKept === 1 ? '' : 's'} kept`);
  if (summary.ratingsArchived > 0) parts.push(`${summary.ratingsArchived} moved to archived ratings`);
  if (summary.ratingsRestored > 0) parts.push(`${summary.ratingsRestored} restored from archived ratings`);
  return `Workbook refreshed: ${parts.join('; ')}.`;
}
