import { check, drive, equal, throws, workspaceControls, type Contract, type ContractEnv } from '../contract';

/**
 * Spreadsheet files the add-on makes through Drive and shares with one person (the review files
 * of src/gas/reviewFiles.ts): made with Files.create under drive.file, opened with
 * SpreadsheetApp.openById under the `spreadsheets` scope, shared with Permissions.create.
 */
const FILES = 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files';
const PERMISSIONS = 'https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions';
const SHEET = 'application/vnd.google-apps.spreadsheet';
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

/** `cleanUp: false` for a file the contract deletes itself. */
function newSpreadsheetFile(env: ContractEnv, cleanUp = true): string {
  const file = drive().Files.create({ name: env.uniqueName('Contract review '), mimeType: SHEET, parents: ['root'] }, NO_MEDIA, {
    fields: 'id',
  });
  const id = String(file.id);
  if (cleanUp) env.made(id);
  return id;
}

export const sharingContracts: Contract[] = [
  {
    name: 'Drive: Files.create with the Sheets MIME type makes an empty spreadsheet; SpreadsheetApp.openById opens and writes it',
    reference: `${FILES}/create`,
    run(env) {
      const id = newSpreadsheetFile(env);
      equal(drive().Files.get(id, { fields: 'mimeType' }).mimeType, SHEET, 'mimeType');
      const ss = SpreadsheetApp.openById(id);
      equal(ss.getId(), id, 'the id Drive gave');
      equal(ss.getSheets().length, 1, 'one sheet');
      const range = ss.getSheets()[0]!.getRange(1, 1, 1, 2);
      range.setValues([['Rating', 'Evidence']]);
      equal(SpreadsheetApp.openById(id).getSheets()[0]!.getRange(1, 1, 1, 2).getValues(), [['Rating', 'Evidence']], 'read back');
    },
  },
  {
    name: 'Drive: a spreadsheet deleted with Files.remove is gone to Files.get and to SpreadsheetApp.openById',
    reference: `${FILES}/delete`,
    run(env) {
      const id = newSpreadsheetFile(env, false);
      drive().Files.remove(id);
      throws(() => drive().Files.get(id, { fields: 'id' }), 'Files.get of the deleted file');
      throws(() => SpreadsheetApp.openById(id), 'SpreadsheetApp.openById of the deleted file');
    },
  },
  {
    name: 'Drive: Permissions.create shares a file as writer with one user, with the notification email; they open it, drive.file does not reach it for them',
    reference: `${PERMISSIONS}/create`,
    workspaceOnly: 'needs a second Google account, and sends a real email',
    run(env) {
      const id = newSpreadsheetFile(env);
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
        equal(SpreadsheetApp.openById(id).getId(), id, 'the reviewer opens it');
        throws(() => drive().Files.get(id, { fields: 'id' }), 'Files.get for the reviewer (drive.file: not their app-made file)');
      } finally {
        controls.switchUser(first);
      }
      controls.switchUser('stranger@example.com');
      try {
        throws(() => SpreadsheetApp.openById(id), 'SpreadsheetApp.openById by someone it is not shared with');
      } finally {
        controls.switchUser(first);
      }
    },
  },
  {
    name: 'Drive: under drive.file, Permissions.create of a file the add-on did not make for this user is refused',
    reference: 'https://developers.google.com/workspace/drive/api/guides/api-specific-auth',
    workspaceOnly: 'needs a second Google account running the add-on on the same spreadsheet',
    run(env) {
      const id = newSpreadsheetFile(env);
      const controls = workspaceControls(env);
      const first = Session.getEffectiveUser().getEmail();
      controls.switchUser('second-manager@example.com');
      try {
        throws(
          () => drive().Permissions.create({ role: 'writer', type: 'user', emailAddress: 'reviewer@example.com' }, id, {}),
          "sharing the other user's file",
        );
      } finally {
        controls.switchUser(first);
      }
    },
  },
];
