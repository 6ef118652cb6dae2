import { DEFAULT_CALIBRATION_SOURCES } from '../core/calibration/areaRating';
import { calibrationSourcesSchema, parseInput, type CalibrationResult, type CalibrationSourcesSetting } from '../core/api';
import { quoteSheetName, rangeA1 } from '../core/workbook/a1';
import { SETTINGS_COLUMN, SETTINGS_ROW, TEAM_SHEET } from '../core/workbook/layout';
import type { WorkbookSettings } from '../core/workbook/model';
import { CALIBRATION_SHEET } from '../core/calibration/calibrationLayout';
import { calibrationSummaryText } from '../core/calibration/calibrationSummary';
import { messageOf } from '../core/messages';
import { calibrationResult } from '../core/calibration/calibrate';
import { readTeam, writeSettings } from '../gas/workbookReader';
import { activeSpreadsheet } from '../gas/workbookSpreadsheet';
import { refreshTeamCalibration } from '../gas/calibrationRefresh';
import { assertOpen } from '../core/cycles/closing';

/**
 * refreshCalibration (docs/ARCHITECTURE.md, Server API): rolls the team's manager ratings up into area and
 * overall ratings and a 9-box, flags what a calibration meeting needs, and rebuilds the
 * Calibration sheet, keeping the overrides and reasons the manager typed there, and logging
 * those that changed. Reads the Team sheet and each active PM's sheet (2 calls each); writes
 * only the Calibration sheet (and the change log). Everything is read and computed before the
 * first write, so a problem changes nothing. While the cycle is closed it answers without
 * rewriting the closed sheet.
 */
export function refreshCalibration(): CalibrationResult {
  return calibrationResult(refreshTeamCalibration().calibration);
}

/** Menu "Refresh calibration": refresh, show the sheet, and say what it found (or why nothing changed). */
export function refreshCalibrationFromMenu(): void {
  let result: CalibrationResult;
  try {
    result = refreshCalibration();
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    ui.alert('Refresh calibration', `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
    return;
  }
  const ss = activeSpreadsheet();
  ss.getSheetByName(CALIBRATION_SHEET)?.activate();
  ss.toast(calibrationSummaryText(result), 'Career Ladder', 10);
}

/**
 * setCalibrationSources: which ratings the roll-up counts, `manager` (the default) or
 * `manager-and-peer`. Stored with the workbook settings (document properties and the Team
 * sheet's hidden copy, which is the one read); the next refresh uses it. Returns the setting.
 */
export function setCalibrationSources(input: unknown): CalibrationSourcesSetting {
  const { sources } = parseInput(calibrationSourcesSchema, input, 'The counted ratings cannot be set');
  const { settings } = readTeam();
  assertOpen(settings);
  const next: WorkbookSettings = { ...settings, calibrationSources: sources };
  writeSettings(next);
  activeSpreadsheet()
    .getRange(`${quoteSheetName(TEAM_SHEET)}!${rangeA1(SETTINGS_ROW, SETTINGS_COLUMN, 1, 1)}`)
    .setValue(JSON.stringify(next));
  return calibrationSourcesSchema.parse({ sources });
}

/**
 * Menu "Counted ratings…": says which ratings the roll-up counts now and offers the other
 * setting; the Calibration sheet is refreshed at once so it states the new one.
 */
export function calibrationSourcesFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const title = 'Counted ratings';
  try {
    const { settings } = readTeam();
    const now = settings.calibrationSources ?? DEFAULT_CALIBRATION_SOURCES;
    const peerToo = now === 'manager-and-peer';
    const answer = ui.alert(
      title,
      peerToo
        ? 'The roll-up counts manager and peer ratings: each area is the median of both. Count the manager’s ratings only again?'
        : 'The roll-up counts the manager’s ratings only (the default). Count peer ratings too? Each area is then the median of the manager’s and the peers’ ratings of its sub-skills.',
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return;
    setCalibrationSources({ sources: peerToo ? 'manager' : 'manager-and-peer' });
    const result = refreshCalibration();
    activeSpreadsheet().getSheetByName(CALIBRATION_SHEET)?.activate();
    activeSpreadsheet().toast(
      `${peerToo ? 'Manager ratings only' : 'Manager and peer ratings'} now count. ${calibrationSummaryText(result)}`,
      'Career Ladder',
      10,
    );
  } catch (e) {
    ui.alert(title, `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}
