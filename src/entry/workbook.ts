import { parseInput, setupInputSchema, type SetupResult, type TeamMember, type ValidationReport } from '../core/api';
import { problemCellsBySheet, ratingReportDialog } from '../core/workbook/ratingReport';
import { DIALOG_RUN_BUDGET_MS, MENU_RUN_BUDGET_MS, timeBudget, type TimeBudget } from '../core/workbook/setupProgress';
import { desiredFromSetup, desiredFromTeamSheet } from '../core/workbook/setupTeam';
import { describeTeamProblems } from '../core/workbook/teamSheetRead';
import type { Ladder } from '../core/ladder/schema';
import { ratingSheetColumns } from '../core/workbook/layout';
import type { WorkbookSettings } from '../core/workbook/model';
import { loadLadder } from '../gas/ladderSource';
import { showAlert, showDialog } from '../gas/htmlPanels';
import { checkAllRatings } from '../gas/ratingSheets';
import { calibrationSheetProblems } from '../gas/calibrationSheet';
import { NOT_SET_UP, readSettings, readTeam, setUpPeople } from '../gas/workbookReader';
import { runSetup, type SetupOutcome } from '../gas/workbookSetup';
import { activeSpreadsheet, startExecution } from '../gas/workbookSpreadsheet';

/**
 * setupCalibration (DESIGN.md section 7): creates or refreshes the Ladder, Team and PM rating
 * sheets for a ladder, a cycle and a team, keeping every rating (matched by ids). Every input
 * problem is reported before anything is written. One call writes what fits in about 20
 * seconds and says `done: false` with its progress; calling again with the same input goes on.
 */
export function setupCalibration(input: unknown): SetupResult {
  startExecution();
  const budget = timeBudget(() => Date.now(), DIALOG_RUN_BUDGET_MS);
  const request = parseInput(setupInputSchema, input, 'The workbook cannot be set up');
  const ladder = loadLadder(request.ladderId);
  const desired = desiredFromSetup(ladder, request.team);
  const outcome = runSetup({
    choose: (team) => ({ ladder, settings: newSettings(ladder, request.cycle, team?.settings ?? null) }),
    desired: () => desired,
    budget,
  });
  return {
    sheets: outcome.sheets,
    people: outcome.plan.people.filter((p) => !p.archived).map((p) => ({ id: p.id, name: p.name })),
    done: outcome.done,
    progress: outcome.progress,
  };
}

function newSettings(ladder: Ladder, cycle: string, previous: WorkbookSettings | null): WorkbookSettings {
  // The manager is whoever first set the workbook up; Session costs calls, so it is asked once.
  // Google gives a blank email where it hides the user's identity (consumer accounts, other
  // domains): then it stays '' (the docs show "—") and is asked again at the next refresh.
  // Session.getActiveUser needs the userinfo.email scope (appsscript.json).
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  const manager = previous?.manager || Session.getActiveUser().getEmail();
  return { ladderId: ladder.id, cycle, manager, updatedAt: new Date().toISOString(), lastRatingColumn: ratingSheetColumns(ladder).last };
}

/** Re-runs set-up from the stored settings and the Team sheet as the manager edited it. */
export function refreshWorkbookFromTeamSheet(budget: TimeBudget): SetupOutcome {
  return runSetup({
    budget,
    choose: (team) => {
      const stored = team?.settings ?? readSettings();
      if (!team || !stored) throw new Error(NOT_SET_UP);
      const ladder = loadLadder(stored.ladderId);
      return { ladder, settings: newSettings(ladder, stored.cycle, stored) };
    },
    desired: ({ checked }) => {
      if (!checked) throw new Error(NOT_SET_UP);
      return desiredFromTeamSheet(checked);
    },
  });
}

/**
 * Menu "Refresh workbook": refresh, then say what changed in a toast (or why nothing did in an
 * alert). A refresh too long for one run says how far it got; running it again goes on.
 */
export function refreshWorkbook(): void {
  startExecution();
  const budget = timeBudget(() => Date.now(), MENU_RUN_BUDGET_MS);
  try {
    const outcome = refreshWorkbookFromTeamSheet(budget);
    const { done, total } = outcome.progress;
    const text = outcome.done
      ? outcome.summary
      : `Refreshed ${done} of ${total} PM sheets before Apps Script's time limit: run Career Ladder → Refresh workbook again to finish. Nothing is lost meanwhile.`;
    activeSpreadsheet().toast(text, 'Career Ladder', outcome.done ? 10 : 30);
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    ui.alert('Refresh workbook', `${errorMessage(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}

/** getTeam (DESIGN.md section 7): the active team as the Team sheet holds it, checked. */
export function getTeam(): TeamMember[] {
  startExecution();
  const { checked } = readTeam();
  if (checked.problems.length > 0) throw new Error(describeTeamProblems(checked.problems));
  return checked.active
    .filter((e) => e.id)
    .map((e) => ({ id: e.id, name: e.name, email: e.email, level: e.level, targetLevel: e.targetLevel }));
}

function ratingsReport(): { report: ValidationReport; sheetsChecked: number } {
  const { settings, checked } = readTeam();
  const { problems: ratingProblems, sheetsChecked } = checkAllRatings(setUpPeople(checked), settings.ladderId);
  // An overall override on the Calibration sheet needs a written reason (DESIGN.md section 4).
  const problems = [...ratingProblems, ...calibrationSheetProblems(loadLadder(settings.ladderId))];
  return { report: { ok: problems.length === 0, problems }, sheetsChecked };
}

/** validateRatings (DESIGN.md section 7): every bad rating cell of every PM sheet, by sheet and cell. */
export function validateRatings(): ValidationReport {
  startExecution();
  return ratingsReport().report;
}

/** Menu "Validate ratings": the report in a dialog, with the bad cells of the first sheet concerned selected. */
export function showRatingProblems(): void {
  startExecution();
  let checked: ReturnType<typeof ratingsReport>;
  try {
    checked = ratingsReport();
  } catch (e) {
    showAlert('Validate ratings', errorMessage(e));
    return;
  }
  const [first] = problemCellsBySheet(checked.report.problems);
  if (first) {
    const sheet = activeSpreadsheet().getSheetByName(first[0]);
    // A RangeList selects disjoint cells of one sheet at once (RangeList#activate).
    if (sheet) sheet.getRangeList(first[1]).activate();
  }
  showDialog(ratingReportDialog(checked.report, checked.sheetsChecked, first ? first[0] : null));
}

function errorMessage(e: unknown): string {
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}
