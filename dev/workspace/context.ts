import { CallLog } from './callLog';

/** What every part of the in-memory workspace shares: the call log, the clock, the user, ids. */
export interface WorkspaceContext {
  log: CallLog;
  /** The script's time zone (appsscript.json `timeZone`), used by Utilities.formatDate and Session. */
  timeZone: string;
  /** The signed-in user (Session.getActiveUser / getEffectiveUser). */
  userEmail: string;
  now(): Date;
  /** Deterministic ids, so that tests and the playground are repeatable. */
  newId(prefix: string): string;
}

export interface ContextOptions {
  timeZone?: string;
  userEmail?: string;
  /** A fixed clock for repeatable tests; defaults to the real time. */
  now?: () => Date;
}

export function createContext(options: ContextOptions = {}): WorkspaceContext {
  let counter = 0;
  return {
    log: new CallLog(),
    timeZone: options.timeZone ?? 'Europe/London',
    userEmail: options.userEmail ?? 'manager@example.com',
    now: options.now ?? (() => new Date()),
    newId(prefix: string) {
      counter += 1;
      // Google ids are opaque 44-character strings; ours only need to be unique and stable.
      return `${prefix}${String(counter).padStart(6, '0')}`;
    },
  };
}
