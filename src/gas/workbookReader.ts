import type { Ladder } from '../core/ladder/schema';
import { wholeColumnsA1 } from '../core/workbook/a1';
import { TEAM_LAST_COLUMN, TEAM_SHEET, ratingSheetColumns } from '../core/workbook/layout';
import { workbookSettingsSchema, type PersonRatings, type PersonRecord, type WorkbookSettings } from '../core/workbook/model';
import { personRatings } from '../core/workbook/personRatings';
import { readRatingSheet, type RatingSheetContent } from '../core/workbook/ratingSheetRead';
import { checkTeam, describeTeamProblems, readTeamSheet, type CheckedTeam, type TeamSheetContent } from '../core/workbook/teamSheetRead';
import { notSetUp, ratingSheetMissing, ratingSheetReplaced, teamSheetProblems } from '../core/messages';
import { loadLadder } from './ladderSource';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * Reads the workbook back in batched calls (docs/ARCHITECTURE.md, Service-call budgets): the Team sheet and the
 * settings in one `getValues()` of columns A–J (the settings' copy lives in its hidden A1),
 * each PM sheet in one `getValues()` of its columns, found by A1 notation from the layout, so
 * reading a PM costs 2 calls and never a `getLastRow()`.
 */

export const SETTINGS_PROPERTY = 'careerLadder.settings';
/** The workbook's settings from the document properties (2 calls); null before set-up. */
export function readSettings(): WorkbookSettings | null {
  const json = PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
  if (json === null) return null;
  try {
    const parsed = workbookSettingsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `properties`: the document properties when the caller has them already (saves a call). */
export function writeSettings(settings: WorkbookSettings, properties = PropertiesService.getDocumentProperties()): void {
  properties.setProperty(SETTINGS_PROPERTY, JSON.stringify(settings));
}

/**
 * The Team sheet's columns A–J as they show, or null when there is no Team sheet (2 calls).
 * Display values: a cell a paste left unformatted reads as the manager sees it, not as the Date
 * or number Sheets made of it (developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues).
 * Reading by A1 notation throws when the sheet does not exist; Google words that exception in
 * the user's language, so the failure is not read: the spreadsheet is asked whether the sheet
 * exists (1 call more, only then), and anything else is passed on.
 */
export function readTeamValues(): string[][] | null {
  const ss = activeSpreadsheet();
  try {
    return ss.getRange(wholeColumnsA1(TEAM_SHEET, TEAM_LAST_COLUMN)).getDisplayValues();
  } catch (e) {
    if (ss.getSheetByName(TEAM_SHEET) === null) return null;
    throw e;
  }
}

export interface TeamRead {
  settings: WorkbookSettings;
  ladder: Ladder;
  content: TeamSheetContent;
  checked: CheckedTeam;
}

/** Settings, ladder and the Team sheet, checked; null when the workbook is not set up. */
export function findTeam(): TeamRead | null {
  const values = readTeamValues();
  const content = values ? readTeamSheet(values) : null;
  if (!content || !content.isTeamSheet) return null;
  // The copy in the Team sheet is the one read; the document properties are the fallback
  // (a spreadsheet copied by the manager keeps the sheet but not the properties, and the
  // reverse can happen when someone clears A1).
  const settings = content.settings ?? readSettings();
  if (!settings) return null;
  const ladder = loadLadder(settings.ladderId);
  return { settings, ladder, content, checked: checkTeam(ladder, content) };
}

/** Settings, ladder and the Team sheet, checked; refused with NOT_SET_UP before set-up. */
export function readTeam(): TeamRead {
  const team = findTeam();
  if (!team) throw notSetUp();
  return team;
}

/** The people the workbook has set up (each with an id and a sheet): active first, then archived. */
export function setUpPeople(checked: CheckedTeam): PersonRecord[] {
  const record =
    (archived: boolean) =>
    (e: CheckedTeam['active'][number]): PersonRecord => ({
      id: e.id,
      name: e.name,
      email: e.email,
      level: e.level,
      targetLevel: e.targetLevel,
      growthPlanUrl: e.growthPlanUrl,
      careerPlanUrl: e.careerPlanUrl,
      sheetName: e.sheetName,
      archived,
    });
  return [
    ...checked.active.filter((e) => e.id && e.sheetName).map(record(false)),
    ...checked.archived.filter((e) => e.id && e.sheetName).map(record(true)),
  ];
}

/** One PM sheet's columns as values (2 calls), or with formulas too (3 calls). */
export function readRatingSheetValues(
  sheetName: string,
  ladder: Ladder,
  withFormulas: boolean,
): { values: unknown[][]; formulas: string[][] | undefined } {
  const ss = activeSpreadsheet();
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = ss.getRange(wholeColumnsA1(sheetName, ratingSheetColumns(ladder).last));
  } catch (e) {
    // Asked, not read off Google's exception (see readTeamValues).
    if (ss.getSheetByName(sheetName) !== null) throw e;
    throw ratingSheetMissing(sheetName, e);
  }
  const values = range.getValues();
  return { values, formulas: withFormulas ? range.getFormulas() : undefined };
}

export function readPersonSheet(
  person: PersonRecord,
  ladder: Ladder,
  withFormulas: boolean,
): { content: RatingSheetContent; values: unknown[][] } {
  const { values, formulas } = readRatingSheetValues(person.sheetName, ladder, withFormulas);
  const content = readRatingSheet(values, formulas);
  if (content.personId !== person.id) {
    throw ratingSheetReplaced(person.sheetName, person.name);
  }
  return { content, values };
}

export interface WorkbookRead {
  settings: WorkbookSettings;
  ladder: Ladder;
  team: PersonRecord[];
  ratings: Record<string, PersonRatings>;
}

/**
 * The whole workbook as the product reads it: settings, ladder, team (active, then archived)
 * and each PM's ratings by id. `personIds` limits the PM sheets read. Costs 5 calls (spreadsheet,
 * Team sheet, ladder) + 2 per PM sheet read. Refused with NOT_SET_UP before set-up, or with TEAM_PROBLEMS
 * when the Team sheet has problems (each named by its cell).
 */
export function readWorkbook(options: { personIds?: string[] } = {}): WorkbookRead {
  const { settings, ladder, checked } = readTeam();
  if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
  const team = setUpPeople(checked);
  const wanted = options.personIds ? new Set(options.personIds) : null;
  const ratings: Record<string, PersonRatings> = {};
  for (const person of team) {
    if (wanted && !wanted.has(person.id)) continue;
    const { content } = readPersonSheet(person, ladder, false);
    ratings[person.id] = personRatings(person.id, person.sheetName, content);
  }
  return { settings, ladder, team, ratings };
}
