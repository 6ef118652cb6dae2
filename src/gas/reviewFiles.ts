import { RATING_CHOICES } from '../core/ratingScale';
import { REVIEW_COLUMNS, REVIEW_HEADER_ROW, REVIEW_LAST_COLUMN, REVIEW_SHEET, type ReviewFilePlan } from '../core/reviews/reviewFile';
import { wholeColumnsA1 } from '../core/workbook/a1';
import { NO_MEDIA, drive } from './docsFiling';

/**
 * Review files: spreadsheets of their own, made with the Sheets advanced service and moved into
 * the cycle's folder with Drive, both under drive.file, which reaches exactly the files the
 * add-on made (no full Sheets or Drive scope: the manager's other spreadsheets stay out of
 * reach), then shared with one reviewer as writer, Google sending the notification.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/create
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 */

/**
 * The Sheets advanced service. One that is not enabled is no global at all (as for Drive).
 * https://developers.google.com/apps-script/guides/services/advanced
 */
function sheetsApi(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined')
    throw new Error(
      'The Sheets advanced service is not enabled for this script: enable "Google Sheets API" (v4) under Services. Nothing was sent.',
    );
  return Sheets;
}

export function reviewFileUrl(fileId: string): string {
  return `https://docs.google.com/spreadsheets/d/${fileId}/edit`;
}

/**
 * Makes the file whole in one request, every cell plain text (an expectation that starts with
 * "=" or "+" stays text), the rating cells a dropdown of the scale that refuses other typed
 * values, the marker column hidden, the header frozen and bold; then files it in the cycle's
 * folder, tagged (2 calls).
 */
export function createReviewFile(plan: ReviewFilePlan, folderId: string, appProperties: Record<string, string>): string {
  const ratingRows = new Set(Array.from({ length: plan.ratingRows.count }, (_, i) => plan.ratingRows.first + i));
  const rowData = plan.values.map((row, r) => ({
    values: row.map((text, c) => {
      const cell: GoogleAppsScript.Sheets.Schema.CellData = {
        userEnteredFormat: {
          numberFormat: { type: 'TEXT' },
          wrapStrategy: 'WRAP',
          ...(r + 1 === REVIEW_HEADER_ROW ? { textFormat: { bold: true } } : {}),
        },
      };
      if (text !== '') cell.userEnteredValue = { stringValue: text };
      if (c + 1 === REVIEW_COLUMNS.rating && ratingRows.has(r + 1))
        cell.dataValidation = {
          condition: { type: 'ONE_OF_LIST', values: RATING_CHOICES.map((rating) => ({ userEnteredValue: rating })) },
          strict: true,
          showCustomUi: true,
        };
      return cell;
    }),
  }));
  const made = sheetsApi().Spreadsheets.create({
    properties: { title: plan.name },
    sheets: [
      {
        properties: { title: REVIEW_SHEET, gridProperties: { frozenRowCount: REVIEW_HEADER_ROW } },
        data: [{ startRow: 0, startColumn: 0, rowData, columnMetadata: [{ hiddenByUser: true }] }],
      },
    ],
  });
  const fileId = String(made.spreadsheetId);
  drive().Files.update({ appProperties }, fileId, NO_MEDIA, { addParents: folderId, removeParents: 'root', fields: 'id' });
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
 * The review file's sheet as shown (2 calls), or why it cannot be read: `trashed`, or
 * `unreached` when Drive no longer shows it to this manager (deleted, or not a file the add-on
 * made for them: drive.file) or it holds no Review sheet. No error's text is read: Google words
 * it in the user's language.
 */
export function readReviewFileValues(fileId: string): ReviewFileRead {
  try {
    if (drive().Files.get(fileId, { fields: 'id,trashed' }).trashed) return { state: 'trashed' };
    return {
      state: 'read',
      values: sheetsApi().Spreadsheets!.Values!.get(fileId, wholeColumnsA1(REVIEW_SHEET, REVIEW_LAST_COLUMN)).values ?? [],
    };
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
