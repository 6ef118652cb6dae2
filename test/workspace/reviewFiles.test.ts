import { NotImplementedError } from '../../dev/workspace';
import { fresh, thrown } from './setup';

/**
 * The Sheets advanced service and Drive permissions as the workspace imitates them
 * (dev/workspace/sheets/sheetsApi.ts, dev/workspace/docs/drive.ts), under drive.file.
 */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

function reviewFile(ws: ReturnType<typeof fresh>): string {
  const made = ws.Sheets.Spreadsheets.create({
    properties: { title: 'Peer review' },
    sheets: [
      {
        properties: { title: 'Review', gridProperties: { frozenRowCount: 1 } },
        data: [
          {
            startRow: 0,
            startColumn: 0,
            rowData: [
              {
                values: [
                  { userEnteredValue: { stringValue: 'review:1' } },
                  { userEnteredValue: { stringValue: 'Rating' }, userEnteredFormat: { textFormat: { bold: true } } },
                ],
              },
              {
                values: [
                  { userEnteredValue: { stringValue: 'subskill:a' }, userEnteredFormat: { numberFormat: { type: 'TEXT' } } },
                  {
                    dataValidation: {
                      condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Good' }, { userEnteredValue: 'Bad' }] },
                      strict: true,
                      showCustomUi: true,
                    },
                  },
                ],
              },
            ],
            columnMetadata: [{ hiddenByUser: true }],
          },
        ],
      },
    ],
  });
  return String(made.spreadsheetId);
}

describe('Sheets.Spreadsheets.create and Values.get', () => {
  it('makes a spreadsheet in My Drive that drive.file reaches, with its values, formats, dropdown, frozen rows and hidden columns', () => {
    const ws = fresh();
    const id = reviewFile(ws);
    expect(ws.log.count('Sheets.Spreadsheets.create')).toBe(1);
    const file = ws.docs.file(id)!;
    expect(file).toMatchObject({ mimeType: 'application/vnd.google-apps.spreadsheet', appAccess: true, parents: [ws.docs.rootFolderId()] });
    const sheet = ws.spreadsheetFile(id)!;
    expect(sheet.sheetNames()).toEqual(['Review']);
    expect(sheet.values('Review!A1:B2')).toEqual([
      ['review:1', 'Rating'],
      ['subskill:a', ''],
    ]);
    const snapshot = JSON.stringify(ws.snapshot().spreadsheetFiles[id]);
    expect(snapshot).toContain('"frozenRows":1');
    expect(snapshot).toContain('"hiddenColumns":["A"]');
    expect(snapshot).toContain('"allowInvalid":false');
  });

  it('reads a range as shown, trailing empty rows and cells left out, and no values at all for an empty range', () => {
    const ws = fresh();
    const id = reviewFile(ws);
    expect(ws.Sheets.Spreadsheets.Values.get(id, "'Review'!A:C").values).toEqual([['review:1', 'Rating'], ['subskill:a']]);
    expect(ws.Sheets.Spreadsheets.Values.get(id, "'Review'!D:E").values).toBeUndefined();
  });

  it('answers 404 for a spreadsheet drive.file does not reach: deleted, or made for another user', () => {
    const ws = fresh();
    const id = reviewFile(ws);
    ws.switchUser('second@example.com');
    expect((thrown(() => ws.Sheets.Spreadsheets.Values.get(id, 'A:B')) as Error & { details: { code: number } }).details.code).toBe(404);
    ws.switchUser('manager@example.com');
    ws.Drive.Files.remove(id);
    expect(thrown(() => ws.Sheets.Spreadsheets.Values.get(id, 'A:B')).message).toBe(
      'API call to sheets.spreadsheets.values.get failed with error: Requested entity was not found.',
    );
    expect(ws.spreadsheetFile(id)).toBeUndefined();
  });

  it('throws for what it does not imitate', () => {
    const ws = fresh();
    expect(thrown(() => ws.Sheets.Spreadsheets.create({ properties: { title: 'x', locale: 'en_GB' } }))).toBeInstanceOf(
      NotImplementedError,
    );
  });
});

describe('Drive.Permissions.create', () => {
  it('shares a file the add-on made as writer, sends the notification with the message, and the person can then edit it', () => {
    const ws = fresh();
    const id = reviewFile(ws);
    const permission = ws.Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: 'Ben@Example.com' }, id, {
      sendNotificationEmail: true,
      emailMessage: 'By Friday, please.',
    });
    expect(permission).toEqual({ kind: 'drive#permission', id: expect.any(String), type: 'user', role: 'writer' });
    expect(ws.docs.sharingEmails()).toEqual([
      { fileId: id, to: 'ben@example.com', from: 'manager@example.com', role: 'writer', message: 'By Friday, please.' },
    ]);
    ws.editSpreadsheetAsPerson(id, 'ben@example.com', (ss) => ss.getSheetByName('Review')!.getRange('B2').setValue('Typed anything'));
    expect(ws.spreadsheetFile(id)!.values('Review!B2')).toEqual([['Typed anything']]);
    expect(ws.docs.file(id)!.lastModifiedBy).toBe('ben@example.com');
    expect(() => ws.editSpreadsheetAsPerson(id, 'eve@example.com', () => undefined)).toThrow(/cannot edit/);
  });

  it('sends no email when asked not to, and refuses a user permission without an email or a file it does not reach', () => {
    const ws = fresh();
    const id = reviewFile(ws);
    ws.Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'ben@example.com' }, id, { sendNotificationEmail: false });
    expect(ws.docs.sharingEmails()).toEqual([]);
    expect(
      (thrown(() => ws.Drive.Permissions.create({ role: 'writer', type: 'user' }, id)) as Error & { details: { code: number } }).details
        .code,
    ).toBe(400);
    expect(thrown(() => ws.Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: 'a@b.co' }, 'nope')).message).toBe(
      'API call to drive.permissions.create failed with error: File not found: nope.',
    );
    expect(thrown(() => ws.Drive.Permissions.create({ role: 'writer', type: 'anyone' }, id))).toBeInstanceOf(NotImplementedError);
    expect(ws.Drive.Files.update({}, id, NO_MEDIA, { fields: 'id' }).id).toBe(id);
  });
});
