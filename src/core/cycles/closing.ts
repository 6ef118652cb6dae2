/**
 * Whether the current cycle is closed, read from and written to the workbook settings. Pure: the
 * shell passes the settings' values in and writes back what these functions return.
 */
import { cycleClosed, invalidInput, type Refusal } from '../messages';

export interface ClosedState {
  readonly closedAt: string;
  readonly closedBy: string;
  readonly note: string;
}

/** Settings keys; an empty closedAt means the cycle is open. */
export const CLOSED_AT_KEY = 'cycleClosedAt';
export const CLOSED_BY_KEY = 'cycleClosedBy';
export const CLOSE_NOTE_KEY = 'cycleCloseNote';

export function readClosed(settings: Readonly<Record<string, string | undefined>>): ClosedState | null {
  const closedAt = (settings[CLOSED_AT_KEY] ?? '').trim();
  if (!closedAt) return null;
  return { closedAt, closedBy: settings[CLOSED_BY_KEY] ?? '', note: settings[CLOSE_NOTE_KEY] ?? '' };
}

/** The settings to write when closing; refused when the cycle is already closed. */
export function closeSettings(
  closed: ClosedState | null,
  cycle: string,
  now: string,
  by: string,
  note: string,
): Record<string, string> | Refusal {
  if (closed) return invalidInput(`The cycle “${cycle}” is already closed (on ${closed.closedAt}). Nothing was changed.`);
  return { [CLOSED_AT_KEY]: now, [CLOSED_BY_KEY]: by, [CLOSE_NOTE_KEY]: note };
}

/** The settings to write when reopening; refused when the cycle is open or the reason is blank. */
export function reopenSettings(closed: ClosedState | null, cycle: string, reason: string): Record<string, string> | Refusal {
  if (!reason.trim()) return invalidInput('Reopening a cycle needs a reason. Nothing was changed.');
  if (!closed) return invalidInput(`The cycle “${cycle}” is open already. Nothing was changed.`);
  return { [CLOSED_AT_KEY]: '', [CLOSED_BY_KEY]: '', [CLOSE_NOTE_KEY]: '' };
}

/** Throws the CYCLE_CLOSED refusal when a write reaches a closed cycle. */
export function assertOpen(closed: ClosedState | null, cycle: string): void {
  if (closed) throw cycleClosed(cycle, closed.closedAt, closed.closedBy);
}
