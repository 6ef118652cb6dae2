import { HISTORY_COLUMNS, HISTORY_HEADERS, historyCells, readHistory, type HistoryRow, type HistorySheet } from '../core/cycles/history';
import { columnLetters, quoteSheetName, rangeA1, wholeColumnsA1 } from '../core/workbook/a1';
import { HISTORY_SHEET } from '../core/workbook/layout';
import { PLAIN_TEXT } from '../core/workbook/sheetPlan';
import { activeSpreadsheet } from './workbookSpreadsheet';
import type { WorkbookSettings } from '../core/workbook/model';

/**
 * Reads and appends to the History sheet. Reading is one `getDisplayValues()` of its columns
 * found by A1 notation (2 calls): display values, so a cell reads as the person who unhid the
 * sheet sees it. Appending is one `setValues()` below the last row (2 calls, 2 more when the
 * grid must grow). The sheet is made once, hidden and protected.
 */

export interface HistoryState {
  sheet: HistorySheet;
  /** Rows of the sheet's grid (rows appended beyond it must be inserted first); 0 when there is no sheet. */
  gridRows: number;
  exists: boolean;
}

export function readHistorySheet(): HistoryState {
  const ss = activeSpreadsheet();
  let values: string[][];
  try {
    values = ss.getRange(wholeColumnsA1(HISTORY_SHEET, HISTORY_COLUMNS)).getDisplayValues();
  } catch (e) {
    // Asked, not read off Google's exception (worded in the user's language).
    if (ss.getSheetByName(HISTORY_SHEET) !== null) throw e;
    return { sheet: readHistory([]), gridRows: 0, exists: false };
  }
  return { sheet: readHistory(values), gridRows: values.length, exists: true };
}

/**
 * The History sheet's rows for the trend: none, without a call, while the settings record no
 * archived cycle (a workbook in its first cycle pays nothing for the trend).
 */
export function trendRows(settings: WorkbookSettings): HistoryRow[] {
  return settings.lastArchivedCycle ? readHistorySheet().sheet.rows : [];
}

export function appendHistory(state: HistoryState, rows: readonly HistoryRow[]): void {
  if (rows.length === 0) return;
  const ss = activeSpreadsheet();
  if (!state.exists) {
    const sheet = ss.insertSheet(HISTORY_SHEET, ss.getNumSheets());
    const values = [[...HISTORY_HEADERS], ...rows.map((r) => historyCells(r))];
    if (values.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    // Plain text: evidence such as "=SUM(…)" or "+1555" stays as written, and ratings stay words.
    const block = sheet.getRange(1, 1, values.length, HISTORY_COLUMNS);
    // Wrapped, so that evidence, reasons and flags read whole once the sheet is unhidden.
    sheet
      .getRange(`A:${columnLetters(HISTORY_COLUMNS)}`)
      .setNumberFormat(PLAIN_TEXT)
      .setWrap(true);
    block.setValues(values);
    sheet.setFrozenRows(1);
    sheet.hideSheet();
    // Warning-only: editors of the spreadsheet (the manager's own co-managers) may need to
    // correct a row, and a full protection would need their emails; the warning stops an edit
    // made by mistake (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)).
    sheet.protect().setDescription('Career Ladder: past review cycles. Edit only to correct a mistake.').setWarningOnly(true);
    return;
  }
  const cells = rows.map((r) => historyCells(r, state.sheet.order));
  const width = cells[0]!.length;
  const first = state.sheet.lastRow + 1;
  const last = first + cells.length - 1;
  if (last > state.gridRows) {
    const sheet = ss.getSheetByName(HISTORY_SHEET);
    if (!sheet) throw new Error(`The sheet “${HISTORY_SHEET}” disappeared: try again.`);
    sheet.insertRowsAfter(state.gridRows, last - state.gridRows);
  }
  ss.getRange(`${quoteSheetName(HISTORY_SHEET)}!${rangeA1(first, 1, cells.length, width)}`).setValues(cells);
}
