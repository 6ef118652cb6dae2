import { parseInput, setupInputSchema, type SetupResult, type TeamMember, type ValidationReport } from '../core/api';
import { problemCellsBySheet, ratingReportDialog } from '../core/workbook/ratingReport';
import { DIALOG_RUN_BUDGET_MS, MENU_RUN_BUDGET_MS, timeBudget, type TimeBudget } from '../core/workbook/setupProgress';
import { desiredFromSetup, desiredFromTeamSheet } from '../core/workbook/setupTeam';
import { describeTeamProblems } from '../core/workbook/teamSheetRead';
import type { Ladder } from '../core/ladder/schema';
import { ratingSheetColumns } from '../core/workbook/layout';
import type { WorkbookSettings } from '../core/workbook/model';
import { ladderSummaryById, loadLadder } from '../gas/ladderSource';
import { setupPreview, type SetupPreview } from '../core/workbook/setupPreview';
import { showAlert, showDialog } from '../gas/htmlPanels';
import { checkAllRatings } from '../gas/ratingSheets';
import { calibrationSheetProblems } from '../gas/calibrationSheet';
import { cycleChange, messageOf, notSetUp, teamSheetProblems } from '../core/messages';
import { holdsRatings } from '../core/cycles/history';
import { assertOpen } from '../core/cycles/closing';
import { readSettings, readTeam, setUpPeople } from '../gas/workbookReader';
import { runSetup, type SetupOutcome } from '../gas/workbookSetup';
import { activeSpreadsheet } from '../gas/workbookSpreadsheet';

/**
 * setupCalibration (docs/ARCHITECTURE.md, Server API): creates or refreshes the Ladder, Team and PM rating
 * sheets for a ladder, a cycle and a team, keeping every rating (matched by ids). Every input
 * problem is reported before anything is written. One call writes what fits in about 20
 * seconds and says `done: false` with its progress; calling again with the same input goes on.
 */
export function setupCalibration(input: unknown): SetupResult {
  const budget = timeBudget(() => Date.now(), DIALOG_RUN_BUDGET_MS);
  const request = parseInput(setupInputSchema, input, 'The workbook cannot be set up');
  const ladder = loadLadder(request.ladderId);
  const desired = desiredFromSetup(ladder, request.team);
  let current: string | null = null;
  let previousLadderId: string | null = null;
  let levelsBefore: Array<{ id: string; level: string }> = [];
  const outcome = runSetup({
    choose: (team) => {
      assertOpen(team?.settings);
      current = team?.settings?.cycle ?? null;
      previousLadderId = team?.settings?.ladderId ?? null;
      levelsBefore = (team?.rows ?? []).map((r) => ({ id: r.id, level: r.level }));
      return { ladder, settings: newSettings(ladder, request.cycle, team?.settings ?? null) };
    },
    desired: ({ ratingSheets }) => {
      // Another label on a rated workbook would carry one cycle's ratings into the next under its name.
      if (current !== null && current !== request.cycle && ratingSheets.some((s) => holdsRatings(s.content))) {
        throw cycleChange(current, request.cycle);
      }
      return desired;
    },
    budget,
    preview: request.preview === true,
    refuseArchiving: request.confirmArchive !== true,
  });
  return {
    sheets: outcome.sheets,
    people: outcome.plan.people.filter((p) => !p.archived).map((p) => ({ id: p.id, name: p.name })),
    done: outcome.done,
    progress: outcome.progress,
    summary: outcome.summary,
    preview: request.preview ? previewOf(outcome, ladder, previousLadderId, levelsBefore, current, request.cycle) : null,
  };
}

