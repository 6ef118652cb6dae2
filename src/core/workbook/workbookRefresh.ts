import type { Ladder } from '../ladder/schema';
import { ladderSheetPlan } from './ladderSheetPlan';
import { HEADER_ROW, RESERVED_SHEET_NAMES } from './layout';
import type { PersonRecord, WorkbookSettings } from './model';
import { newPersonId } from './hash';
import { LAYOUT_VERSION, isOlderLayout } from './layoutVersion';
import { mergeRatings } from './ratingMerge';
import { cellText } from './cellText';
import { RATING_CELL_KEYS } from './ratingCells';
import { personSheetColumns, ratingSheetPlan } from './ratingSheetPlan';
import type { RatingSheetContent } from './ratingSheetRead';
import { fitsPersonName, sheetNameKey, uniqueSheetName } from './sheetNames';
import { padBlock, type SheetPlan } from './sheetPlan';
import { teamSheetPlan, type TeamSheetPerson } from './teamSheetPlan';

/**
 * Set-up and refresh as one pure step: from the team the manager wants, what the workbook
 * already holds (Team sheet, PM sheets as read) and the ladder, decide every person's id and
 * sheet, and plan every sheet. Nothing is written until this has succeeded, so bad input
 * changes nothing.
 */

/** A PM the manager wants on the team. */
export interface DesiredMember {
  /** The hidden id from the Team sheet; '' when unknown (set-up input, a row the manager added). */
  id: string;
  name: string;
  email: string;
  /** Level id. */
  level: string;
  /** Level id or ''. */
  targetLevel: string;
  /** The Team sheet's doc links, when refreshing from it (kept from the known person otherwise). */
  links?: Pick<TeamSheetPerson, 'growthPlanUrl' | 'careerPlanUrl' | 'growthPlanLabel' | 'careerPlanLabel'>;
}

/** A person the workbook already knows: a Team sheet row with an id, or a PM sheet found without one. */
export interface KnownPerson extends TeamSheetPerson {
  archived: boolean;
}

/** A PM sheet as read: `values` and `formulas` of its whole data range. */
export interface ExistingRatingSheet {
  personId: string;
  sheetName: string;
  content: RatingSheetContent;
  values: readonly unknown[][];
  formulas: readonly string[][];
}

export interface RefreshInput {
  ladder: Ladder;
  /** The settings to set up with; the plan's `settings` are these with the current layout version. */
  settings: WorkbookSettings;
  /** The layout the workbook's sheets were written with (storedLayoutVersion of the settings read). */
  layoutVersion: number;
  desired: readonly DesiredMember[];
  known: readonly KnownPerson[];
  /** Every sheet of the spreadsheet now. */
  sheetNames: readonly string[];
  ratingSheets: readonly ExistingRatingSheet[];
  /**
   * PM sheets an earlier run of this same set-up already wrote (see setupProgress.ts): not read
   * again, planned as they are. Whoever passes them checks the plan's fingerprint against that
   * run's, which shows whether they are still right.
   */
  settled?: readonly SettledRatingSheet[];
}

/** A PM sheet finished by an earlier run of the set-up under way, known by its Team sheet row. */
export interface SettledRatingSheet {
  personId: string;
  sheetName: string;
}

export interface RatingSheetWork {
  person: PersonRecord;
  plan: SheetPlan;
  /** The sheet as it is now; null when it must be made. */
  existing: { sheetName: string } | null;
  /** The sheet's current name when it is renamed (the PM's name changed). */
  renameFrom: string | null;
  /** The archived mark changed (the tab colour must be set). */
  archivedChanged: boolean;
  /** The columns moved (another number of levels or dimensions): widths and frozen columns are set again. */
  columnsChanged: boolean;
  /** The sheet already shows exactly the plan, and was written with the current layout: nothing to write. */
  unchanged: boolean;
  /** Written by an earlier run of this set-up and not read again: `plan` holds no ratings, never write it. */
  settled: boolean;
}

export interface RefreshSummary {
  added: string[];
  archived: string[];
  returned: string[];
  renamed: string[];
  ratingsKept: number;
  ratingsArchived: number;
  ratingsRestored: number;
  /** The PMs some of whose ratings move to Archived ratings, with how many. */
  archivedByPerson: Array<{ name: string; ratings: number }>;
}

export interface RefreshPlan {
  /** The settings to store (in the Team sheet's A1 and the document properties): with the current layout version. */
  settings: WorkbookSettings;
  /** The workbook's sheets were written with an older layout: every PM sheet is rewritten in full. */
  upgrade: boolean;
  /** Active PMs in team order, then archived ones. */
  people: PersonRecord[];
  ladderPlan: SheetPlan;
  teamPlan: SheetPlan;
  ratingSheets: RatingSheetWork[];
  summary: RefreshSummary;
}

