import {
  CHANGE_LOG_BOUND,
  CHANGE_LOG_COLUMNS,
  CHANGE_LOG_HEADERS,
  entryRow,
  fitsUnderBound,
  foldedLog,
  type ChangeEntry,
} from '../core/cycles/changeLog';
import { columnLetters, wholeColumnsA1 } from '../core/workbook/a1';
import { CHANGE_LOG_SHEET } from '../core/workbook/layout';
import { PLAIN_TEXT } from '../core/workbook/sheetPlan';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * The Change log sheet. Appending costs 4 calls (the sheet, its last row, the range, the
 * values) whatever the number of entries; the first append makes the sheet (hidden, protected
 * with a warning, plain text so that an old value such as "=1" stays as written). Past the
 * bound the whole log is read and rewritten once, folded (core/cycles/changeLog.ts).
 */
export function appendChanges(entries: readonly ChangeEntry[]): void {
  if (entries.length === 0) return;
  const ss = activeSpreadsheet();
  let sheet = ss.getSheetByName(CHANGE_LOG_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(CHANGE_LOG_SHEET, ss.getNumSheets());
    // The grid holds the bound from the start, so that an append never has to grow it (which
    // would cost a call to ask its size on every save): 5,001 × 11 cells, far below Sheets' limit.
    sheet.insertRowsAfter(sheet.getMaxRows(), CHANGE_LOG_BOUND + 1 - sheet.getMaxRows());
    // Wrapped, so that a long piece of evidence (old or new) reads whole once the sheet is unhidden.
    sheet
      .getRange(`A:${columnLetters(CHANGE_LOG_COLUMNS)}`)
      .setNumberFormat(PLAIN_TEXT)
      .setWrap(true);
    sheet.setColumnWidths(1, 2, 180);
    sheet.getRange(1, 1, 1, CHANGE_LOG_COLUMNS).setValues([[...CHANGE_LOG_HEADERS]]);
    sheet.setFrozenRows(1);
    sheet.hideSheet();
    // Warning-only, as for the History sheet: a correction stays possible, a slip is stopped
    // (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)).
    sheet.protect().setDescription('Career Ladder: changes made through the add-on. Edit only to correct a mistake.').setWarningOnly(true);
  }
  const last = Math.max(sheet.getLastRow(), 1);
  const logged = last - 1;
  if (fitsUnderBound(logged, entries.length)) {
    const rows = entries.map(entryRow);
    try {
      sheet.getRange(last + 1, 1, rows.length, CHANGE_LOG_COLUMNS).setValues(rows);
    } catch (e) {
      // Rows deleted by hand left the grid short: asked (not read off Google's error), grown, written.
      const maxRows = sheet.getMaxRows();
      if (last + rows.length <= maxRows) throw e;
      sheet.insertRowsAfter(maxRows, last + rows.length - maxRows);
      sheet.getRange(last + 1, 1, rows.length, CHANGE_LOG_COLUMNS).setValues(rows);
    }
    return;
  }
  // Rare (once every few thousand changes): read the rows, fold, and rewrite the block.
  const rows =
    logged > 0
      ? sheet
          .getRange(2, 1, logged, CHANGE_LOG_COLUMNS)
          .getValues()
          .map((r) => r.map(String))
      : [];
  const next = foldedLog(rows, entries)!;
  sheet.getRange(2, 1, logged, CHANGE_LOG_COLUMNS).clearContent();
  sheet.getRange(2, 1, next.length, CHANGE_LOG_COLUMNS).setValues(next);
}

/** The log's rows (header excluded), or none when there is no log yet: 2 calls, 3 without the sheet. */
export function readChanges(): string[][] {
  const ss = activeSpreadsheet();
  try {
    const values = ss.getRange(wholeColumnsA1(CHANGE_LOG_SHEET, CHANGE_LOG_COLUMNS)).getDisplayValues();
    return values.slice(1).filter((r) => r.some((v) => v !== ''));
  } catch (e) {
    // Asked, not read off Google's exception (worded in the user's language).
    if (ss.getSheetByName(CHANGE_LOG_SHEET) !== null) throw e;
    return [];
  }
}

/**
 * Who made a change, as Google reveals it: the active user's email, '' when Google withholds it
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUser(): blank for
 * a user outside the script owner's domain, among other cases). 2 calls.
 */
export function changedBy(): string {
  return Session.getActiveUser().getEmail();
}
