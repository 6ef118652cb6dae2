import type { Ladder } from '../core/ladder/schema';
import { ID_COLUMN, LADDER_SHEET, TEAM_LAST_COLUMN, TEAM_SHEET, TITLE_ROW, parseMarker } from '../core/workbook/layout';
import type { WorkbookSettings } from '../core/workbook/model';
import { foreignSheet } from '../core/messages';
import { readRatingSheet } from '../core/workbook/ratingSheetRead';
import { storedLayoutVersion } from '../core/workbook/layoutVersion';
import { isReservedSheetName, sheetNameKey } from '../core/workbook/sheetNames';
import { columnLetters } from '../core/workbook/a1';
import { PLAIN_TEXT, padBlock } from '../core/workbook/sheetPlan';
import { checkTeam, readTeamSheet, reconcileTeamRows, type CheckedTeam, type TeamSheetContent } from '../core/workbook/teamSheetRead';
import {
  planRefresh,
  type DesiredMember,
  type ExistingRatingSheet,
  type KnownPerson,
  type RefreshPlan,
} from '../core/workbook/workbookRefresh';
import { writeSettings } from './workbookReader';
import { activeSpreadsheet, withDocumentLock } from './workbookSpreadsheet';
import { applySheetPlan } from './workbookWriter';

/**
 * Set-up and refresh, the shell's part: read what the workbook holds (every sheet's name; the
 * Team and Ladder sheets; each PM sheet in full; the first cell of any other sheet, to find a
 * PM sheet whose Team row was deleted), let the core plan everything, then write. Nothing is
 * written before the plan exists, so bad input changes nothing.
 *
 * Calls: a fixed part (Ladder, Team, settings) plus, per PM sheet, 14 for a new sheet and 12
 * for one refreshed (4 when it already shows exactly the plan): see README, "The calibration workbook".
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
}

export interface SetupOutcome {
  plan: RefreshPlan;
  /** Every sheet of the workbook the add-on made: Ladder, Team, then the PM sheets. */
  sheets: string[];
}

/** How long set-up waits for a save or another set-up of the same workbook to finish. */
const LOCK_WAIT_MS = 20000;

/**
 * Under the document lock: a rating saved while a refresh rewrites its sheet would otherwise be
 * lost between the refresh's read and its write (docs/ARCHITECTURE.md, Safety).
 */
export function runSetup(request: SetupRequest): SetupOutcome {
  return withDocumentLock(LOCK_WAIT_MS, 'changed', () => setupUnderLock(request));
}

