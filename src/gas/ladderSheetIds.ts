import { rangeA1 } from '../core/ladderSheet/cellAddress';
import type { IdWriteBackPlan } from '../core/ladderSheet/idWriteBack';

/** Writes the ids made from names into the ladder sheet (see idWriteBack.ts): a few blocks, as plain text. */
export function applyIdWriteBack(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: IdWriteBackPlan): void {
  if (plan.insertRows) sheet.insertRowsBefore(plan.insertRows.before + 1, plan.insertRows.count);
  if (plan.newColumns) {
    const needed = plan.newColumns.first + plan.newColumns.count;
    const maxColumns = sheet.getMaxColumns();
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  }
  const blocks = plan.writes.filter((w) => w.values.length > 0 && (w.values[0]?.length ?? 0) > 0);
  const a1s = blocks.map((w) => rangeA1({ row: w.row, col: w.col }, w.values.length, w.values[0]?.length ?? 0));
  if (a1s.length > 0) sheet.getRangeList(a1s).setNumberFormat('@');
  blocks.forEach((w, i) => sheet.getRange(a1s[i] as string).setValues(w.values));
  if (plan.newColumns) sheet.hideColumns(plan.newColumns.first + 1, plan.newColumns.count);
}
