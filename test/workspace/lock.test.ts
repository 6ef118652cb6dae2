import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/lock/lock';

describe('LockService', () => {
  it(`tryLock takes a free lock; hasLock; releaseLock (${REF}#trylocktimeoutinmillis)`, () => {
    const ws = fresh();
    const lock = ws.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(ws.locks.holder('document')).toBe('this execution');
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(ws.locks.holder('document')).toBeNull();
  });

  it(`while another execution holds the lock, tryLock returns false and waitLock throws Google's timeout (${REF}#waitlocktimeoutinmillis)`, () => {
    const ws = fresh();
    ws.locks.hold('document');
    const lock = ws.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    const error = thrown(() => lock.waitLock(30000));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Lock timeout: another process was holding the lock for too long.');
    ws.locks.release('document');
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
  });

  it('document, script and user locks are separate; a second Lock object of the same execution does not get a held lock', () => {
    const ws = fresh();
    ws.LockService.getScriptLock().waitLock(1000);
    expect(ws.LockService.getDocumentLock().tryLock(1000)).toBe(true);
    expect(ws.LockService.getUserLock().tryLock(1000)).toBe(true);
    expect(ws.LockService.getScriptLock().tryLock(1000)).toBe(false);
  });

  it('releaseLock on a lock not held does nothing; the end of an execution releases its locks', () => {
    const ws = fresh();
    ws.locks.hold('script');
    ws.LockService.getScriptLock().releaseLock();
    expect(ws.locks.holder('script')).toBe('another execution');
    ws.locks.release('script');
    ws.LockService.getDocumentLock().waitLock(1);
    ws.locks.endExecution();
    expect(ws.locks.holder('document')).toBeNull();
  });

  it('getDocumentLock returns null outside a document, as in a standalone script or a web app (developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock)', () => {
    const ws = fresh({ documentContext: false });
    expect(ws.LockService.getDocumentLock()).toBeNull();
    expect(ws.LockService.getScriptLock().tryLock(1000)).toBe(true);
    expect(fresh().LockService.getDocumentLock()).not.toBeNull();
  });
});
