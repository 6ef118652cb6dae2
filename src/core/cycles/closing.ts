import { cycleClosed, invalidInput } from '../messages';
import type { WorkbookSettings } from '../workbook/model';

/**
 * Closing a cycle: the close is kept in the workbook settings (the Team sheet's hidden copy and
 * the document properties), which every write reads anyway, so a closed cycle costs no call to
 * check. Pure: the shell writes back the settings these return.
 */

export type ClosedState = NonNullable<WorkbookSettings['closed']>;

/** The settings once closed; refused when the cycle is closed already. */
export function closedSettings(settings: WorkbookSettings, at: string, by: string, note: string): WorkbookSettings {
  if (settings.closed) {
    throw invalidInput(`The cycle “${settings.cycle}” is closed already (since ${settings.closed.at}). Nothing was changed.`);
  }
  return { ...settings, closed: { at, by, note: note.trim() } };
}

/** The settings once reopened; refused when the cycle is open or the reason is blank. */
export function reopenedSettings(settings: WorkbookSettings, reason: string): WorkbookSettings {
  if (!reason.trim()) throw invalidInput('Reopening a cycle needs a reason (it goes into the change log). Nothing was changed.');
  if (!settings.closed) throw invalidInput(`The cycle “${settings.cycle}” is open already. Nothing was changed.`);
  return withoutClose(settings);
}

/** The settings with no close recorded (a new cycle starts open). */
export function withoutClose(settings: WorkbookSettings): WorkbookSettings {
  const { closed: _closed, ...open } = settings;
  return open;
}

/** Throws the CYCLE_CLOSED refusal when a write reaches a closed cycle. */
export function assertOpen(settings: Pick<WorkbookSettings, 'cycle' | 'closed'> | null | undefined): void {
  if (settings?.closed) throw cycleClosed(settings.cycle, settings.closed.at, settings.closed.by);
}
