import { closedSettings, reopenedSettings, withoutClose } from '../core/cycles/closing';
import { CALIBRATION_SHEET } from '../core/calibration/calibrationLayout';
import { quoteSheetName, rangeA1 } from '../core/workbook/a1';
import { SETTINGS_COLUMN, SETTINGS_ROW, TEAM_SHEET } from '../core/workbook/layout';
import type { WorkbookSettings } from '../core/workbook/model';
import { appendChanges, changedBy } from './changeLog';
import { refreshTeamCalibration } from './calibrationRefresh';
import { readTeam, setUpPeople, writeSettings } from './workbookReader';
import { activeSpreadsheet, withDocumentLock } from './workbookSpreadsheet';

/** How long closing or reopening waits for a save or a set-up of the same workbook to finish. */
const LOCK_WAIT_MS = 20000;

/** Every protection the close makes starts with this; reopening removes those, and only those. */
export const CLOSED_PROTECTION = 'Career Ladder: closed cycle';

export interface Closed {
  cycle: string;
  closedAt: string;
}

/**
 * Close the cycle, under the document lock: refresh the Calibration sheet one last time (so that
 * overrides typed there are logged), protect every active PM sheet and the Calibration sheet so
 * that only the spreadsheet's owner and the person closing can edit them, and record the close
 * in the settings and the change log. Protection, as Google's own example does it: the
 * protection's editors removed (Google keeps the owner and the current user, who cannot be
 * removed), domain editing off
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection). 6 calls a sheet.
 */
export function closeCycle(note: string): Closed {
  return withDocumentLock(LOCK_WAIT_MS, 'changed', () => {
    const { settings, checked } = readTeam();
    const by = changedBy();
    const closedAt = new Date().toISOString();
    const next = closedSettings(settings, closedAt, by, note);
    refreshTeamCalibration('found at close');
    const sheets = [
      ...setUpPeople(checked)
        .filter((p) => !p.archived)
        .map((p) => p.sheetName),
      CALIBRATION_SHEET,
    ];
    const ss = activeSpreadsheet();
    for (const name of sheets) {
      const sheet = ss.getSheetByName(name);
      if (!sheet) continue;
      const protection = sheet
        .protect()
        .setDescription(`${CLOSED_PROTECTION} “${settings.cycle}”: reopen it from Career Ladder → Reopen cycle…`);
      protection.removeEditors(protection.getEditors());
      if (protection.canDomainEdit()) protection.setDomainEdit(false);
    }
    saveSettings(next);
    appendChanges([{ when: closedAt, by, kind: 'close', cycle: settings.cycle, note: note.trim() }]);
    return { cycle: settings.cycle, closedAt };
  });
}

/** Reopen the cycle, under the document lock: the close's protections go, and the reason into the change log. */
export function reopenCycle(reason: string): { cycle: string } {
  return withDocumentLock(LOCK_WAIT_MS, 'changed', () => {
    const { settings } = readTeam();
    const next = reopenedSettings(settings, reason);
    removeClosedProtections();
    saveSettings(next);
    appendChanges([{ when: new Date().toISOString(), by: changedBy(), kind: 'reopen', cycle: settings.cycle, note: reason.trim() }]);
    return { cycle: settings.cycle };
  });
}

/** The settings with the close removed, for Start next cycle (a new cycle starts open). */
export function openedForNextCycle(settings: WorkbookSettings): WorkbookSettings {
  if (settings.closed) removeClosedProtections();
  return withoutClose(settings);
}

/**
 * Removes the protections a close made, found by their description among the spreadsheet's
 * sheet protections (1 call, then 1 a protection, 1 more for each removed): the warning-only
 * protections of the Ladder and History sheets stay.
 */
function removeClosedProtections(): void {
  const ss = activeSpreadsheet();
  for (const protection of ss.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    if (protection.getDescription().startsWith(CLOSED_PROTECTION)) protection.remove();
  }
}

/** The settings in the document properties and in the Team sheet's hidden copy (the one read): 4 calls. */
export function saveSettings(settings: WorkbookSettings): void {
  writeSettings(settings);
  activeSpreadsheet()
    .getRange(`${quoteSheetName(TEAM_SHEET)}!${rangeA1(SETTINGS_ROW, SETTINGS_COLUMN, 1, 1)}`)
    .setValue(JSON.stringify(settings));
}
