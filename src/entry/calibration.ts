import { calibrationSourcesSchema, parseInput, type CalibrationResult, type CalibrationSourcesSetting } from '../core/api';
import { DEFAULT_CALIBRATION_SOURCES } from '../core/calibration/areaRating';
import { quoteSheetName, rangeA1 } from '../core/workbook/a1';
import { SETTINGS_COLUMN, SETTINGS_ROW, TEAM_SHEET } from '../core/workbook/layout';
import type { WorkbookSettings } from '../core/workbook/model';
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
import { readPersonSheet, readTeam, setUpPeople, writeSettings } from '../gas/workbookReader';
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
  const sources = settings.calibrationSources ?? DEFAULT_CALIBRATION_SOURCES;
  const calibration = calibrate({ ladder, team, ratings, overrides: state?.stored.overrides ?? [], sheetLevels, sources });
  const plan = calibrationSheetPlan({
    ladder,
    sources,
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

/**
 * setCalibrationSources: which ratings the roll-up counts, `manager` (the default) or
 * `manager-and-peer`. Stored with the workbook settings (document properties and the Team
 * sheet's hidden copy, which is the one read); the next refresh uses it. Returns the setting.
 */
export function setCalibrationSources(input: unknown): CalibrationSourcesSetting {
  const { sources } = parseInput(calibrationSourcesSchema, input, 'The counted ratings cannot be set');
  const { settings } = readTeam();
  const next: WorkbookSettings = { ...settings, calibrationSources: sources };
  writeSettings(next);
  activeSpreadsheet()
    .getRange(`${quoteSheetName(TEAM_SHEET)}!${rangeA1(SETTINGS_ROW, SETTINGS_COLUMN, 1, 1)}`)
    .setValue(JSON.stringify(next));
  return calibrationSourcesSchema.parse({ sources });
}
