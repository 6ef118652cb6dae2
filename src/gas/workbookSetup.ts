import { archivedByPersonText } from '../core/workbook/setupPreview';
import type { Ladder } from '../core/ladder/schema';
import { ID_COLUMN, LADDER_SHEET, TEAM_LAST_COLUMN, TEAM_SHEET, TITLE_ROW, parseMarker } from '../core/workbook/layout';
import type { WorkbookSettings } from '../core/workbook/model';
import { archiveNeedsConfirmation, foreignSheet } from '../core/messages';
import { readRatingSheet } from '../core/workbook/ratingSheetRead';
import { storedLayoutVersion } from '../core/workbook/layoutVersion';
import { isReservedSheetName, sheetNameKey } from '../core/workbook/sheetNames';
import { columnLetters } from '../core/workbook/a1';
import { PLAIN_TEXT, padBlock } from '../core/workbook/sheetPlan';
import { knownPeople, sheetPerPerson } from '../core/workbook/personSheets';
import { refreshSummaryText } from '../core/workbook/ratingReport';
import {
  parseTodoEntry,
  planFingerprint,
  todoEntry,
  type SetupCount,
  type SetupProgress,
  type TimeBudget,
} from '../core/workbook/setupProgress';
import { checkTeam, readTeamSheet, reconcileTeamRows, type CheckedTeam, type TeamSheetContent } from '../core/workbook/teamSheetRead';
import {
  planRefresh,
  resumedSheetWork,
  type DesiredMember,
  type ExistingRatingSheet,
  type RatingSheetWork,
  type RefreshPlan,
} from '../core/workbook/workbookRefresh';
import { clearSetupProgress, readSetupProgress, saveSetupProgress } from './setupProgressStore';
import { writeSettings } from './workbookReader';
import { activeSpreadsheet, withDocumentLock } from './workbookSpreadsheet';
import { applySheetPlan } from './workbookWriter';

/**
 * Set-up and refresh, the shell's part: read what the workbook holds (every sheet's name; the
 * Team and Ladder sheets; each PM sheet in full; the first cell of any other sheet, to find a
 * PM sheet whose Team row was deleted), let the core plan everything, then write. Nothing is
 * written before the plan exists, so bad input changes nothing. PM sheets are written while the
 * run's time budget lasts; what is left is recorded and the next run goes on from there
 * (src/core/workbook/setupProgress.ts), without reading the sheets already done.
 *
 * Calls: a fixed part (Ladder, Team, settings, progress) plus, per PM sheet, 14 for a new sheet
 * and 12 for one refreshed (4 when it already shows exactly the plan); a run that goes on from
 * an earlier one costs 16 calls besides its PM sheets, whatever the team's size: see README,
 * "The calibration workbook".
 */

export interface WorkbookState {
  /** The Team sheet as read; null when there is none. */
  team: TeamSheetContent | null;
  /** `checkTeam` of the Team sheet against the ladder being set up. */
  checked: CheckedTeam | null;
  /** The PM sheets found, one per person. */
  ratingSheets: readonly ExistingRatingSheet[];
}

export interface SetupRequest {
  /** The ladder and settings to set up with, given the Team sheet as read (null when there is none). */
  choose(team: TeamSheetContent | null): { ladder: Ladder; settings: WorkbookSettings };
  /** The team wanted, given what the workbook holds (throws to refuse: nothing is written). */
  desired(state: WorkbookState): DesiredMember[];
  /** When this run stops starting PM sheets (what is left is recorded for the next run). */
  budget: TimeBudget;
  /** Plan only: read everything, write nothing, and give the plan back. */
  preview?: boolean;
  /** Refuse (CONFIRM_ARCHIVE) a plan that moves ratings to Archived ratings: the caller did not confirm it. */
  refuseArchiving?: boolean;
}

