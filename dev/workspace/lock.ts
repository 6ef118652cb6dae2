/**
 * LockService (developers.google.com/apps-script/reference/lock/lock-service). Time does not
 * pass in memory, so "another execution holds the lock" is simulated through LocksInspection:
 * while another execution holds it, `tryLock` returns false and `waitLock` throws Google's
 * "Lock timeout: another process was holding the lock for too long." (lock#waitlocktimeoutinmillis:
 * "Attempts to acquire the lock, timing out with an exception after the provided number of
 * milliseconds").
 *
 * Two Lock objects of the same execution are two claimants: the lock is not re-entrant across
 * objects (a second getDocumentLock().waitLock() inside a locked section times out), while the
 * same object asking again keeps it. releaseLock on a lock not held does nothing ("This method
 * has no effect if the lock has not been acquired").
 */
import type { CallLog } from './callLog';
import { strict } from './strict';
import { exception, signatureError } from './sheets/errors';

export type LockScope = 'document' | 'script' | 'user';

const ANOTHER_EXECUTION = Symbol('another execution');
type Holder = LockImpl | typeof ANOTHER_EXECUTION | null;

class LockImpl {
  constructor(
    private readonly _locks: LocksInspection,
    private readonly _scope: LockScope,
  ) {}

  private _try(timeoutInMillis: unknown, method: string): boolean {
    if (typeof timeoutInMillis !== 'number') throw signatureError(`LockService.Lock.${method}`, [timeoutInMillis]);
    const holder = this._locks._holder(this._scope);
    if (holder === this) return true;
    if (holder !== null) return false;
    this._locks._set(this._scope, this);
    return true;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this._try(timeoutInMillis, 'tryLock');
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._try(timeoutInMillis, 'waitLock')) {
      throw exception('Lock timeout: another process was holding the lock for too long.');
    }
  }

  hasLock(): boolean {
    return this._locks._holder(this._scope) === this;
  }

  releaseLock(): void {
    if (this._locks._holder(this._scope) === this) this._locks._set(this._scope, null);
  }
}

/** Who holds each lock, and hooks to simulate another execution (uncounted). */
export class LocksInspection {
  private readonly holders: Record<LockScope, Holder> = { document: null, script: null, user: null };

  _holder(scope: LockScope): Holder {
    return this.holders[scope];
  }

  _set(scope: LockScope, holder: Holder): void {
    this.holders[scope] = holder;
  }

  /** Another execution takes the lock (it must be free). */
  hold(scope: LockScope): void {
    if (this.holders[scope] !== null) throw new Error(`In-memory workspace: the ${scope} lock is already held.`);
    this.holders[scope] = ANOTHER_EXECUTION;
  }

  /** Another execution lets the lock go. */
  release(scope: LockScope): void {
    if (this.holders[scope] === ANOTHER_EXECUTION) this.holders[scope] = null;
  }

  holder(scope: LockScope): 'this execution' | 'another execution' | null {
    const h = this.holders[scope];
    if (h === null) return null;
    return h === ANOTHER_EXECUTION ? 'another execution' : 'this execution';
  }

  /** The end of an execution: Apps Script releases the locks a script still holds. */
  endExecution(): void {
    for (const scope of Object.keys(this.holders) as LockScope[]) {
      if (this.holders[scope] !== ANOTHER_EXECUTION) this.holders[scope] = null;
    }
  }
}

class LockServiceImpl {
  constructor(
    private readonly _locks: LocksInspection,
    private readonly _log: CallLog,
    private readonly _documentContext: boolean,
  ) {}

  private _lock(scope: LockScope): GoogleAppsScript.Lock.Lock {
    return strict(new LockImpl(this._locks, scope), 'Lock', this._log) as unknown as GoogleAppsScript.Lock.Lock;
  }

  /**
   * "If this method is called outside of the context of a containing document (such as from a
   * standalone script or webapp), null is returned" (lock-service#getdocumentlock).
   */
  getDocumentLock(): GoogleAppsScript.Lock.Lock | null {
    return this._documentContext ? this._lock('document') : null;
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this._lock('script');
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this._lock('user');
  }
}

export function createLockService(locks: LocksInspection, log: CallLog, documentContext = true): GoogleAppsScript.Lock.LockService {
  return strict(new LockServiceImpl(locks, log, documentContext), 'LockService', log) as unknown as GoogleAppsScript.Lock.LockService;
}
