import type { CalibrationResult } from '../core/api';
import { calibrate, calibrationResult } from '../core/calibration/calibrate';
import { CALIBRATION_SHEET } from '../core/calibration/calibrationLayout';
import { calibrationSheetPlan } from '../core/calibration/calibrationSheetPlan';
import { calibrationSummaryText } from '../core/calibration/calibrationSummary';
import { levelOnRatingSheet, type SheetLevel } from '../core/calibration/levelCheck';
import type { PersonRatings } from '../core/workbook/model';
import { personRatings } from '../core/workbook/personRatings';
import { describeTeamProblems } from '../core/workbook/teamSheetRead';
import { previousCalibration, readCalibrationSheet, writeCalibrationSheet } from '../gas/calibrationSheet';
import { messageOf, teamSheetProblems } from '../core/messages';
import { readPersonSheet, readTeam, setUpPeople } from '../gas/workbookReader';
import { activeSpreadsheet } from '../gas/workbookSpreadsheet';

/**
 * refreshCalibration (docs/ARCHITECTURE.md, Server API): rolls the team's manager ratings up into area and
 * overall ratings and a 9-box, flags what a calibration meeting needs, and rebuilds the
 * Calibration sheet, keeping the overrides and reasons the manager typed there. Reads the Team
 * sheet and each active PM's sheet (2 calls each); writes only the Calibration sheet.
 * Everything is read and computed before the first write, so a problem changes nothing.
 */
export function refreshCalibration(): CalibrationResult {
  const { settings, ladder, checked } = readTeam();
  if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
  const team = setUpPeople(checked);
  const ratings: Record<string, PersonRatings> = {};
  const sheetLevels: Record<string, SheetLevel> = {};
  // Archived PMs are not calibrated: their sheets are not read.
  for (const person of team.filter((p) => !p.archived)) {
    const { content, values } = readPersonSheet(person, ladder, false);
    ratings[person.id] = personRatings(person.id, person.sheetName, content);
    sheetLevels[person.id] = levelOnRatingSheet(ladder, values);
  }
  const state = readCalibrationSheet(ladder);
  const calibration = calibrate({ ladder, team, ratings, overrides: state?.stored.overrides ?? [], sheetLevels });
  const plan = calibrationSheetPlan({
    ladder,
    cycle: settings.cycle,
    calibration,
    // Padded to the sheet's whole grid, so that it is written back through the range just read.
    previous: previousCalibration(state),
  });
  writeCalibrationSheet(plan, state);
  return calibrationResult(calibration);
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
