import {
  calibrationExportResultSchema,
  historyResultSchema,
  type CalibrationExportResult,
  parseInput,
  personIdSchema,
  startNextCycleInputSchema,
  startNextCycleResultSchema,
  type HistoryResult,
  type StartNextCycleResult,
} from '../core/api';
import { historyRows, personHistory } from '../core/cycles/history';
import { exportRows } from '../core/cycles/calibrationExport';
import { calibrate } from '../core/calibration/calibrate';
import type { PersonRatings } from '../core/workbook/model';
import { personRatings } from '../core/workbook/personRatings';
import { describeTeamProblems } from '../core/workbook/teamSheetRead';
import { messageOf, teamSheetProblems, unknownPerson } from '../core/messages';
import { writeCalibrationData } from '../gas/calibrationExport';
import { readCalibrationSheet } from '../gas/calibrationSheet';
import { findTeam, readPersonSheet, readTeam, setUpPeople } from '../gas/workbookReader';
import { activeSpreadsheet } from '../gas/workbookSpreadsheet';
import { readHistorySheet } from '../gas/cycleHistory';
import { startCycle } from '../gas/cycleStart';
import { closeCycle as closeTheCycle, reopenCycle as reopenTheCycle } from '../gas/cycleClose';
import {
  closeCycleInputSchema,
  closeCycleResultSchema,
  reopenCycleInputSchema,
  reopenCycleResultSchema,
  type CloseCycleResult,
  type ReopenCycleResult,
} from '../core/api';

/**
 * startNextCycle: keeps the finished cycle in the History sheet, then empties the ratings,
 * evidence (unless `carryEvidence`) and overrides for the new one. The Team sheet, the ladder
 * and the doc templates stay. A label already used, or an empty one, is refused and changes nothing.
 */
export function startNextCycle(input: unknown): StartNextCycleResult {
  const request = parseInput(startNextCycleInputSchema, input, 'The next cycle cannot be started');
  return startNextCycleResultSchema.parse(startCycle(request.cycle, request.carryEvidence ?? false));
}

/** getHistory: a PM's finished cycles, newest first, from one read of the History sheet (3 calls; 2 more for an unknown id). */
export function getHistory(input: unknown): HistoryResult {
  const personId = parseInput(personIdSchema, input, 'The history cannot be read');
  const cycles = personHistory(readHistorySheet().sheet.rows, personId);
  if (cycles.length === 0 && !findTeam()?.content.rows.some((r) => r.id === personId)) {
    throw unknownPerson(personId, 'nothing to show.');
  }
  return historyResultSchema.parse({ personId, cycles });
}

/**
 * exportCalibrationData: every cycle's ratings as tidy rows in the "Calibration data" sheet
 * (README, "Export calibration data"): the finished cycles from the History sheet, then the
 * current one, rolled up as Refresh calibration does (overrides from the Calibration sheet).
 * Reads the Team sheet, the History sheet, each active PM's sheet (2 calls each) and the
 * Calibration sheet; writes only its own sheet.
 */
export function exportCalibrationData(): CalibrationExportResult {
  const { settings, ladder, checked } = readTeam();
  if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
  const team = setUpPeople(checked);
  const ratings: Record<string, PersonRatings> = {};
  for (const person of team.filter((p) => !p.archived)) {
    ratings[person.id] = personRatings(person.id, person.sheetName, readPersonSheet(person, ladder, false).content);
  }
  const overrides = readCalibrationSheet(ladder)?.stored.overrides ?? [];
  const current = historyRows({
    cycle: settings.cycle,
    ladder,
    team,
    ratings,
    calibration: calibrate({ ladder, team, ratings, overrides }),
  });
  const past = readHistorySheet().sheet.rows;
  return calibrationExportResultSchema.parse(writeCalibrationData(exportRows([...past, ...current], ladder)));
}

/** Menu "Export calibration data": writes the sheet, shows it, and says how many rows it holds. */
export function exportCalibrationDataFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const result = exportCalibrationData();
    const ss = activeSpreadsheet();
    ss.getSheetByName(result.sheet)?.activate();
    ss.toast(`${result.rows} rows in “${result.sheet}”: one per PM, cycle, sub-skill and source.`, 'Career Ladder', 10);
  } catch (e) {
    ui.alert('Export calibration data', `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}

/** Menu "Start next cycle…": asks for the new label, confirms, starts it, and says what happened. */
export function startNextCycleFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const title = 'Start next cycle';
  const asked = ui.prompt(
    title,
    'Name the new review cycle (for example "H2 2026"). The current cycle’s ratings, evidence and overrides go into the History sheet, then are emptied.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (asked.getSelectedButton() !== ui.Button.OK) return;
  const cycle = asked.getResponseText().trim();
  const sure = ui.alert(
    title,
    `Start “${cycle}”? Every rating, piece of evidence and override is emptied (kept in the History sheet). The Team sheet and the ladder stay.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (sure !== ui.Button.OK) return;
  try {
    const result = startNextCycle({ cycle });
    ui.alert(
      title,
      `“${result.previousCycle}” is kept in the History sheet (${result.archivedPeople} PMs). “${result.cycle}” has begun: its ratings are empty.`,
      ui.ButtonSet.OK,
    );
  } catch (e) {
    ui.alert(title, `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}

/**
 * closeCycle: protects the PM sheets and the Calibration sheet (after one last refresh of it),
 * and refuses every write to the cycle until it is reopened; Start next cycle stays allowed.
 */
export function closeCycle(input?: unknown): CloseCycleResult {
  const request = parseInput(closeCycleInputSchema, input ?? undefined, 'The cycle cannot be closed');
  return closeCycleResultSchema.parse(closeTheCycle(request?.note ?? ''));
}

/** reopenCycle: the reason is required; the close's protections go and writes are allowed again. */
export function reopenCycle(input: unknown): ReopenCycleResult {
  const request = parseInput(reopenCycleInputSchema, input, 'The cycle cannot be reopened');
  return reopenCycleResultSchema.parse(reopenTheCycle(request.reason));
}

/** Menu "Close cycle…": asks for an optional note, closes, and says how to reopen. */
export function closeCycleFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const title = 'Close cycle';
  const asked = ui.prompt(
    title,
    'Closing refreshes the Calibration sheet one last time, then protects it and every PM sheet: no rating can change until the cycle is reopened (with a reason). Growth and career plans can still be made. A note for the change log (optional):',
    ui.ButtonSet.OK_CANCEL,
  );
  if (asked.getSelectedButton() !== ui.Button.OK) return;
  try {
    const result = closeCycle({ note: asked.getResponseText() });
    ui.alert(
      title,
      `“${result.cycle}” is closed. To change a rating again, use Career Ladder → Reopen cycle… and give a reason.`,
      ui.ButtonSet.OK,
    );
  } catch (e) {
    ui.alert(title, `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}

/** Menu "Reopen cycle…": asks for the reason (required) and reopens. */
export function reopenCycleFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const title = 'Reopen cycle';
  const asked = ui.prompt(title, 'Why reopen the cycle? The reason goes into the change log.', ui.ButtonSet.OK_CANCEL);
  if (asked.getSelectedButton() !== ui.Button.OK) return;
  try {
    const result = reopenCycle({ reason: asked.getResponseText() });
    ui.alert(title, `“${result.cycle}” is open again: ratings can be changed.`, ui.ButtonSet.OK);
  } catch (e) {
    ui.alert(title, `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}
