import { CallLog, MissingScopeError, NotImplementedError } from '../../dev/workspace';
import type { GoogleJsonResponseException } from '../../dev/workspace/docs/drive';
import { inErrorLanguage, pseudoTranslate, setErrorLanguage } from '../../dev/workspace/errorLanguage';
import { fresh, thrown } from './setup';

/**
 * Apps Script words its exceptions "usually localized into the user's language"
 * (https://developers.google.com/apps-script/api/reference/rest/v1/ExecutionError#FIELDS.error_message):
 * the `reworded` workspace words them as another language would, so that code deciding on
 * Google's English text fails its tests.
 */
describe('the language of Google’s exceptions', () => {
  it('in English, as Google words them for an English user', () => {
    const ws = fresh({ errorLanguage: 'en' });
    const error = thrown(() => ws.SpreadsheetApp.getActiveSpreadsheet().getRange('Nowhere!A1'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Range not found');
  });

  it('reworded: no English word of Google’s text survives, and the error is still an Exception', () => {
    const ws = fresh({ errorLanguage: 'reworded' });
    const ss = ws.SpreadsheetApp.getActiveSpreadsheet();
    const missing = thrown(() => ss.getRange('Nowhere!A1'));
    expect(missing.name).toBe('Exception');
    expect(missing.message).toBe(pseudoTranslate('Range not found'));
    expect(missing.message).not.toMatch(/range|not|found/i);
    const outside = thrown(() => ss.getSheets()[0]!.getRange(1, 1, 1, 27));
    expect(outside.message).not.toMatch(/outside the dimensions/i);
  });

  it('reworded once, however many of the workspace’s objects the exception passes through', () => {
    const log = new CallLog();
    setErrorLanguage(log, 'reworded');
    const error = new Error('Range not found');
    // A wrapper calling into another wrapper hands the same Error out twice.
    expect(inErrorLanguage(log, inErrorLanguage(log, error))).toBe(error);
    expect(error.message).toBe(pseudoTranslate('Range not found'));
  });

  it('reworded: the Drive advanced service keeps its documented code, its texts are reworded', () => {
    // https://developers.google.com/apps-script/guides/services/advanced#how_to_handle_errors
    const ws = fresh({ errorLanguage: 'reworded' });
    const error = thrown(() => ws.Drive.Files.get('missing-id')) as GoogleJsonResponseException;
    expect(error.details.code).toBe(404);
    expect(error.message).not.toMatch(/not found/i);
    expect(error.details.message).not.toMatch(/not found/i);
  });

  it('reworded: a permission error too, its required scopes kept', () => {
    // https://developers.google.com/apps-script/concepts/scopes
    const ws = fresh({ errorLanguage: 'reworded', oauthScopes: [] });
    const error = thrown(() => ws.Session.getActiveUser()) as MissingScopeError;
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error.requiredScopes).toContain('https://www.googleapis.com/auth/userinfo.email');
    expect(error.message).not.toMatch(/permission/i);
  });

  it('the workspace’s own complaints about its use stay in English: no Apps Script user sees them', () => {
    const ws = fresh({ errorLanguage: 'reworded' });
    const ss = ws.SpreadsheetApp.getActiveSpreadsheet() as unknown as Record<string, () => unknown>;
    expect(thrown(() => ss.getNoSuchThing!())).toBeInstanceOf(NotImplementedError);
    expect(thrown(() => ss.getNoSuchThing!()).message).toMatch(/is not implemented/);
  });

  it('defaults to the environment’s language (jest asks for reworded)', () => {
    const ws = fresh({ errorLanguage: undefined });
    expect(process.env.WORKSPACE_ERROR_LANGUAGE).toBe('reworded');
    expect(thrown(() => ws.SpreadsheetApp.getActiveSpreadsheet().getRange('Nowhere!A1')).message).toBe(pseudoTranslate('Range not found'));
  });
});
