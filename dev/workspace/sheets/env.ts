import type { CallLog } from '../callLog';

/** What every object of the spreadsheet model shares. */
export interface SheetsEnv {
  log: CallLog;
  /** The spreadsheet's time zone (not the script's): dates are read and written on its wall clock. */
  timeZone: string;
  /** The spreadsheet's locale, e.g. en_US or en_GB: how a typed date is read. */
  locale: string;
  now(): Date;
  /** The user running the script (Session.getActiveUser). */
  userEmail: string;
  /** The spreadsheet's owner; with the current user, never removable from a protection. */
  ownerEmail: string;
  newId(prefix: string): string;
  /** Spreadsheet.toast shows in the UI; the UI module records it. */
  toast(message: string, title: string, timeoutSeconds: number | null): void;
}
