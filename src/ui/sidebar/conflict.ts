import { CONFLICT_MESSAGE } from '../../core/workbook/ratingSave';

/**
 * saveRatings refuses a stale version with CONFLICT_MESSAGE (docs/ARCHITECTURE.md, Server API: someone else
 * changed these ratings); the sidebar recognises it to offer a reload rather than a retry. A
 * save refused because another save holds the lock is not a conflict: trying again works.
 */
export function isConflictMessage(message: string): boolean {
  return (
    message.includes(CONFLICT_MESSAGE) ||
    /someone else (?:has )?(?:changed|edited)|changed since (?:you|the form was) (?:opened|loaded)/i.test(message)
  );
}