export function planRefresh(input: RefreshInput): RefreshPlan {
  const { ladder } = input;
  const settings: WorkbookSettings = { ...input.settings, layoutVersion: LAYOUT_VERSION };
  const upgrade = isOlderLayout(input.layoutVersion);
  const sheetsByPerson = new Map<string, PersonSheet>(input.ratingSheets.map((s) => [s.personId, s]));
  for (const s of input.settled ?? []) if (!sheetsByPerson.has(s.personId)) sheetsByPerson.set(s.personId, { ...s, settled: true });
  const matched = matchTeam(input.desired, input.known);
  const takenIds = new Set(input.known.map((k) => k.id));
  const taken = new Set(input.sheetNames.map(sheetNameKey));
  // The add-on's own sheets (Calibration too, before it exists) are never a PM's.
  for (const name of RESERVED_SHEET_NAMES) taken.add(sheetNameKey(name));

  const summary = emptySummary();
  const work: RatingSheetWork[] = [];
  const activePeople: Array<PersonRecord & TeamSheetPerson> = [];

  for (const { member, known } of matched.active) {
    const id = known?.id ?? newPersonId(member.name, member.email, takenIds);
    takenIds.add(id);
    const sheet = sheetsByPerson.get(id) ?? null;
    let sheetName: string;
    let renameFrom: string | null = null;
    if (!sheet) {
      sheetName = uniqueSheetName(member.name, taken);
      if (!known) summary.added.push(member.name);
    } else if (fitsPersonName(sheet.sheetName, member.name)) {
      sheetName = sheet.sheetName;
    } else {
      sheetName = uniqueSheetName(member.name, taken);
      renameFrom = sheet.sheetName;
      summary.renamed.push(`${sheet.sheetName} → ${sheetName}`);
    }
    if (known?.archived) summary.returned.push(member.name);
    const links = member.links ?? known ?? { growthPlanUrl: '', careerPlanUrl: '', growthPlanLabel: '', careerPlanLabel: '' };
    const person = {
      id,
      name: member.name,
      email: member.email,
      level: member.level,
      targetLevel: member.targetLevel,
      growthPlanUrl: links.growthPlanUrl,
      careerPlanUrl: links.careerPlanUrl,
      growthPlanLabel: links.growthPlanLabel,
      careerPlanLabel: links.careerPlanLabel,
      sheetName,
      archived: false,
    };
    activePeople.push(person);
    work.push(sheetWork(ladder, settings, person, sheet, renameFrom, known?.archived === true, upgrade, summary));
  }

  const archivedPeople: Array<PersonRecord & TeamSheetPerson> = [];
  for (const known of matched.unmatched) {
    const sheet = sheetsByPerson.get(known.id);
    // A former PM whose sheet the manager deleted is gone: there is nothing left to keep.
    if (!sheet) continue;
    if (!known.archived) summary.archived.push(known.name || sheet.sheetName);
    const name = known.name || ('content' in sheet ? sheet.content.name : '') || sheet.sheetName;
    const person = { ...known, name, sheetName: sheet.sheetName, archived: true };
    archivedPeople.push(person);
    work.push(sheetWork(ladder, settings, person, sheet, null, !known.archived, upgrade, summary));
  }

  const toRecord = (p: PersonRecord & TeamSheetPerson): PersonRecord => ({
    id: p.id,
    name: p.name,
    email: p.email,
    level: p.level,
    targetLevel: p.targetLevel,
    growthPlanUrl: p.growthPlanUrl,
    careerPlanUrl: p.careerPlanUrl,
    sheetName: p.sheetName,
    archived: p.archived,
  });
  return {
    settings,
    upgrade,
    people: [...activePeople.map(toRecord), ...archivedPeople.map(toRecord)],
    ladderPlan: ladderSheetPlan(ladder),
    teamPlan: teamSheetPlan(ladder, settings, activePeople, archivedPeople),
    ratingSheets: work,
    summary,
  };
}

function emptySummary(): RefreshSummary {
  return {
    added: [],
    archived: [],
    returned: [],
    renamed: [],
    ratingsKept: 0,
    ratingsArchived: 0,
    ratingsRestored: 0,
    archivedByPerson: [],
  };
}

/**
 * The work on one PM sheet of a plan an earlier run made (its person as that plan has them):
 * the sheet as read now, or null when it is still to be made. Renames are all done by the
 * first run, so the sheet already has its planned name.
 */
export function resumedSheetWork(
  ladder: Ladder,
  settings: WorkbookSettings,
  person: PersonRecord,
  sheet: ExistingRatingSheet | null,
  archivedChanged: boolean,
): RatingSheetWork {
  // A sheet left to do is written whatever it now holds: it was planned as changed (a layout upgrade among the reasons).
  return sheetWork(ladder, settings, person, sheet, null, archivedChanged, true, emptySummary());
}

