import { ladderIdInputSchema, parseInput, type LadderJsonExport, type LadderSheetWritten, type UseSheetLadderResult } from '../core/api';
import { BUILTIN_LADDER_INDEX } from '../core/ladder/builtinIndex';
import { ladderSummary } from '../core/ladder/summary';
import { idWriteBackPlan } from '../core/ladderSheet/idWriteBack';
import { ladderFromSheetValues } from '../core/ladderSheet/ladderFromSheet';
import { ladderJson } from '../core/ladderSheet/ladderJson';
import { ladderJsonDialog, ladderProblemsDialog } from '../core/ladderSheet/ladderSheetDialogs';
import { ladderSheetFormatPlan } from '../core/ladderSheet/ladderSheetFormat';
import { LADDER_STORE_SHEET } from '../core/ladderSheet/ladderStore';
import { ladderTemplate } from '../core/ladderSheet/ladderTemplate';
import { ladderToSheetValues } from '../core/ladderSheet/ladderToSheet';
import { LADDER_SHEET } from '../core/workbook/layout';
import { safeSheetName } from '../core/workbook/sheetNames';
import { loadLadder } from '../gas/ladderSource';
import { showAlert, showDialog, showDialogPage } from '../gas/htmlPanels';
import { updateHighlights } from '../gas/ladderSheetHighlights';
import { applyIdWriteBack } from '../gas/ladderSheetIds';
import { readActiveSheet } from '../gas/ladderSheetReader';
import { storeLadder } from '../gas/ladderSheetStore';
import { freeSheetName, writeLadderSheet } from '../gas/ladderSheetWriter';
import { activeSpreadsheet } from '../gas/workbookSpreadsheet';

/**
 * Bring your own ladder (README "Bring your own ladder"): write an empty ladder sheet, read
 * the active one into a ladder stored in this spreadsheet, and write any ladder out as a
 * ladder sheet or as a ladder file.
 */

const MENU = 'Extensions › Career Ladder';

/** Menu "New ladder from template": an empty, annotated ladder sheet, made active. */
export function newLadderSheet(): LadderSheetWritten {
  const { grid, format } = ladderTemplate();
  const name = freeSheetName('New ladder');
  writeLadderSheet(name, grid, format);
  activeSpreadsheet().toast(`Fill it in (the notes on the labels say how), then ${MENU} › Use this sheet's ladder.`, 'New ladder', 15);
  return { sheet: name, ladderId: null };
}

/**
 * Menu "Use this sheet's ladder": reads the active sheet and checks it with the same schema and
 * rules as the built-in ladders. Every problem is shown at once by cell, and the cells are
 * highlighted; nothing is stored then. A valid ladder is stored in this spreadsheet (again,
 * replacing itself, when it was stored before), and the ids made from names are written into
 * the sheet so that renaming afterwards keeps them.
 */
export function useSheetLadder(): UseSheetLadderResult {
  const ss = activeSpreadsheet();
  const active = readActiveSheet(ss);
  const notALadderSheet =
    active.name === LADDER_SHEET
      ? `“${LADDER_SHEET}” is the workbook's copy of its ladder, written by set-up. To change the ladder, use ${MENU} › Export a ladder… to get it as a ladder sheet, edit that sheet, then use it.`
      : active.name === LADDER_STORE_SHEET
        ? `“${LADDER_STORE_SHEET}” is where Career Ladder keeps the team's own ladders: open a ladder sheet and use it.`
        : null;
  if (notALadderSheet) {
    const problems = [{ cell: 'A1', message: notALadderSheet }];
    showDialog(ladderProblemsDialog(active.name, problems, 0));
    return { ok: false, sheet: active.name, problems };
  }
  const result = ladderFromSheetValues(active.values, { sheetName: active.name, reservedIds: BUILTIN_LADDER_INDEX.map((l) => l.id) });
  if (!result.ok) {
    const cells = result.headerFound ? result.problems.map((p) => p.cell) : [];
    const highlighted = updateHighlights(active.sheet, active.name, active.range, cells);
    showDialog(ladderProblemsDialog(active.name, result.problems, highlighted));
    return { ok: false, sheet: active.name, problems: result.problems };
  }
  updateHighlights(active.sheet, active.name, active.range, []);
  const { ladder, draft } = result;
  const plan = idWriteBackPlan(draft, ladder);
  // Ids first: if storing then fails, the sheet holds the very ids the next try makes again.
  if (plan) applyIdWriteBack(active.sheet, plan);
  const { replaced, created } = storeLadder(ladder, active.name, new Date().toISOString());
  if (created) active.sheet.activate();
  const summary = ladderSummary(ladder, false);
  const lines = [
    `“${ladder.title}” is stored in this spreadsheet as the ladder “${ladder.id}”: ${summary.levels.length} levels, ${summary.areaCount} skill areas, ${summary.subskillCount} sub-skills.`,
    replaced
      ? `It replaces the version stored from the sheet “${replaced.sheetName}” on ${replaced.storedAt.slice(0, 10)}. A workbook on it takes the changes with ${MENU} › Refresh workbook, keeping its ratings.`
      : 'Choose it when you set up the workbook.',
    plan
      ? `${plan.filled} ids were made from the names and written into this sheet: keep them, so that renaming a sub-skill or a level keeps its ratings.`
      : '',
  ];
  showAlert('Ladder stored', lines.filter((l) => l !== '').join('\n\n'));
  return { ok: true, sheet: active.name, ladder: summary, replaced: replaced !== null, idsFilled: plan?.filled ?? 0 };
}

/** Any ladder, built-in or the team's own, as a new ladder sheet (made active) to edit and use. */
export function exportLadderSheet(ladderId: unknown): LadderSheetWritten {
  const id = parseInput(ladderIdInputSchema, ladderId, 'The ladder cannot be exported');
  const ladder = loadLadder(id);
  const grid = ladderToSheetValues(ladder);
  const name = freeSheetName(`${safeSheetName(ladder.title).slice(0, 40).trim()} (ladder sheet)`);
  writeLadderSheet(name, grid, ladderSheetFormatPlan(grid));
  const builtIn = BUILTIN_LADDER_INDEX.some((l) => l.id === ladder.id);
  activeSpreadsheet().toast(
    `Edit it${builtIn ? ', give it an id of its own (row "Ladder id")' : ''}, then ${MENU} › Use this sheet's ladder.`,
    `“${ladder.title}” as a ladder sheet`,
    15,
  );
  return { sheet: name, ladderId: ladder.id };
}

/** Any ladder as a ladder file, the format of `ladders/*.json`, shown in a dialog to copy. */
export function exportLadderJson(ladderId: unknown): LadderJsonExport {
  const id = parseInput(ladderIdInputSchema, ladderId, 'The ladder cannot be exported');
  const ladder = loadLadder(id);
  const json = ladderJson(ladder);
  const fileName = `${ladder.id}.json`;
  showDialog(ladderJsonDialog(ladder.title, fileName, json));
  return { ladderId: ladder.id, fileName, json };
}

/**
 * Menu "Export a ladder…": pick a ladder, get it as a sheet or as JSON (src/ui/ladderExport,
 * which lists the ladders with listLadders and exports through the typed bridge).
 */
export function showLadderExport(): void {
  showDialogPage('LadderExport', 'Export a ladder', { width: 460, height: 220 });
}
