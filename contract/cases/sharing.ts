import { check, drive, equal, throws, workspaceControls, type Contract, type ContractEnv } from '../contract';

/**
 * Review files (src/gas/reviewFiles.ts): spreadsheets made with the Sheets advanced service under
 * drive.file, moved into a folder with Drive, read back with Values.get, and shared with one
 * person with Drive's Permissions.create.
 */
const SHEETS = 'https://developers.google.com/workspace/sheets/api/reference/rest/v4';
const PERMISSIONS = 'https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions';
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

function sheetsApi(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets) throw new Error('the Sheets advanced service is not enabled');
  return Sheets;
}

const text = (value: string): GoogleAppsScript.Sheets.Schema.CellData => ({
  userEnteredValue: { stringValue: value },
  userEnteredFormat: { numberFormat: { type: 'TEXT' } },
});

/** A one-sheet spreadsheet "Review" holding `rows`; `cleanUp: false` for one the contract deletes itself. */
function newReviewFile(env: ContractEnv, rows: string[][], cleanUp = true): string {
  const made = sheetsApi().Spreadsheets!.create({
    properties: { title: env.uniqueName('Contract review ') },
    sheets: [
      { properties: { title: 'Review' }, data: [{ startRow: 0, startColumn: 0, rowData: rows.map((r) => ({ values: r.map(text) })) }] },
    ],
  });
  const id = String(made.spreadsheetId);
  if (cleanUp) env.made(id);
  return id;
}

export const sharingContracts: Contract[] = [
  {
    name: 'Sheets: Spreadsheets.create under drive.file makes a spreadsheet that Drive reaches and Values.get reads back as shown, trailing blanks left out',
    reference: `${SHEETS}/spreadsheets/create`,
    run(env) {
      const id = newReviewFile(env, [
        ['review:1', 'Title', ''],
        ['', '', ''],
        ['subskill:a', '=1+1', '+1555'],
      ]);
      equal(drive().Files.get(id, { fields: 'mimeType' }).mimeType, 'application/vnd.google-apps.spreadsheet', 'mimeType');
      const read = sheetsApi().Spreadsheets!.Values!.get(id, "'Review'!A:G");
      equal(read.values, [['review:1', 'Title'], [], ['subskill:a', '=1+1', '+1555']], 'values');
    },
  },
  {
    name: "Drive: Files.update moves a spreadsheet the Sheets API made out of 'root' into a folder",
    reference: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update',
    run(env) {
      const folder = drive().Files.create(
        { name: env.uniqueName('Contract folder '), mimeType: 'application/vnd.google-apps.folder', parents: ['root'] },
        NO_MEDIA,
        {
          fields: 'id',
        },
      );
      env.made(String(folder.id));
      const id = newReviewFile(env, [['x']]);
      drive().Files.update({ appProperties: { careerLadderReview: 'rq-1' } }, id, NO_MEDIA, {
        addParents: String(folder.id),
        removeParents: 'root',
        fields: 'id',
      });
      equal(drive().Files.get(id, { fields: 'parents' }).parents, [String(folder.id)], 'parents');
    },
  },
  {
    name: 'Sheets: a spreadsheet deleted with Files.remove is gone to Files.get and to Values.get',
    reference: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/delete',
    run(env) {
      const id = newReviewFile(env, [['x']], false);
      drive().Files.remove(id);
      throws(() => drive().Files.get(id, { fields: 'id' }), 'Files.get of the deleted file');
      throws(() => sheetsApi().Spreadsheets!.Values!.get(id, "'Review'!A:G"), 'Values.get of the deleted file');
    },
  },
  {
    name: 'Drive: Permissions.create shares a file as writer with one user, with the notification email; drive.file still does not reach it for them',
    reference: `${PERMISSIONS}/create`,
    workspaceOnly: 'needs a second Google account, and sends a real email',
    run(env) {
      const id = newReviewFile(env, [['x']]);
      const controls = workspaceControls(env);
      const first = Session.getEffectiveUser().getEmail();
      const permission = drive().Permissions.create({ role: 'writer', type: 'user', emailAddress: 'reviewer@example.com' }, id, {
        sendNotificationEmail: true,
        emailMessage: 'Please fill this in by Friday.',
      });
      equal(permission.role, 'writer', 'role');
      equal(permission.type, 'user', 'type');
      check(typeof permission.id === 'string' && permission.id !== '', 'the permission has an id');
      throws(
        () => drive().Permissions.create({ role: 'writer', type: 'user' }, id, { sendNotificationEmail: true }),
        'a user permission without emailAddress',
      );
      controls.switchUser('reviewer@example.com');
      try {
        throws(() => drive().Files.get(id, { fields: 'id' }), 'Files.get for the reviewer');
        throws(() => sheetsApi().Spreadsheets!.Values!.get(id, "'Review'!A:G"), 'Values.get for the reviewer');
      } finally {
        controls.switchUser(first);
      }
    },
  },
  {
    name: 'Drive and Sheets: under drive.file, a spreadsheet the add-on did not make for this user is refused to Permissions.create and Values.get',
    reference: 'https://developers.google.com/workspace/drive/api/guides/api-specific-auth',
    workspaceOnly: 'needs a second Google account running the add-on on the same spreadsheet',
    run(env) {
      const id = newReviewFile(env, [['x']]);
      const controls = workspaceControls(env);
      const first = Session.getEffectiveUser().getEmail();
      controls.switchUser('second-manager@example.com');
      try {
        throws(
          () => drive().Permissions.create({ role: 'writer', type: 'user', emailAddress: 'reviewer@example.com' }, id, {}),
          "sharing the other user's file",
        );
        throws(() => sheetsApi().Spreadsheets!.Values!.get(id, "'Review'!A:G"), "reading the other user's file");
      } finally {
        controls.switchUser(first);
      }
    },
  },
];