export interface SetupOutcome {
  plan: RefreshPlan;
  /** Every sheet of the workbook the add-on made: Ladder, Team, then the PM sheets. */
  sheets: string[];
  /** Every PM sheet shows the plan; false when the time budget ran out first (run again to go on). */
  done: boolean;
  progress: SetupCount;
  /** What the whole set-up changed, in words (from its first run when it took several). */
  summary: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** How long set-up waits for a save or another set-up of the same workbook to finish. */
const LOCK_WAIT_MS = 20000;

/**
 * Under the document lock: a rating saved while a refresh rewrites its sheet would otherwise be
 * lost between the refresh's read and its write (docs/ARCHITECTURE.md, Safety). Each run takes and
 * releases it: between runs a save may land, and the next run reads that sheet again (or, when
 * it was done already, leaves it as saved).
 */
export function runSetup(request: SetupRequest): SetupOutcome {
  return withDocumentLock(LOCK_WAIT_MS, 'changed', () => setupUnderLock(request));
}

function setupUnderLock(request: SetupRequest): SetupOutcome {
  const ss = activeSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  const recorded = readSetupProgress(properties);
  // A preview plans from everything as read, whatever an unfinished run recorded: it writes nothing.
  if (request.preview) return setUpAfresh(ss, properties, false, request);
  return (recorded ? goOn(ss, properties, recorded, request) : null) ?? setUpAfresh(ss, properties, recorded !== null, request);
}

/** A first run, or one after the team or the ladder changed: reads everything, plans everything. */
function setUpAfresh(ss: Spreadsheet, properties: Properties, hadRecord: boolean, request: SetupRequest): SetupOutcome {
  const sheets = ss.getSheets();
  const byName = new Map<string, Sheet>();
  for (const sheet of sheets) byName.set(sheet.getName(), sheet);
  // Sheets compares sheet names ignoring case: a "team" sheet is where "Team" would go.
  const sheetCalled = (wanted: string) => [...byName].find(([name]) => sheetNameKey(name) === sheetNameKey(wanted)) ?? null;

  const [ladderName, ladderSheet] = sheetCalled(LADDER_SHEET) ?? ['', null];
  const ladderValues = ladderSheet ? ladderSheet.getDataRange().getValues() : null;
  if (ladderValues && parseMarker(ladderValues[TITLE_ROW - 1]?.[ID_COLUMN - 1]).kind !== 'ladder') {
    throw foreignSheet(ladderName, LADDER_SHEET, SET_UP_AGAIN);
  }
  const [teamName, teamSheet] = sheetCalled(TEAM_SHEET) ?? ['', null];
  const teamValues = teamSheet ? readTeamValuesOf(teamSheet) : null;
  const team = teamValues ? readTeamSheet(teamValues) : null;
  if (team && !team.isTeamSheet) throw foreignSheet(teamName, TEAM_SHEET, SET_UP_AGAIN);
  const { ladder, settings } = request.choose(team);
  // PM sheets: those the Team sheet names, read in full; any other sheet is probed at A1.
  const named = new Set((team?.rows ?? []).map((r) => r.sheetName).filter((n) => n !== ''));
  const namedKeys = new Set([...named].map(sheetNameKey));
  const ratingSheets: ExistingRatingSheet[] = [];
  for (const [name, sheet] of byName) {
    if (sheet === ladderSheet || sheet === teamSheet || isReservedSheetName(name)) continue;
    if (!namedKeys.has(sheetNameKey(name)) && parseMarker(sheet.getRange(1, 1).getValue()).kind !== 'person') continue;
    const read = readRatingSheetOf(name, sheet);
    if (read) ratingSheets.push(read);
  }
  const sheetFor = sheetPerPerson(ratingSheets, named);
  const owners = new Map([...sheetFor.values()].map((s) => [s.sheetName, s.personId]));
  const checked = team ? checkTeam(ladder, reconcileTeamRows(team, owners)) : null;
  const known = knownPeople(
    checked,
    [...sheetFor.values()].map((s) => ({ ...s, personName: s.content.name })),
  );
  const desired = request.desired({ team, checked, ratingSheets: [...sheetFor.values()] });
  const plan = planRefresh({
    ladder,
    settings,
    // The layout the sheets were written with, from the settings' copy on the Team sheet (none: the oldest, so nothing stays behind).
    layoutVersion: storedLayoutVersion(team?.settings ?? null),
    desired,
    known,
    sheetNames: [...byName.keys()],
    ratingSheets: [...sheetFor.values()],
  });

  if (request.preview) {
    const total = plan.ratingSheets.length;
    return { plan, sheets: [], done: false, progress: { done: 0, total }, summary: refreshSummaryText(plan.summary) };
  }
  if (request.refuseArchiving && plan.summary.ratingsArchived > 0) {
    const { ratingsArchived, ratingsKept, archivedByPerson } = plan.summary;
    throw archiveNeedsConfirmation(ratingsArchived, archivedByPersonText({ archivedByPerson }), ratingsArchived > ratingsKept);
  }

  // ---- writes: nothing above this line changed the spreadsheet ----
  const position = { next: sheets.length, inserted: false };
  const ladderTarget = ladderSheet ?? ss.insertSheet(LADDER_SHEET, 0);
  if (!ladderSheet) position.next += 1;
  // Our own sheet, renamed by someone in another case: its name again, so A1 references find it.
  if (ladderSheet && ladderName !== LADDER_SHEET) ladderSheet.setName(LADDER_SHEET);
  applySheetPlan(ladderTarget, padBlock(plan.ladderPlan, ladderValues?.length ?? 0, ladderValues?.[0]?.length ?? 0), {
    layout: true,
    tabColor: false,
  });
  const teamTarget = teamSheet ?? ss.insertSheet(TEAM_SHEET, Math.min(1, position.next));
  if (!teamSheet) position.next += 1;
  if (teamSheet && teamName !== TEAM_SHEET) teamSheet.setName(TEAM_SHEET);
  keepTypedAsTyped(teamTarget);
  applySheetPlan(teamTarget, padBlock(plan.teamPlan, teamValues ? lastContentRow(teamValues) : 0, TEAM_LAST_COLUMN), {
    layout: true,
    tabColor: false,
  });
  writeSettings(plan.settings, properties);

  const sheetOf = (name: string): Sheet => {
    const sheet = byName.get(name);
    if (!sheet) throw new Error(`The sheet “${name}” disappeared during set-up: run it again.`);
    return sheet;
  };
  // Every rename first: a later run knows each PM sheet by the name the Team sheet now gives it.
  for (const work of plan.ratingSheets)
    if (work.existing && work.renameFrom) sheetOf(work.existing.sheetName).setName(work.person.sheetName);
  const tasks = plan.ratingSheets
    .filter((work) => !work.unchanged)
    .map((work) => ({
      entry: todoEntry(work),
      write: (): Written => writeRatingSheet(ss, work, work.existing ? sheetOf(work.existing.sheetName) : null, position),
    }));
  const ran = runTasks(tasks, request.budget);
  // insertSheet makes each new sheet the active one; end on the Team sheet, where the manager works.
  if (position.inserted || !teamSheet) teamTarget.activate();

  const summary = refreshSummaryText(plan.summary);
  const fingerprint = planFingerprint(ladder, settings.cycle, plan);
  return finish(properties, hadRecord, { fingerprint, total: plan.ratingSheets.length, todo: ran.left, summary }, ran.stale, plan);
}

/**
 * A run after an unfinished one: the Team sheet is read and the plan made again from it, the PM
 * sheets taken as they are (not read). Null when that plan is not the recorded one (the team or
 * the ladder changed, or the Team sheet is gone): then a run afresh does it all, nothing written yet.
 */
function goOn(ss: Spreadsheet, properties: Properties, recorded: SetupProgress, request: SetupRequest): SetupOutcome | null {
  const teamSheet = ss.getSheetByName(TEAM_SHEET);
  if (!teamSheet) return null;
  const team = readTeamSheet(readTeamValuesOf(teamSheet));
  if (!team.isTeamSheet) return null;
  const { ladder, settings } = request.choose(team);
  const checked = checkTeam(ladder, team);
  const todo = recorded.todo.map(parseTodoEntry);
  const toMake = new Set(todo.filter((t) => t.make).map((t) => t.personId));
  // Each sheet the Team sheet names exists under that name (the first run made or renamed it), except those still to make.
  const settled = [...checked.active, ...checked.archived]
    .filter((e) => e.id && e.sheetName && !toMake.has(e.id))
    .map((e) => ({ personId: e.id, sheetName: e.sheetName }));
  const plan = planRefresh({
    ladder,
    settings,
    // The first run stored the layout it wrote with; sheets still to write follow the plan either way.
    layoutVersion: storedLayoutVersion(team.settings ?? null),
    desired: request.desired({ team, checked, ratingSheets: [] }),
    known: knownPeople(checked, []),
    sheetNames: [LADDER_SHEET, TEAM_SHEET, ...settled.map((s) => s.sheetName)],
    ratingSheets: [],
    settled,
  });
  if (planFingerprint(ladder, settings.cycle, plan) !== recorded.fingerprint) return null;

  // ---- writes ----
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const position = { next: -1, inserted: false };
  const tasks = todo.map((item, i) => ({
    entry: recorded.todo[i]!,
    write: (): Written => {
      const person = people.get(item.personId);
      if (!person) return 'stale';
      if (item.make) {
        if (position.next < 0) position.next = ss.getNumSheets();
        return writeRatingSheet(ss, resumedSheetWork(ladder, settings, person, null, item.archivedChanged), null, position);
      }
      // Renamed or deleted since the last run: a run afresh will find it (or know it is gone).
      const sheet = ss.getSheetByName(person.sheetName);
      const read = sheet ? readRatingSheetOf(person.sheetName, sheet) : null;
      if (!sheet || read?.personId !== person.id) return 'stale';
      const work = resumedSheetWork(ladder, settings, person, read, item.archivedChanged);
      return work.unchanged ? 'written' : writeRatingSheet(ss, work, sheet, position);
    },
  }));
  const ran = runTasks(tasks, request.budget);
  if (position.inserted) teamSheet.activate();
  return finish(properties, true, { ...recorded, todo: ran.left }, ran.stale, plan);
}

type Written = 'written' | 'stale';

/**
 * Display values: a cell a paste or a person left unformatted reads as it shows, not as the
 * Date or number Sheets made of it (range#getdisplayvalues).
 */
function readTeamValuesOf(sheet: Sheet): string[][] {
  return sheet.getDataRange().getDisplayValues();
}

/**
 * The Team sheet's columns are Plain text down to the last row of the grid, so that a PM a
 * manager types below the team reads back as typed: in an unformatted cell Sheets makes
 * "March 5" a date, "007" the number 7 and "true" a boolean. Set before the plan is written,
 * whose own formats then apply within the block (the doc link cells stay Automatic for their
 * =HYPERLINK). 2 calls, whatever the grid's size.
 */
function keepTypedAsTyped(sheet: Sheet): void {
  sheet.getRange(`A:${columnLetters(TEAM_LAST_COLUMN)}`).setNumberFormat(PLAIN_TEXT);
}

/** What the manager does about a sheet set-up will not use: it has the name set-up needs, ignoring case, but is not its own. */
const SET_UP_AGAIN = 'Rename it, then set up again. Nothing was changed.';

function readRatingSheetOf(name: string, sheet: Sheet): ExistingRatingSheet | null {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const content = readRatingSheet(values, formulas);
  return content.personId ? { personId: content.personId, sheetName: name, content, values, formulas } : null;
}

/** Writes one PM sheet's plan: onto `sheet`, or onto a new sheet at `position` (null: none to overwrite). */
function writeRatingSheet(
  ss: Spreadsheet,
  work: RatingSheetWork,
  sheet: Sheet | null,
  position: { next: number; inserted: boolean },
): Written {
  if (sheet) {
    applySheetPlan(sheet, work.plan, { layout: work.columnsChanged, tabColor: work.archivedChanged });
    return 'written';
  }
  let made: Sheet;
  try {
    made = ss.insertSheet(work.person.sheetName, position.next);
  } catch (e) {
    // Someone made a sheet of that name since the plan: a run afresh picks another name.
    if (ss.getSheetByName(work.person.sheetName)) return 'stale';
    throw e;
  }
  position.next += 1;
  position.inserted = true;
  applySheetPlan(made, work.plan, { layout: true, tabColor: work.plan.tabColor !== null });
  return 'written';
}

/**
 * Writes PM sheets in plan order while the budget lasts, at least one a run so that a slow run
 * still gets somewhere. Stops at a sheet that is no longer as planned ("stale").
 */
function runTasks(tasks: ReadonlyArray<{ entry: string; write(): Written }>, budget: TimeBudget): { left: string[]; stale: boolean } {
  for (const [i, task] of tasks.entries()) {
    if (i > 0 && !budget.hasTime()) return { left: tasks.slice(i).map((t) => t.entry), stale: false };
    if (task.write() === 'stale') return { left: tasks.slice(i).map((t) => t.entry), stale: true };
  }
  return { left: [], stale: false };
}

/** Records what is left (or that nothing is), and says how far the set-up is. */
function finish(properties: Properties, hadRecord: boolean, progress: SetupProgress, stale: boolean, plan: RefreshPlan): SetupOutcome {
  const done = progress.todo.length === 0;
  // A stale record is dropped: the next run plans afresh from everything as read.
  if (stale) clearSetupProgress(properties);
  else if (!done) saveSetupProgress(properties, progress);
  else if (hadRecord) clearSetupProgress(properties);
  return {
    plan,
    sheets: [LADDER_SHEET, TEAM_SHEET, ...plan.people.map((p) => p.sheetName)],
    done,
    progress: { done: progress.total - progress.todo.length, total: progress.total },
    summary: progress.summary,
  };
}

/** The last row holding anything (getValues of whole columns reads to the end of the grid). */
export function lastContentRow(values: readonly unknown[][]): number {
  for (let r = values.length; r >= 1; r -= 1) {
    if ((values[r - 1] ?? []).some((v) => v !== '' && v !== null && v !== undefined)) return r;
  }
  return 0;
}
