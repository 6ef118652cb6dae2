import { ServerError } from '../bridge';

/**
 * saveRatings refuses a stale version with the code CONFLICT (someone else changed these
 * ratings): the sidebar offers a reload rather than a retry. A save refused because another
 * save holds the lock (BUSY) is not a conflict: trying again works. Decided on the code, never
 * on the message, which is for the manager to read.
 */
export function isConflict(error: unknown): boolean {
  return error instanceof ServerError && error.code === 'CONFLICT';
}

/** The workbook has no team or settings (any more): the sidebar offers the set-up dialog. */
export function isNotSetUp(error: unknown): boolean {
  return error instanceof ServerError && error.code === 'NOT_SET_UP';
}

/** A growth plan for a PM with no manager rating: the sidebar offers a blank plan instead. */
export function isNotRated(error: unknown): boolean {
  return error instanceof ServerError && error.code === 'NOT_RATED';
}
