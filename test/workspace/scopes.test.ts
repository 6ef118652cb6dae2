/**
 * The workspace's OAuth scope check (dev/workspace/scopes.ts): a call is refused, as Apps
 * Script refuses it, unless a granted scope is one that the method's reference page lists.
 * https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_SCOPES, MissingScopeError, UnlistedMethodError, referencePage, scopesFor } from '../../dev/workspace';
import { SCOPE_TABLE } from '../../dev/workspace/scopeTable';
import { strict } from '../../dev/workspace/strict';
import { fresh, thrown } from './setup';

const AUTH = 'https://www.googleapis.com/auth/';
const SHEETS_CURRENTONLY = `${AUTH}spreadsheets.currentonly`;
const DOCUMENTS = `${AUTH}documents`;
const DOCUMENTS_CURRENTONLY = `${AUTH}documents.currentonly`;
const DRIVE_FILE = `${AUTH}drive.file`;
const CONTAINER_UI = `${AUTH}script.container.ui`;
const USERINFO_EMAIL = `${AUTH}userinfo.email`;

function missing(fn: () => unknown): MissingScopeError {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(MissingScopeError);
  return error as MissingScopeError;
}

describe('the granted scopes', () => {
  it('are appsscript.json’s oauthScopes unless the workspace is given others', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(MANIFEST_SCOPES).toEqual(manifest.oauthScopes);
    // Under the manifest, every service the add-on uses answers.
    const ws = fresh();
    expect(ws.Session.getActiveUser().getEmail()).toBe('manager@example.com');
    expect(ws.SpreadsheetApp.getActiveSpreadsheet().getSheets().length).toBe(1);
    // Under no scope at all, the same call is refused.
    expect(missing(() => fresh({ oauthScopes: [] }).SpreadsheetApp.getActiveSpreadsheet()).method).toBe(
      'SpreadsheetApp.getActiveSpreadsheet',
    );
  });
});

describe('Session (https://developers.google.com/apps-script/reference/base/session)', () => {
  it('getActiveUser and getEffectiveUser need userinfo.email; the message is Google’s', () => {
    const { Session } = fresh({ oauthScopes: [SHEETS_CURRENTONLY] });
    const error = missing(() => Session.getActiveUser());
    expect(error.name).toBe('Exception');
    expect(error.requiredScopes).toEqual([USERINFO_EMAIL]);
    expect(error.message).toBe(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(missing(() => Session.getEffectiveUser()).method).toBe('Session.getEffectiveUser');
  });

  it('getScriptTimeZone, getActiveUserLocale and getTemporaryActiveUserKey need no scope', () => {
    const { Session } = fresh({ oauthScopes: [] });
    expect(Session.getScriptTimeZone()).toBe('Europe/London');
    expect(Session.getActiveUserLocale()).toBe('en');
    expect(typeof Session.getTemporaryActiveUserKey()).toBe('string');
  });

  it('getActiveUser().getEmail() is blank where Google hides the user’s identity; the effective user keeps theirs (#getActiveUser())', () => {
    const { Session } = fresh({ userEmail: 'pm.lead@gmail.com', activeUserEmailHidden: true });
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('pm.lead@gmail.com');
  });
});

describe('SpreadsheetApp (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app)', () => {
  it('the bound spreadsheet needs spreadsheets.currentonly or spreadsheets; the message names both', () => {
    const error = missing(() => fresh({ oauthScopes: [DOCUMENTS] }).SpreadsheetApp.getActiveSpreadsheet());
    expect(error.message).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(
      fresh({ oauthScopes: [SHEETS_CURRENTONLY] })
        .SpreadsheetApp.getActiveSpreadsheet()
        .getName(),
    ).toBe('Career Ladder calibration');
  });

  it('every call is checked, also on the objects a service returns (range#setvaluevalue)', () => {
    const ws = fresh({ oauthScopes: [SHEETS_CURRENTONLY] });
    const range = ws.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange('A1');
    range.setValue('x');
    ws.log.beforeCall = fresh({ oauthScopes: [] }).log.beforeCall;
    expect(missing(() => range.setValue('y')).method).toBe('Range.setValue');
  });

  it('newDataValidation and the builder’s setters need no scope; Google lists none for them (data-validation-builder)', () => {
    const { SpreadsheetApp } = fresh({ oauthScopes: [] });
    expect(() => SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build()).not.toThrow();
  });
});

describe('Ui (https://developers.google.com/apps-script/reference/base/ui)', () => {
  it('showSidebar and showModalDialog need script.container.ui; alert, createAddonMenu and the Menu need none', () => {
    const ws = fresh({ oauthScopes: [SHEETS_CURRENTONLY] });
    const ui = ws.SpreadsheetApp.getUi();
    const page = ws.HtmlService.createHtmlOutput('<p>hi</p>');
    expect(missing(() => ui.showSidebar(page)).requiredScopes).toEqual([CONTAINER_UI]);
    expect(missing(() => ui.showModalDialog(page, 'Set up')).method).toBe('Ui.showModalDialog');
    expect(() => ui.createAddonMenu().addItem('Open', 'showSidebar').addToUi()).not.toThrow();
    expect(() => ui.alert('Saved')).not.toThrow();
    fresh({ oauthScopes: [SHEETS_CURRENTONLY, CONTAINER_UI] })
      .SpreadsheetApp.getUi()
      .showSidebar(page);
  });
});

describe('DocumentApp (https://developers.google.com/apps-script/reference/document/document-app)', () => {
  it('create and openById need documents: documents.currentonly is not enough', () => {
    const error = missing(() => fresh({ oauthScopes: [DOCUMENTS_CURRENTONLY] }).DocumentApp.create('Plan'));
    expect(error.requiredScopes).toEqual([DOCUMENTS]);
    const ws = fresh({ oauthScopes: [DOCUMENTS] });
    const doc = ws.DocumentApp.create('Plan');
    expect(doc.getBody().appendParagraph('Manager').getText()).toBe('Manager');
  });
});

describe('Drive advanced service v3 (https://developers.google.com/workspace/drive/api/reference/rest/v3/files)', () => {
  it('files.create and files.list take drive.file; without a Drive scope the API answers 403, as the advanced service reports it', () => {
    const error = missing(() =>
      fresh({ oauthScopes: [DOCUMENTS] }).Drive.Files.create({ name: 'Cycle', mimeType: 'application/vnd.google-apps.folder' }),
    );
    expect(error.name).toBe('GoogleJsonResponseException');
    expect(error.details?.code).toBe(403);
    expect(error.message).toBe('API call to drive.files.create failed with error: Request had insufficient authentication scopes.');
    expect(error.requiredScopes).toContain(DRIVE_FILE);
    const { Drive } = fresh({ oauthScopes: [DRIVE_FILE] });
    Drive.Files.create({ name: 'Cycle', mimeType: 'application/vnd.google-apps.folder' });
    expect(Drive.Files.list({ q: "name = 'Cycle'" }).files).toHaveLength(1);
    expect(missing(() => fresh({ oauthScopes: [] }).Drive.Files.remove('x')).message).toMatch(/^API call to drive\.files\.delete failed/);
  });

  it('permissions.create takes drive.file (permissions/create)', () => {
    expect(scopesFor('Drive.Permissions.create')).toContain(DRIVE_FILE);
  });
});

describe('services Google lists no scope for', () => {
  it('HtmlService, PropertiesService, LockService, CacheService, Utilities and Logger answer with no scope granted', () => {
    const ws = fresh({ oauthScopes: [] });
    expect(ws.HtmlService.createHtmlOutput('<b>x</b>').setTitle('T').getContent()).toBe('<b>x</b>');
    const template = ws.HtmlService.createTemplate('<?= who ?>');
    (template as unknown as { who: string }).who = 'PM';
    expect(template.evaluate().getContent()).toBe('PM');
    ws.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    expect(ws.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    const lock = ws.LockService.getDocumentLock();
    expect(lock?.tryLock(10)).toBe(true);
    lock?.releaseLock();
    ws.CacheService.getScriptCache()?.put('a', '1');
    expect(ws.Utilities.formatDate(new Date('2026-03-02T10:00:00Z'), 'UTC', 'yyyy-MM-dd')).toBe('2026-03-02');
    ws.Logger.log('fine');
  });
});

describe('the scope table (dev/workspace/scopeTable.ts)', () => {
  it('a method it does not list fails the call, counted or not, so a newly imitated class must be given its scopes', () => {
    const ws = fresh();
    const imagined = strict({ open: () => 1 }, 'ImaginaryApp', ws.log, { counted: false });
    expect(thrown(() => imagined.open())).toBeInstanceOf(UnlistedMethodError);
    expect(ws.log.total()).toBe(0);
  });

  it('cites Google’s reference page of each class, and lists only Google OAuth scopes', () => {
    for (const [className, entry] of Object.entries(SCOPE_TABLE)) {
      expect(entry.page).toMatch(
        /^https:\/\/developers\.google\.com\/(apps-script\/reference|workspace\/drive\/api\/reference\/rest\/v3|workspace\/sheets\/api\/reference\/rest\/v4)\//,
      );
      for (const [scopes, methods] of entry.methods) {
        expect(methods.length).toBeGreaterThan(0);
        for (const scope of scopes) expect(scope.startsWith(AUTH)).toBe(true);
        for (const m of methods) expect(referencePage(`${className}.${m}`)).toBe(entry.page);
      }
    }
  });

  it('lists each method once', () => {
    for (const entry of Object.values(SCOPE_TABLE)) {
      const names = entry.methods.flatMap(([, methods]) => methods);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
