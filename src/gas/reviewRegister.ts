import { wholeColumnsA1 } from '../core/workbook/a1';
import { PLAIN_TEXT } from '../core/workbook/sheetPlan';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * The review sheets of the workbook ("Review requests", "Review details"): each read whole in
 * 2 calls (its columns by A1 notation), and rewritten whole when it changed. Both are hidden:
 * they are the add-on's records, read through listReviewRequests and the PM sheets.
 */
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
 * Writes the table (header first) as plain text over the sheet, made hidden if missing, and
 * empties the rows a shorter table leaves (5 calls; 3 more the first time, 2 more when rows
 * must be added or emptied).
 */
export function writeTable(sheetName: string, rows: readonly (readonly string[])[], previousRows: number): void {
  const ss = activeSpreadsheet();
  const columns = rows[0]?.length ?? 0;
  let sheet = ss.getSheetByName(sheetName);
  if (!sheet) {
    sheet = ss.insertSheet(sheetName, ss.getNumSheets());
    sheet.hideSheet();
  }
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  const range = sheet.getRange(1, 1, rows.length, columns);
  range.setNumberFormat(PLAIN_TEXT);
  range.setValues(rows.map((r) => [...r]));
  if (previousRows > rows.length) sheet.getRange(rows.length + 1, 1, previousRows - rows.length, columns).clearContent();
}
