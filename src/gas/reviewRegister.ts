import { quoteSheetName, rangeA1, wholeColumnsA1 } from '../core/workbook/a1';
import { PLAIN_TEXT } from '../core/workbook/sheetPlan';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * The review sheets of the workbook ("Review requests", "Review details"): each read whole in
 * 2 calls (its columns by A1 notation), and rewritten whole when it changed. Both are hidden:
 * they are the add-on's records, read through listReviewRequests and the PM sheets.
 */
/** Wide enough for an email or a date on one line; longer text wraps. */
const COLUMN_WIDTH = 200;

export interface TableRead {
  /** Rows as read, header included; [] when the sheet does not exist. */
  values: unknown[][];
}

export function readTable(sheetName: string, columns: number): TableRead {
  const ss = activeSpreadsheet();
  try {
    const values = ss.getRange(wholeColumnsA1(sheetName, columns)).getValues();
    // Whole columns run to the sheet's last row: the empty rows below the table are not rows.
    let last = values.length;
    while (last > 0 && values[last - 1]!.every((v) => v === '')) last -= 1;
    return { values: values.slice(0, last) };
  } catch (e) {
    // Asked, not read off Google's exception.
    if (ss.getSheetByName(sheetName) === null) return { values: [] };
    throw e;
  }
}

/**
 * Writes the table (header first) over the sheet: 2 calls when the sheet is there and large
 * enough, 2 more to empty the rows a shorter table leaves. The first time, the sheet is made,
 * hidden, its cells formatted as plain text (text stays as typed) and wrapped in columns of a
 * readable width (every text shows whole when someone unhides it), and the columns `hide` names
 * hidden: records for the add-on, not for reading (12 calls in all, 13 with hidden columns); a
 * sheet too short grows first. Why a write failed is asked of the sheet, never read off Google's
 * error (its text is in the user's language).
 */
export function writeTable(
  sheetName: string,
  rows: readonly (readonly string[])[],
  previousRows: number,
  hide?: { first: number; count: number },
  visible = false,
): void {
  const ss = activeSpreadsheet();
  const columns = rows[0]?.length ?? 0;
  const values = rows.map((r) => [...r]);
  try {
    ss.getRange(`${quoteSheetName(sheetName)}!${rangeA1(1, 1, rows.length, columns)}`).setValues(values);
  } catch (e) {
    let sheet = ss.getSheetByName(sheetName);
    const made = sheet === null;
    if (!sheet) {
      sheet = ss.insertSheet(sheetName, ss.getNumSheets());
      if (!visible) sheet.hideSheet();
      sheet.setColumnWidths(1, columns, COLUMN_WIDTH);
      if (hide) sheet.hideColumns(hide.first, hide.count);
    }
    const maxRows = sheet.getMaxRows();
    if (!made && rows.length <= maxRows) throw e;
    if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
    sheet.getRange(1, 1, Math.max(rows.length, maxRows), columns).setNumberFormat(PLAIN_TEXT).setWrap(true);
    sheet.getRange(1, 1, rows.length, columns).setValues(values);
  }
  if (previousRows > rows.length)
    ss.getRange(`${quoteSheetName(sheetName)}!${rangeA1(rows.length + 1, 1, previousRows - rows.length, columns)}`).clearContent();
}