/** The preview in the set-up's own words: ladders by title, levels by name. */
function previewOf(
  outcome: SetupOutcome,
  ladder: Ladder,
  previousLadderId: string | null,
  levelsBefore: ReadonlyArray<{ id: string; level: string }>,
  cycleFrom: string | null,
  cycleTo: string,
): SetupPreview {
  const before = previousLadderId === null ? null : previousLadderId === ladder.id ? ladder : ladderSummaryById(previousLadderId);
  return setupPreview(outcome.plan.summary, {
    ladderFrom: previousLadderId === null ? null : (before?.title ?? previousLadderId),
    ladderTo: ladder.title,
    cycleFrom,
    cycleTo: cycleTo.trim(),
    levelsBefore,
    people: outcome.plan.people,
    levelName: (id) => ladder.levels.find((l) => l.id === id)?.name ?? id,
  });
}

function newSettings(ladder: Ladder, cycle: string, previous: WorkbookSettings | null): WorkbookSettings {
  // The manager is whoever first set the workbook up; Session costs calls, so it is asked once.
  // Google gives a blank email where it hides the user's identity (consumer accounts, other
  // domains): then it stays '' (the docs show "—") and is asked again at the next refresh.
  // Session.getActiveUser needs the userinfo.email scope (appsscript.json).
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  const manager = previous?.manager || Session.getActiveUser().getEmail();
  const settings: WorkbookSettings = {
    ladderId: ladder.id,
    cycle,
    manager,
    updatedAt: new Date().toISOString(),
    lastRatingColumn: ratingSheetColumns(ladder).last,
  };
  // A choice the manager made stays through set-up and refresh.
  if (previous?.calibrationSources) settings.calibrationSources = previous.calibrationSources;
  if (previous?.lastArchivedCycle) settings.lastArchivedCycle = previous.lastArchivedCycle;
  return settings;
}

/** Re-runs set-up from the stored settings and the Team sheet as the manager edited it. */
export function refreshWorkbookFromTeamSheet(budget: TimeBudget): SetupOutcome {
  return runSetup({
    budget,
    choose: (team) => {
      const stored = team?.settings ?? readSettings();
      if (!team || !stored) throw notSetUp();
      assertOpen(stored);
      const ladder = loadLadder(stored.ladderId);
      return { ladder, settings: newSettings(ladder, stored.cycle, stored) };
    },
    desired: ({ checked }) => {
      if (!checked) throw notSetUp();
      return desiredFromTeamSheet(checked);
    },
  });
}

/**
 * Menu "Refresh workbook": refresh, then say what changed in a toast (or why nothing did in an
 * alert). A refresh too long for one run says how far it got; running it again goes on.
 */
export function refreshWorkbook(): void {
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
    ui.alert('Refresh workbook', `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}

/** getTeam (docs/ARCHITECTURE.md, Server API): the active team as the Team sheet holds it, checked. */
export function getTeam(): TeamMember[] {
  const { checked } = readTeam();
  if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
  return checked.active
    .filter((e) => e.id)
    .map((e) => ({ id: e.id, name: e.name, email: e.email, level: e.level, targetLevel: e.targetLevel }));
}

function ratingsReport(): { report: ValidationReport; sheetsChecked: number } {
  const { settings, checked } = readTeam();
  const { problems: ratingProblems, sheetsChecked } = checkAllRatings(setUpPeople(checked), settings.ladderId);
  // An overall override on the Calibration sheet needs a written reason (docs/ARCHITECTURE.md, Rating rules).
  const problems = [...ratingProblems, ...calibrationSheetProblems(loadLadder(settings.ladderId))];
  return { report: { ok: problems.length === 0, problems }, sheetsChecked };
}

/** validateRatings (docs/ARCHITECTURE.md, Server API): every bad rating cell of every PM sheet, by sheet and cell. */
export function validateRatings(): ValidationReport {
  return ratingsReport().report;
}

/** Menu "Validate ratings": the report in a dialog, with the bad cells of the first sheet concerned selected. */
export function showRatingProblems(): void {
  let checked: ReturnType<typeof ratingsReport>;
  try {
    checked = ratingsReport();
  } catch (e) {
    showAlert('Validate ratings', messageOf(e));
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
