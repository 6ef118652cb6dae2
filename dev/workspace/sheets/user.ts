import type { CallLog } from '../callLog';
import { strict } from '../strict';

class UserImpl {
  /** Read by the workspace itself (uncounted), as Google's servers read a User they are handed. */
  constructor(readonly _email: string) {}

  getEmail(): string {
    return this._email;
  }
}

/** A Base.User (Session.getActiveUser, Protection.getEditors). */
export function makeUser(email: string, log: CallLog): GoogleAppsScript.Base.User {
  return strict(new UserImpl(email), 'User', log) as unknown as GoogleAppsScript.Base.User;
}
