import { fresh } from './setup';

/**
 * Two managers who both edit the spreadsheet: the same sheets and document properties, each their
 * own Drive. drive.file is granted per user ("files that you open with an app"), and
 * Session.getActiveUser is whoever runs the script.
 * https://developers.google.com/workspace/drive/api/guides/about-auth
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 */
describe('switchUser: another editor of the same spreadsheet runs the add-on', () => {
  it('shares the spreadsheet and document properties, not Drive', () => {
    const ws = fresh({ userEmail: 'first@example.com' });
    const Drive = ws.Drive;
    const folder = Drive.Files.create({ name: 'Career Ladder — H2', mimeType: 'application/vnd.google-apps.folder' });
    ws.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    ws.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('shared');

    ws.switchUser('second@example.com');
    expect(ws.Session.getActiveUser().getEmail()).toBe('second@example.com');
    expect(ws.PropertiesService.getDocumentProperties().getProperty('k')).toBe('v');
    expect(ws.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').getValue()).toBe('shared');
    expect(() => Drive.Files.get(String(folder.id))).toThrow(`File not found: ${folder.id}.`);
    expect(Drive.Files.list({ q: "name contains 'Career'" }).files).toEqual([]);

    ws.switchUser('first@example.com');
    expect(Drive.Files.get(String(folder.id)).name).toBe('Career Ladder — H2');
  });
});
