import { DEFAULT_CALIBRATION_SOURCES } from '../core/calibration/areaRating';
import { calibrate, type Calibration } from '../core/calibration/calibrate';
import { calibrationSheetPlan } from '../core/calibration/calibrationSheetPlan';
import { levelOnRatingSheet, type SheetLevel } from '../core/calibration/levelCheck';
import { loggedOverrides, overrideChanges } from '../core/cycles/changeLog';
import { teamSheetProblems } from '../core/messages';
import type { PersonRatings, WorkbookSettings } from '../core/workbook/model';
import type { Ladder } from '../core/ladder/schema';
import { personRatings } from '../core/workbook/personRatings';
import { describeTeamProblems } from '../core/workbook/teamSheetRead';
import { cyclesNewestFirst, pastOveralls } from '../core/cycles/trend';
import { trendRows } from './cycleHistory';
import { appendChanges, changedBy, readChanges } from './changeLog';
import { previousCalibration, readCalibrationSheet, writeCalibrationSheet } from './calibrationSheet';
import { readPersonSheet, readTeam, setUpPeople } from './workbookReader';

export interface Refreshed {
  settings: WorkbookSettings;
  ladder: Ladder;
  calibration: Calibration;
}

/**
 * The team's calibration from the Team sheet, each active PM's sheet (2 calls each) and the
 * Calibration sheet; everything is read and computed before the first write. With `write`, the
 * Calibration sheet is rebuilt and each Override or Reason typed there since the change log last
 * recorded it is logged, old → new (the log read once: no call per PM). A closed cycle's sheet is
 * not rewritten.
 */
export function refreshTeamCalibration(logNote = 'found at refresh'): Refreshed {
  const { settings, ladder, checked } = readTeam();
  const write = !settings.closed;
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
  const overrides = state?.stored.overrides ?? [];
  // The trend: the History sheet read once for the whole team (2 calls; none in the first cycle).
  const history = trendRows(settings);
  const past = { lastCycle: cyclesNewestFirst(history)[0] ?? null, overalls: pastOveralls(history) };
  const calibration = calibrate({ ladder, team, ratings, overrides, sheetLevels, sources, past });
  if (!write) return { settings, ladder, calibration };

  const names = new Map(team.map((p) => [p.id, p.name]));
  const onTeam = overrides.filter((o) => names.has(o.personId));
  const logged = onTeam.length > 0 ? loggedOverrides(readChanges(), settings.cycle) : new Map();
  const plan = calibrationSheetPlan({
    ladder,
    sources,
    cycle: settings.cycle,
    calibration,
    // Padded to the sheet's whole grid, so that it is written back through the range just read.
    previous: previousCalibration(state),
  });
  writeCalibrationSheet(plan, state);
  const now = onTeam.map((o) => ({ personId: o.personId, person: names.get(o.personId) ?? o.name, override: o.value, reason: o.reason }));
  const changes = overrideChanges(now, logged, { when: new Date().toISOString(), by: '', cycle: settings.cycle, note: logNote });
  if (changes.length > 0) {
    const by = changedBy();
    appendChanges(changes.map((c) => ({ ...c, by })));
  }
  return { settings, ladder, calibration };
}
