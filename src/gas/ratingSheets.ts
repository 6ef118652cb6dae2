import type { RatingChange, RatingProblem, SaveRatingsResult } from '../core/api';
import { BUILTIN_LADDER_INDEX } from '../core/ladder/builtinIndex';
import { quoteSheetName, rangeA1, wholeColumnsA1 } from '../core/workbook/a1';
import { ratingSheetColumns, ratingSheetLastColumnAtMost } from '../core/workbook/layout';
import type { PersonRecord, WorkbookSettings } from '../core/workbook/model';
import { ratingSheetProblems } from '../core/workbook/ratingValidation';
import { planSave } from '../core/workbook/ratingSave';
import { readRatingSheet } from '../core/workbook/ratingSheetRead';
import { PLAIN_TEXT } from '../core/workbook/sheetPlan';
import { readTeamSheet } from '../core/workbook/teamSheetRead';
import { loadLadder } from './ladderSource';
import { assertOpen } from '../core/cycles/closing';
import { appendChanges, changedBy } from './changeLog';
import { messageOf, notSetUp, ratingSheetMissing, ratingSheetReplaced, unknownPerson } from '../core/messages';
import { readRatingSheetValues, readSettings, readTeamValues } from './workbookReader';
import { activeSpreadsheet, withDocumentLock } from './workbookSpreadsheet';

/** How long a save waits for another save of the same workbook to finish. */
const LOCK_WAIT_MS = 10000;

/**
 * The last column of the PM sheets, without loading the ladder's texts (2+ calls): the settings
 * record it. A workbook set up before they did: for a built-in ladder, its level count from the
 * bundled index, counting a Dimension column in case it has one (one empty column more read
 * costs nothing); otherwise the ladder is loaded.
 */
function ratingSheetReadWidth(settings: WorkbookSettings): number {
  if (settings.lastRatingColumn) return settings.lastRatingColumn;
  const indexed = BUILTIN_LADDER_INDEX.find((l) => l.id === settings.ladderId);
  if (indexed) return ratingSheetLastColumnAtMost(indexed.levels.length);
  return ratingSheetColumns(loadLadder(settings.ladderId)).last;
}

/**
 * saveRatings (docs/ARCHITECTURE.md, Server API and Safety): under the document lock, re-read the PM's sheet,
 * refuse a stale version, then write only the cells that change, in one rectangle, and log
 * each change. Calls: 3 for the lock, 1 spreadsheet, 2 Team sheet, 3 PM sheet, 3 to write (12),
 * and when anything changed 2 to ask Google who saved and 4 to log it (18), whatever the form's size.
 * A closed cycle is refused from the settings already read.
 */
export function savePersonRatings(personId: string, changes: readonly RatingChange[], version: string | undefined): SaveRatingsResult {
  return withDocumentLock(LOCK_WAIT_MS, 'saved', () => saveUnderLock(personId, changes, version));
}

function saveUnderLock(personId: string, changes: readonly RatingChange[], version: string | undefined): SaveRatingsResult {
  const teamValues = readTeamValues();
  const team = teamValues ? readTeamSheet(teamValues) : null;
  if (!team || !team.isTeamSheet) throw notSetUp();
  const row = team.rows.find((r) => r.id === personId);
  if (!row || !row.sheetName) {
    throw unknownPerson(personId, 'reload the sidebar. Nothing was saved.');
  }
  const settings = team.settings ?? readSettings();
  if (!settings) throw notSetUp();
  assertOpen(settings);

  const ss = activeSpreadsheet();
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = ss.getRange(wholeColumnsA1(row.sheetName, ratingSheetReadWidth(settings)));
  } catch (e) {
    // Asked, not read off Google's exception, which is worded in the user's language.
    if (ss.getSheetByName(row.sheetName) !== null) throw e;
    throw ratingSheetMissing(row.sheetName, e, ' Nothing was saved.');
  }
  const content = readRatingSheet(range.getValues(), range.getFormulas());
  if (content.personId !== personId) {
    throw ratingSheetReplaced(row.sheetName, row.name, ' Nothing was saved.');
  }
  const plan = planSave(row.name, content, changes, version);
  if (plan.box) {
    const box = plan.box;
    const target = ss.getRange(
      `${quoteSheetName(row.sheetName)}!${rangeA1(box.row, box.column, box.values.length, box.values[0]?.length ?? 1)}`,
    );
    // Plain text first: evidence like "=SUM(…)" or "+1555" must stay as typed even in a cell whose format a paste changed.
    target.setNumberFormat(PLAIN_TEXT);
    target.setValues(box.values);
    const when = new Date().toISOString();
    const by = changedBy();
    appendChanges(
      plan.edits.map((edit) => ({
        when,
        by,
        kind: 'save' as const,
        cycle: settings.cycle,
        personId,
        person: row.name,
        subskill: edit.subskill,
        source: edit.column,
        old: edit.old,
        new: edit.new,
      })),
    );
  }
  return { saved: plan.changed, version: plan.version };
}

export interface RatingsCheck {
  problems: RatingProblem[];
  sheetsChecked: number;
}

/** Every rating cell of every PM sheet, with formulas (3 calls per sheet). */
export function checkAllRatings(people: readonly PersonRecord[], ladderId: string): RatingsCheck {
  const ladder = loadLadder(ladderId);
  const problems: RatingProblem[] = [];
  let sheetsChecked = 0;
  for (const person of people) {
    let read: ReturnType<typeof readRatingSheetValues>;
    try {
      read = readRatingSheetValues(person.sheetName, ladder, true);
    } catch (e) {
      problems.push({ sheet: person.sheetName, cell: 'A1', value: '', message: messageOf(e) });
      continue;
    }
    sheetsChecked += 1;
    problems.push(...ratingSheetProblems(person.sheetName, readRatingSheet(read.values, read.formulas)));
  }
  return { problems, sheetsChecked };
}