function setupUnderLock(request: SetupRequest): SetupOutcome {
  const ss = activeSpreadsheet();
  const sheets = ss.getSheets();
  const byName = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const sheet of sheets) byName.set(sheet.getName(), sheet);
  // Sheets compares sheet names ignoring case: a "team" sheet is where "Team" would go.
  const sheetCalled = (wanted: string) => [...byName].find(([name]) => sheetNameKey(name) === sheetNameKey(wanted)) ?? null;

  const [ladderName, ladderSheet] = sheetCalled(LADDER_SHEET) ?? ['', null];
  const ladderValues = ladderSheet ? ladderSheet.getDataRange().getValues() : null;
  if (ladderValues && parseMarker(ladderValues[TITLE_ROW - 1]?.[ID_COLUMN - 1]).kind !== 'ladder') {
    throw foreignSheet(ladderName, LADDER_SHEET, SET_UP_AGAIN);
  }
  const [teamName, teamSheet] = sheetCalled(TEAM_SHEET) ?? ['', null];
  // Display values: a cell a paste or a person left unformatted reads as it shows, not as the
  // Date or number Sheets made of it (range#getdisplayvalues).
  const teamValues = teamSheet ? teamSheet.getDataRange().getDisplayValues() : null;
  const team = teamValues ? readTeamSheet(teamValues) : null;
  if (team && !team.isTeamSheet) throw foreignSheet(teamName, TEAM_SHEET, SET_UP_AGAIN);
  const { ladder, settings } = request.choose(team);
  // PM sheets: those the Team sheet names, read in full; any other sheet is probed at A1.
  const named = new Set((team?.rows ?? []).map((r) => sheetNameKey(r.sheetName)).filter((n) => n !== ''));
  const ratingSheets: ExistingRatingSheet[] = [];
  const readFull = (name: string, sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    const content = readRatingSheet(values, formulas);
    if (content.personId) ratingSheets.push({ personId: content.personId, sheetName: name, content, values, formulas });
  };
  for (const [name, sheet] of byName) {
    if (sheet === ladderSheet || sheet === teamSheet || isReservedSheetName(name)) continue;
    if (named.has(sheetNameKey(name))) {
      readFull(name, sheet);
      continue;
    }
    const first = sheet.getRange(1, 1).getValue();
    if (parseMarker(first).kind === 'person') readFull(name, sheet);
  }
  // One sheet per person: the one the Team sheet names wins over a copy someone made.
  const sheetFor = new Map<string, ExistingRatingSheet>();
  for (const s of ratingSheets) {
    const current = sheetFor.get(s.personId);
    if (!current || (!named.has(sheetNameKey(current.sheetName)) && named.has(sheetNameKey(s.sheetName)))) sheetFor.set(s.personId, s);
  }
  const owners = new Map([...sheetFor.values()].map((s) => [s.sheetName, s.personId]));
  const checked = team ? checkTeam(ladder, reconcileTeamRows(team, owners)) : null;

  const known: KnownPerson[] = [
    ...(checked?.active ?? []).filter((e) => e.id).map((e) => ({ ...e, archived: false })),
    ...(checked?.archived ?? []).filter((e) => e.id).map((e) => ({ ...e, archived: true })),
  ];
  const knownIds = new Set(known.map((k) => k.id));
  for (const s of sheetFor.values()) {
    if (knownIds.has(s.personId)) continue;
    // A PM sheet whose Team row was deleted: the PM left the team.
    known.push({
      id: s.personId,
      name: s.content.name,
      email: '',
      level: '',
      targetLevel: '',
      growthPlanUrl: '',
      careerPlanUrl: '',
      growthPlanLabel: '',
      careerPlanLabel: '',
      sheetName: s.sheetName,
      archived: false,
    });
  }

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

  // ---- writes: nothing above this line changed the spreadsheet ----
  let sheetCount = sheets.length;
  const ladderTarget = ladderSheet ?? ss.insertSheet(LADDER_SHEET, 0);
  if (!ladderSheet) sheetCount += 1;
  // Our own sheet, renamed by someone in another case: its name again, so A1 references find it.
  if (ladderSheet && ladderName !== LADDER_SHEET) ladderSheet.setName(LADDER_SHEET);
  applySheetPlan(ladderTarget, padBlock(plan.ladderPlan, ladderValues?.length ?? 0, ladderValues?.[0]?.length ?? 0), {
    layout: true,
    tabColor: false,
  });

  const teamTarget = teamSheet ?? ss.insertSheet(TEAM_SHEET, Math.min(1, sheetCount));
  if (!teamSheet) sheetCount += 1;
  if (teamSheet && teamName !== TEAM_SHEET) teamSheet.setName(TEAM_SHEET);
  keepTypedAsTyped(teamTarget);
  applySheetPlan(teamTarget, padBlock(plan.teamPlan, teamValues ? lastContentRow(teamValues) : 0, TEAM_LAST_COLUMN), {
    layout: true,
    tabColor: false,
  });

  let inserted = false;
  for (const work of plan.ratingSheets) {
    if (work.unchanged) continue;
    if (work.existing) {
      const sheet = byName.get(work.existing.sheetName);
      if (!sheet) throw new Error(`The sheet “${work.existing.sheetName}” disappeared during set-up: run it again.`);
      if (work.renameFrom) sheet.setName(work.person.sheetName);
      applySheetPlan(sheet, work.plan, { layout: work.columnsChanged, tabColor: work.archivedChanged });
    } else {
      const sheet = ss.insertSheet(work.person.sheetName, sheetCount);
      sheetCount += 1;
      inserted = true;
      applySheetPlan(sheet, work.plan, { layout: true, tabColor: work.plan.tabColor !== null });
    }
  }
  // insertSheet makes each new sheet the active one; end on the Team sheet, where the manager works.
  if (inserted || !teamSheet) teamTarget.activate();
  writeSettings(plan.settings);

  return { plan, sheets: [LADDER_SHEET, TEAM_SHEET, ...plan.people.map((p) => p.sheetName)] };
}

/**
 * The Team sheet's columns are Plain text down to the last row of the grid, so that a PM a
 * manager types below the team reads back as typed: in an unformatted cell Sheets makes
 * "March 5" a date, "007" the number 7 and "true" a boolean. Set before the plan is written,
 * whose own formats then apply within the block (the doc link cells stay Automatic for their
 * =HYPERLINK). 2 calls, whatever the grid's size.
 */
function keepTypedAsTyped(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  sheet.getRange(`A:${columnLetters(TEAM_LAST_COLUMN)}`).setNumberFormat(PLAIN_TEXT);
}

/** What the manager does about a sheet set-up will not use: it has the name set-up needs, ignoring case, but is not its own. */
const SET_UP_AGAIN = 'Rename it, then set up again. Nothing was changed.';

/** The last row holding anything (getValues of whole columns reads to the end of the grid). */
export function lastContentRow(values: readonly unknown[][]): number {
  for (let r = values.length; r >= 1; r -= 1) {
    if ((values[r - 1] ?? []).some((v) => v !== '' && v !== null && v !== undefined)) return r;
  }
  return 0;
}