/** A PM sheet as read, or one an earlier run of this set-up finished. */
type PersonSheet = ExistingRatingSheet | (SettledRatingSheet & { settled: true });

function sheetWork(
  ladder: Ladder,
  settings: WorkbookSettings,
  person: PersonRecord,
  sheet: PersonSheet | null,
  renameFrom: string | null,
  archivedChanged: boolean,
  upgrade: boolean,
  summary: RefreshSummary,
): RatingSheetWork {
  if (sheet && 'settled' in sheet) {
    const plan = ratingSheetPlan({ ladder, cycle: settings.cycle, person, ratings: new Map(), archived: [] });
    const unchanged = renameFrom === null && !archivedChanged;
    const existing = { sheetName: sheet.sheetName };
    return { person, plan, existing, renameFrom, archivedChanged, columnsChanged: false, unchanged, settled: true };
  }
  const merged = mergeRatings(ladder, sheet?.content ?? null);
  summary.ratingsKept += merged.kept;
  summary.ratingsArchived += merged.archivedNow;
  if (merged.archivedNow > 0) summary.archivedByPerson.push({ name: person.name, ratings: merged.archivedNow });
  summary.ratingsRestored += merged.restored;
  const planned = ratingSheetPlan({ ladder, cycle: settings.cycle, person, ratings: merged.ratings, archived: merged.archived });
  if (!sheet)
    return {
      person,
      plan: planned,
      existing: null,
      renameFrom: null,
      archivedChanged: person.archived,
      columnsChanged: true,
      unchanged: false,
      settled: false,
    };
  const plan = padBlock(planned, sheet.values.length, sheet.values[0]?.length ?? 0);
  const columns = personSheetColumns(ladder, person.level);
  const found = sheet.content.columns;
  const headerSame = (c: number) => cellText(sheet.values[HEADER_ROW - 1]?.[c - 1]) === plan.values[HEADER_ROW - 1]?.[c - 1];
  const leading = Array.from({ length: columns.firstLevel - 1 }, (_, i) => i + 1);
  // An older layout's sheet gets the whole layout again too (widths, frozen columns, colour rules).
  const columnsChanged = upgrade || !found || RATING_CELL_KEYS.some((k) => found[k] !== columns[k]) || !leading.every(headerSame);
  return {
    person,
    plan,
    existing: { sheetName: sheet.sheetName },
    renameFrom,
    archivedChanged,
    columnsChanged,
    // Values alone cannot tell an older layout (a dropdown without a new rating, an old colour): it is rewritten in full.
    unchanged: !upgrade && renameFrom === null && !archivedChanged && sameValues(plan.values, sheet.values, sheet.formulas),
    settled: false,
  };
}

/** Whether the sheet already shows exactly these texts (a formula compares as its formula text). */
function sameValues(planned: readonly string[][], values: readonly unknown[][], formulas: readonly string[][]): boolean {
  if (planned.length !== values.length || (planned[0]?.length ?? 0) !== (values[0]?.length ?? 0)) return false;
  return planned.every((row, r) => row.every((text, c) => text === cellText(values[r]?.[c], formulas[r]?.[c])));
}

interface TeamMatch {
  active: Array<{ member: DesiredMember; known: KnownPerson | null }>;
  /** Known people no desired member matched: they become (or stay) archived. */
  unmatched: KnownPerson[];
}

/**
 * Who is who. A desired member is the known person with their id (a Team sheet row), else the
 * one with their email, else the one with their name whose email does not say otherwise;
 * active people are preferred to archived ones, so re-adding a former PM brings their sheet back.
 */
export function matchTeam(desired: readonly DesiredMember[], known: readonly KnownPerson[]): TeamMatch {
  const free = [...known].sort((a, b) => Number(a.archived) - Number(b.archived));
  const take = (predicate: (k: KnownPerson) => boolean): KnownPerson | null => {
    const i = free.findIndex(predicate);
    if (i < 0) return null;
    const [found] = free.splice(i, 1);
    return found ?? null;
  };
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const pending = desired.map((member) => ({ member, known: null as KnownPerson | null }));
  // Ids first, for everyone, so that a name or email match cannot take a person a row names by id.
  for (const p of pending) if (p.member.id) p.known = take((k) => k.id === p.member.id);
  for (const p of pending) {
    if (p.known || !p.member.email) continue;
    p.known = take((k) => k.email !== '' && norm(k.email) === norm(p.member.email));
  }
  for (const p of pending) {
    if (p.known) continue;
    p.known = take(
      (k) => norm(k.name) === norm(p.member.name) && (k.email === '' || p.member.email === '' || norm(k.email) === norm(p.member.email)),
    );
  }
  return { active: pending, unmatched: free };
}
