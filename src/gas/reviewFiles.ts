import { RATING_SCALE } from '../core/ratingScale';
import { REVIEW_COLUMNS, REVIEW_HEADER_ROW, REVIEW_LAST_COLUMN, REVIEW_SHEET, type ReviewFilePlan } from '../core/reviews/reviewFile';
import { PLAIN_TEXT } from '../core/workbook/sheetPlan';
import { quoteSheetName } from '../core/workbook/a1';
import { NO_MEDIA, drive } from './docsFiling';

/**
 * Review files: spreadsheets of their own, made through Drive so that drive.file reaches them
 * for this manager (files.create with the Sheets MIME type, in the cycle's folder), written with
 * SpreadsheetApp.openById (the `spreadsheets` scope: `spreadsheets.currentonly` opens only the
 * bound workbook), and shared with one reviewer as writer, Google sending the notification.
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
 */
const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export function reviewFileUrl(fileId: string): string {
  return `https://docs.google.com/spreadsheets/d/${fileId}/edit`;
}

/**
 * Makes the file and writes its plan (14 calls): every cell plain text (so an expectation that
 * starts with "=" or "+" stays text), the rating cells a dropdown of the scale that refuses other
 * values when typed, the marker column hidden, the header frozen and bold.
 */
export function createReviewFile(plan: ReviewFilePlan, folderId: string, appProperties: Record<string, string>): string {
  const file = drive().Files.create({ name: plan.name, mimeType: SPREADSHEET_MIME, parents: [folderId], appProperties }, NO_MEDIA, {
    fields: 'id',
  });
  const fileId = String(file.id);
  const sheet = SpreadsheetApp.openById(fileId).getSheets()[0]!;
  sheet.setName(REVIEW_SHEET);
  const all = sheet.getRange(1, 1, plan.values.length, REVIEW_LAST_COLUMN);
  all.setNumberFormat(PLAIN_TEXT);
  all.setValues(plan.values);
  all.setWrap(true);
  if (plan.ratingRows.count > 0) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...RATING_SCALE], true).setAllowInvalid(false).build();
    sheet.getRange(plan.ratingRows.first, REVIEW_COLUMNS.rating, plan.ratingRows.count, 1).setDataValidation(rule);
  }
  sheet.getRange(REVIEW_HEADER_ROW, 1, 1, REVIEW_LAST_COLUMN).setFontWeight('bold');
  sheet.setFrozenRows(REVIEW_HEADER_ROW);
  sheet.hideColumns(REVIEW_COLUMNS.id);
  return fileId;
}

/** Shares the file with the reviewer as writer; Google's notification email carries `message` (1 call). */
export function shareReviewFile(fileId: string, email: string, message: string): void {
  drive().Permissions.create({ role: 'writer', type: 'user', emailAddress: email }, fileId, {
    sendNotificationEmail: true,
    emailMessage: message,
  });
}

export type ReviewFileRead = { state: 'read'; values: unknown[][] } | { state: 'trashed' | 'unreached' };

/**
 * The review file's sheet as values (4 calls), or why it cannot be read: `trashed`, or
 * `unreached` when Drive no longer shows it to this manager (deleted, or not a file the add-on
 * made for them: drive.file) or it cannot be opened or holds no Review sheet. No error's text is
 * read: Google words it in the user's language.
 */
export function readReviewFileValues(fileId: string): ReviewFileRead {
  try {
    if (drive().Files.get(fileId, { fields: 'id,trashed' }).trashed) return { state: 'trashed' };
  } catch {
    return { state: 'unreached' };
  }
  try {
    const values = SpreadsheetApp.openById(fileId)
      .getRange(`${quoteSheetName(REVIEW_SHEET)}!A1:${String.fromCharCode(64 + REVIEW_LAST_COLUMN)}`)
      .getValues();
    return { state: 'read', values };
  } catch {
    return { state: 'unreached' };
  }
}

/** Best effort: a file made for a request that then failed goes to the trash (1 call). */
export function trashReviewFile(fileId: string): void {
  try {
    drive().Files.update({ trashed: true }, fileId, NO_MEDIA, { fields: 'id' });
  } catch {
    // The request failed already; the file stays in the cycle's folder, where the manager finds it.
  }
}
