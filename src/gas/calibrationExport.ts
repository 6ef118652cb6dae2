import { EXPORT_HEADERS, EXPORT_SHEET } from '../core/cycles/calibrationExport';
import { PLAIN_TEXT } from '../core/workbook/sheetPlan';
import { foreignSheet } from '../core/messages';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * Writes (or rewrites) the "Calibration data" sheet: the header, frozen and bold, then the rows,
 * every cell plain text so that evidence like "=SUM(…)" or "+1555" stays as people typed it.
 * A sheet that exists is emptied first (`Sheet#clear({ contentsOnly: true })`), so a shorter
 * export leaves no old row behind; a sheet of that name the add-on did not write (its first row is
 * not the header) is refused, untouched. 11 calls, 9 when the sheet is made, 2 more when the grid grows.
 */
export function writeCalibrationData(rows: readonly string[][]): { sheet: string; rows: number } {
  const ss = activeSpreadsheet();
  const values = [[...EXPORT_HEADERS], ...rows.map((r) => [...r])];
  const existing = ss.getSheetByName(EXPORT_SHEET);
  if (existing) {
    // A sheet of that name someone else made is theirs: it is never emptied (its first row tells).
    const header = existing.getRange(1, 1, 1, EXPORT_HEADERS.length).getValues()[0] ?? [];
    const ours = EXPORT_HEADERS.every((h, i) => header[i] === h) || header.every((v) => v === '');
    if (!ours) throw foreignSheet(existing.getName(), EXPORT_SHEET, 'Rename it, then export again. Nothing was changed.');
  }
  const sheet = existing ?? ss.insertSheet(EXPORT_SHEET, ss.getNumSheets());
  if (existing) existing.clear({ contentsOnly: true });
  const maxRows = sheet.getMaxRows();
  if (values.length > maxRows) sheet.insertRowsAfter(maxRows, values.length - maxRows);
  const range = sheet.getRange(1, 1, values.length, EXPORT_HEADERS.length);
  range.setNumberFormat(PLAIN_TEXT);
  range.setValues(values);
  sheet.getRange(1, 1, 1, EXPORT_HEADERS.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return { sheet: EXPORT_SHEET, rows: rows.length };
}
