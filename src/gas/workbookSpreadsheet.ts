import { forgetLoadedLadders } from './ladderSource';
import { forgetBuiltRules } from './workbookWriter';

/**
 * The spreadsheet the add-on is bound to, fetched once per execution and shared by everything
 * that reads or writes the workbook in it (one service call, not one per module).
 */
let active: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  if (!active) active = SpreadsheetApp.getActiveSpreadsheet();
  return active;
}

/**
 * Apps Script runs every server call in a fresh global scope, so caches live for one
 * execution. The local test context and the playground keep one scope across calls: each entry
 * point calls this first so that every call pays, and is measured, as it would in Google.
 */
export function startExecution(): void {
  active = null;
  forgetLoadedLadders();
  forgetBuiltRules();
}
