import type { LadderSheetGrid } from '../core/ladderSheet/ladderToSheet';
import { SHADE, type LadderSheetFormatPlan } from '../core/ladderSheet/ladderSheetFormat';
import { rangeA1 } from '../core/workbook/a1';
import type { CellRange } from '../core/workbook/sheetPlan';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * Writes a ladder sheet (an export or the empty template) as a new sheet, made active. The
 * calls do not grow with the ladder: one write of values, one call per format over a range
 * or a range list, one per column-width group and per dropdown.
 */
export function writeLadderSheet(name: string, grid: LadderSheetGrid, format: LadderSheetFormatPlan): GoogleAppsScript.Spreadsheet.Sheet {
  const ss = activeSpreadsheet();
  const sheet = ss.insertSheet(name);
  const maxRows = sheet.getMaxRows();
  if (format.textRows > maxRows) sheet.insertRowsAfter(maxRows, format.textRows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (format.cols > maxColumns) sheet.insertColumnsAfter(maxColumns, format.cols - maxColumns);

  // Plain text first, so that ladder text is kept as typed: "2026", "+1 level", "=...".
  sheet.getRange(1, 1, format.textRows, format.cols).setNumberFormat('@');
  sheet.getRange(1, 1, grid.values.length, format.cols).setValues(grid.values);
  const wrapped = sheet.getRange(format.wrapFrom, 1, format.textRows - format.wrapFrom + 1, format.cols);
  wrapped.setWrap(true);
  wrapped.setVerticalAlignment('top');
  const a1 = (r: CellRange) => rangeA1(r.row, r.column, r.numRows, r.numColumns);
  sheet.getRangeList(format.bold.map(a1)).setFontWeight('bold');
  sheet.getRangeList(format.shaded.map(a1)).setBackground(SHADE);
  for (const w of format.columnWidths) sheet.setColumnWidths(w.column, w.count, w.width);
  for (const h of format.hiddenColumns) sheet.hideColumns(h.column, h.count);
  for (const d of format.dropdowns) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(d.values, true).setAllowInvalid(true).setHelpText(d.help).build();
    sheet.getRange(d.range.row, d.range.column, d.range.numRows, d.range.numColumns).setDataValidation(rule);
  }
  if (format.notes) sheet.getRange(1, 1, format.notes.length, format.cols).setNotes(format.notes);
  return sheet;
}

/** `base`, or `base (2)`, `base (3)`… : the first name no sheet has (Sheets refuses a duplicate). */
export function freeSheetName(base: string): string {
  const ss = activeSpreadsheet();
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${base.slice(0, 100 - suffix.length)}${suffix}`;
    if (!ss.getSheetByName(candidate)) return candidate;
  }
}
