/**
 * The spreadsheet the add-on is bound to, fetched once per execution and shared by everything
 * that reads or writes the workbook in it (one service call, not one per module). Apps Script
 * starts every execution with fresh globals, so this lives for one call and needs no reset
 * (docs/ARCHITECTURE.md, The in-memory workspace and the playground).
 */
let active: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  if (!active) active = SpreadsheetApp.getActiveSpreadsheet();
  return active;
}

/** What a manager reads when the add-on runs without a spreadsheet around it. */
export const NO_SPREADSHEET =
  'Career Ladder must run from a spreadsheet: open the calibration spreadsheet and use Extensions → Career Ladder there. Nothing was changed.';

/**
 * Runs `work` holding the spreadsheet's document lock, so that two saves or refreshes of the
 * same workbook never interleave; `busy` is the message when another one holds the lock for
 * longer than `waitMs`. getDocumentLock returns null outside a document (a standalone script or
 * a web app: developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock),
 * which is refused before anything is read. 3 calls (get, wait, release).
 */
export function withDocumentLock<T>(waitMs: number, busy: string, work: () => T): T {
  const lock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock();
  if (!lock) throw new Error(NO_SPREADSHEET);
  try {
    lock.waitLock(waitMs);
  } catch (e) {
    throw new Error(busy, { cause: e });
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
