import { CallLog } from './callLog';

/** What every part of the in-memory workspace shares: the call log, the clock, the user, ids. */
export interface WorkspaceContext {
  log: CallLog;
  /** The script's time zone (appsscript.json `timeZone`), used by Utilities.formatDate and Session. */
  timeZone: string;
  /**
   * The signed-in user (Session.getEffectiveUser; sheet owner and editors; whose Drive the docs
   * go to). It changes with Workspace.switchUser: another editor of the same spreadsheet runs the
   * add-on.
   */
  userEmail: string;
  /** What Session.getActiveUser().getEmail() returns: userEmail, or '' where Google hides it. */
  activeUserEmail: string;
  now(): Date;
  /** Deterministic ids, so that tests and the playground are repeatable. */
  newId(prefix: string): string;
}

export interface ContextOptions {
  timeZone?: string;
  userEmail?: string;
  /**
   * Hide the user's email from Session.getActiveUser(), as Google does "if security policies do
   * not allow access to the user's identity" (consumer accounts, users of another domain):
   * getEmail() then returns a blank string.
   * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
   */
  activeUserEmailHidden?: boolean;
  /** A fixed clock for repeatable tests; defaults to the real time. */
  now?: () => Date;
}

export function createContext(options: ContextOptions = {}): WorkspaceContext {
  let counter = 0;
  const userEmail = options.userEmail ?? 'manager@example.com';
  return {
    log: new CallLog(),
    timeZone: options.timeZone ?? 'Europe/London',
    userEmail,
    activeUserEmail: options.activeUserEmailHidden ? '' : userEmail,
    now: options.now ?? (() => new Date()),
    newId(prefix: string) {
      counter += 1;
      // Google ids are opaque 44-character strings; ours only need to be unique and stable.
      return `${prefix}${String(counter).padStart(6, '0')}`;
    },
  };
}
