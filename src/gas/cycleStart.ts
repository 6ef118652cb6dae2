import { calibrate } from '../core/calibration/calibrate';
import { historyCycles, historyRows } from '../core/cycles/history';
import { cycleExists, ratingSheetMissing, ratingSheetReplaced, teamSheetProblems } from '../core/messages';
import { CALIBRATION_SHEET } from '../core/calibration/calibrationLayout';
import { quoteSheetName, rangeA1, wholeColumnsA1 } from '../core/workbook/a1';
import { ratingSheetColumns } from '../core/workbook/layout';
import type { PersonRatings, WorkbookSettings } from '../core/workbook/model';
import { personRatings } from '../core/workbook/personRatings';
import { RATING_COLUMNS, type RatingColumnKey } from '../core/workbook/ratingColumns';
import { readRatingSheet } from '../core/workbook/ratingSheetRead';
import { describeTeamProblems } from '../core/workbook/teamSheetRead';
import { appendHistory, readHistorySheet } from './cycleHistory';
import { readCalibrationSheet } from './calibrationSheet';
import { readTeam, setUpPeople } from './workbookReader';
import { activeSpreadsheet, withDocumentLock } from './workbookSpreadsheet';
import { openedForNextCycle, saveSettings } from './cycleClose';
import { appendChanges, changedBy } from './changeLog';

/** How long Start next cycle waits for a save or a set-up of the same workbook to finish. */
const LOCK_WAIT_MS = 20000;

export interface NextCycle {
  cycle: string;
  previousCycle: string;
  archivedPeople: number;
}

/**
 * Start next cycle, the shell's part, under the document lock (a rating saved between the read
 * and the clearing would be lost): read the Team sheet, every active PM's sheet, the Calibration
 * sheet and the History sheet; refuse a label already used; then append the finished cycle to
 * History, empty the rating (and, unless kept, evidence) cells of each PM sheet, empty the
 * Calibration overrides and reasons, and record the new label. Nothing is written before
 * everything is read and checked.
 *
 * Each PM sheet is written back through the range it was read with (3 calls a PM): its values
 * with the rating cells blanked. A PM sheet holds values only (the add-on writes no formulas
 * there, and a rating or evidence cell is plain text), so writing the values back keeps it as it was.
 */
export function startCycle(cycle: string, carryEvidence: boolean): NextCycle {
  return withDocumentLock(LOCK_WAIT_MS, 'changed', () => startUnderLock(cycle, carryEvidence));
}

function startUnderLock(cycle: string, carryEvidence: boolean): NextCycle {
  const { settings, ladder, checked } = readTeam();
  if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
  const history = readHistorySheet();
  if (cycle === settings.cycle || historyCycles(history.sheet.rows).includes(cycle)) throw cycleExists(cycle);

  const ss = activeSpreadsheet();
  const team = setUpPeople(checked);
  const active = team.filter((p) => !p.archived);
  const last = ratingSheetColumns(ladder).last;
  const cleared: RatingColumnKey[] = RATING_COLUMNS.map((c) => c.key).filter((k) => !(carryEvidence && k === 'evidence'));
  const ratings: Record<string, PersonRatings> = {};
  const writes: (() => void)[] = [];
  for (const person of active) {
    let range: GoogleAppsScript.Spreadsheet.Range;
    try {
      range = ss.getRange(wholeColumnsA1(person.sheetName, last));
    } catch (e) {
      if (ss.getSheetByName(person.sheetName) !== null) throw e;
      throw ratingSheetMissing(person.sheetName, e, ' Nothing was changed.');
    }
    const values = range.getValues();
    const content = readRatingSheet(values);
    if (content.personId !== person.id) throw ratingSheetReplaced(person.sheetName, person.name, ' Nothing was changed.');
    ratings[person.id] = personRatings(person.id, person.sheetName, content);
    let changed = false;
    for (const row of content.ratingRows) {
      for (const key of cleared) {
        const cell = row.cells[key];
        if (cell.column > 0 && cell.value !== '') {
          values[cell.row - 1]![cell.column - 1] = '';
          changed = true;
        }
      }
    }
    if (changed) writes.push(() => range.setValues(values));
  }
  const calibrationSheet = readCalibrationSheet(ladder);
  const overrides = calibrationSheet?.stored.overrides ?? [];
  const calibration = calibrate({
    ladder,
    team,
    ratings,
    overrides,
    ...(settings.calibrationSources ? { sources: settings.calibrationSources } : {}),
  });
  const rows = historyRows({ cycle: settings.cycle, ladder, team, ratings, calibration });

  // ---- writes: nothing above this line changed the spreadsheet ----
  appendHistory(history, rows);
  for (const write of writes) write();
  clearOverrides(calibrationSheet, new Set(active.map((p) => p.id)));
  const now = new Date().toISOString();
  const next: WorkbookSettings = { ...openedForNextCycle(settings), cycle, updatedAt: now, lastArchivedCycle: settings.cycle };
  saveSettings(next);
  appendChanges([{ when: now, by: changedBy(), kind: 'start', cycle, note: `follows “${settings.cycle}”` }]);
  return { cycle, previousCycle: settings.cycle, archivedPeople: active.length };
}

/**
 * Empties the Override and Reason cells of the team's rows (2 calls), and their Discuss and
 * Meeting notes cells when any holds something (2 more): they belong to the finished cycle.
 * Those kept for PMs no longer on the team stay.
 */
function clearOverrides(state: ReturnType<typeof readCalibrationSheet>, team: ReadonlySet<string>): void {
  if (!state) return;
  const { overrideColumn, reasonColumn, discussColumn, notesColumn } = state.stored;
  const onTeam = state.stored.overrides.filter((o) => team.has(o.personId) && o.row !== undefined);
  clearBox(
    onTeam.filter((o) => o.value.trim() !== '' || o.reason.trim() !== '').map((o) => o.row!),
    [overrideColumn, reasonColumn],
  );
  clearBox(
    onTeam.filter((o) => (o.notes ?? '').trim() !== '' || (o.discuss ?? '').trim() !== '').map((o) => o.row!),
    [discussColumn, notesColumn],
  );
}

/** Clears the box spanning `rows` × `columns` (0 = no such column) of the Calibration sheet (2 calls), if any. */
function clearBox(rows: readonly number[], columnsRead: readonly number[]): void {
  const columns = columnsRead.filter((c) => c > 0);
  if (rows.length === 0 || columns.length === 0) return;
  const first = Math.min(...rows);
  const from = Math.min(...columns);
  const box = rangeA1(first, from, Math.max(...rows) - first + 1, Math.max(...columns) - from + 1);
  activeSpreadsheet()
    .getRange(`${quoteSheetName(CALIBRATION_SHEET)}!${box}`)
    .clearContent();
}
