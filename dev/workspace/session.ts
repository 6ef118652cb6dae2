/**
 * Session (developers.google.com/apps-script/reference/base/session): the signed-in user and
 * the script's time zone (appsscript.json `timeZone`), from the workspace context.
 */
import type { WorkspaceContext } from './context';
import { strict } from './strict';
import { makeUser } from './sheets/user';

class SessionImpl {
  constructor(private readonly _context: WorkspaceContext) {}

  /** Needs the userinfo.email scope (scopes.ts); the email may be blank (context.activeUserEmail). */
  getActiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this._context.activeUserEmail, this._context.log);
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this._context.userEmail, this._context.log);
  }

  /**
   * The script's zone, never the spreadsheet's: Google notes that spreadsheets have a separate
   * time zone and that the two differing is a frequent source of bugs
   * (developers.google.com/apps-script/reference/base/session#getScriptTimeZone()). The
   * workspace keeps them apart (WorkspaceOptions.spreadsheetTimeZone).
   */
  getScriptTimeZone(): string {
    return this._context.timeZone;
  }

  getActiveUserLocale(): string {
    return 'en';
  }

  /** A key stable for the user within the workspace, as Google's is for 30 days. */
  getTemporaryActiveUserKey(): string {
    return `temporary-key-${Buffer.from(this._context.userEmail).toString('base64url')}`;
  }
}

export function createSession(context: WorkspaceContext): GoogleAppsScript.Base.Session {
  return strict(new SessionImpl(context), 'Session', context.log) as unknown as GoogleAppsScript.Base.Session;
}
