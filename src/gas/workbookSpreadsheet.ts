import { noSpreadsheet, workbookBusy } from '../core/messages';

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

/**
 * Runs `work` holding the spreadsheet's document lock, so that two saves or refreshes of the
 * same workbook never interleave; when another one holds the lock for longer than `waitMs`, the
 * refusal is BUSY, saying that nothing was `busy` (saved, or changed). getDocumentLock returns null outside a document (a standalone script or
 * a web app: developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock),
 * which is refused (NO_SPREADSHEET) before anything is read. 3 calls (get, wait, release).
 */
export function withDocumentLock<T>(waitMs: number, busy: 'saved' | 'changed', work: () => T): T {
  const lock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock();
  if (!lock) throw noSpreadsheet();
  try {
    lock.waitLock(waitMs);
  } catch (e) {
    throw workbookBusy(busy, e);
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
