import type { RatingProblem, ValidationReport } from '../api';
import type { DialogPlan } from '../dialogPlan';
import type { RefreshSummary } from './workbookRefresh';

/**
 * What the manager is shown after Validate ratings and Refresh workbook. The report dialog is
 * the template src/ui/templates/RatingReport.html, which escapes everything that came from a
 * sheet (docs/ARCHITECTURE.md, Safety: nothing from a sheet is ever evaluated).
 */

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

/** The report as a modeless dialog: one table row per bad cell, long values shortened. */
export function ratingReportDialog(report: ValidationReport, sheetsChecked: number, selectedSheet: string | null): DialogPlan {
  const problems = report.problems.map((p) => ({ ...p, value: shorten(p.value) }));
  return {
    title: report.ok ? 'Ratings are valid' : 'Ratings to fix',
    template: 'RatingReport',
    data: { ok: report.ok, sheetsChecked, problems, selectedSheet },
    width: 640,
    height: report.ok ? 120 : 420,
    modeless: true,
  };
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
