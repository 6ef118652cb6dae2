import { asSentence } from '../messages';
import type { TeamSheetPerson } from './teamSheetPlan';
import type { Ladder } from '../ladder/schema';
import { findLevel } from '../ladder/query';
import { cellA1 } from './a1';
import {
  HEADER_ROW,
  ID_COLUMN,
  SETTINGS_COLUMN,
  SETTINGS_ROW,
  TEAM_COLUMNS,
  TEAM_FIRST_PERSON_ROW,
  TEAM_SHEET,
  parseMarker,
} from './layout';
import { workbookSettingsSchema, type WorkbookSettings } from './model';
import { cellText } from './cellText';

/**
 * One row of the Team sheet as read (text as typed; nothing validated yet): `id` is '' on a
 * row the manager added, `level` and `targetLevel` a level name or id as typed, the labels what
 * the link cells show.
 */
export interface TeamSheetRow extends TeamSheetPerson {
  row: number;
  section: 'active' | 'archived';
}

export interface TeamSheetContent {
  /** Row 2 carries the add-on's `#header` marker: this is the add-on's Team sheet. */
  isTeamSheet: boolean;
  /** The settings copy of A1; null when missing or damaged. */
  settings: WorkbookSettings | null;
  rows: TeamSheetRow[];
}

export function readTeamSheet(values: readonly unknown[][]): TeamSheetContent {
  const at = (r: number, c: number): string => cellText(values[r - 1]?.[c - 1]).trim();
  const content: TeamSheetContent = {
    isTeamSheet: parseMarker(at(HEADER_ROW, ID_COLUMN)).kind === 'header',
    settings: parseSettingsCell(values[SETTINGS_ROW - 1]?.[SETTINGS_COLUMN - 1]),
    rows: [],
  };
  let section: TeamSheetRow['section'] = 'active';
  for (let r = TEAM_FIRST_PERSON_ROW; r <= values.length; r += 1) {
    const marker = parseMarker(at(r, ID_COLUMN));
    if (marker.kind === 'archive-header') {
      section = 'archived';
      continue;
    }
    if (marker.kind === 'header') continue;
    const row: TeamSheetRow = {
      row: r,
      section,
      id: at(r, TEAM_COLUMNS.id),
      name: at(r, TEAM_COLUMNS.name),
      email: at(r, TEAM_COLUMNS.email),
      level: at(r, TEAM_COLUMNS.level),
      targetLevel: at(r, TEAM_COLUMNS.targetLevel),
      growthPlanUrl: at(r, TEAM_COLUMNS.growthPlanUrl),
      careerPlanUrl: at(r, TEAM_COLUMNS.careerPlanUrl),
      growthPlanLabel: at(r, TEAM_COLUMNS.growthPlan),
      careerPlanLabel: at(r, TEAM_COLUMNS.careerPlan),
      sheetName: at(r, TEAM_COLUMNS.sheet),
    };
    // A row whose visible cells are all empty is no person (a cleared row keeps only its hidden id).
    const visible = [row.name, row.email, row.level, row.targetLevel, row.growthPlanLabel, row.careerPlanLabel];
    if (visible.every((v) => v === '')) continue;
    content.rows.push(row);
  }
  return content;
}

export function parseSettingsCell(value: unknown): WorkbookSettings | null {
  if (typeof value !== 'string' || !value.trim().startsWith('{')) return null;
  try {
    const parsed = workbookSettingsSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Sorting a range of the Team sheet's visible columns (Data → Sort range on D:J) leaves the
 * hidden ids and urls (A–C) where they were, so a row's id would name someone else. The
 * Rating sheet column (J) moves with the name: when it names a PM sheet, the id in that sheet
 * wins, and the hidden urls follow their id. An id left on a row that no longer has its
 * person (the new row a sort moved it next to) is dropped: that row is a new person.
 * `sheetOwners`: PM sheet name → the person id found in that sheet.
 */
export function reconcileTeamRows(content: TeamSheetContent, sheetOwners: ReadonlyMap<string, string>): TeamSheetContent {
  const urlsById = new Map(
    content.rows.filter((r) => r.id).map((r) => [r.id, { growthPlanUrl: r.growthPlanUrl, careerPlanUrl: r.careerPlanUrl }]),
  );
  const ownerOf = (r: TeamSheetRow) => (r.sheetName ? sheetOwners.get(r.sheetName) : undefined);
  if (content.rows.every((r) => ownerOf(r) === undefined || ownerOf(r) === r.id)) return content;
  const claimed = new Set(content.rows.map(ownerOf).filter((id): id is string => id !== undefined));
  const rows = content.rows.map((r) => {
    const owner = ownerOf(r);
    const id = owner ?? (claimed.has(r.id) ? '' : r.id);
    const urls = urlsById.get(id) ?? { growthPlanUrl: '', careerPlanUrl: '' };
    return id === r.id ? r : { ...r, id, ...urls };
  });
  return { ...content, rows };
}

/** A person of the Team sheet, checked against the ladder. */
export interface TeamEntry extends TeamSheetPerson {
  /** `id` is '' for a person the manager added (refresh gives them an id); `level` is a level id
   * ('' only for an archived person whose level left the ladder), `targetLevel` a level id or ''. */
  row: number;
}

export interface TeamProblem {
  /** A1 address on the Team sheet. */
  cell: string;
  message: string;
}

export interface CheckedTeam {
  active: TeamEntry[];
  archived: TeamEntry[];
  problems: TeamProblem[];
}

/**
 * Checks the Team sheet as the manager edited it: every active PM needs a name and a level of
 * the ladder, a target level must be one of the ladder's too, and an email may appear once.
 * Each problem names its cell. A row copied with its hidden id keeps the id on its first
 * occurrence only; the copy becomes a new person.
 */
export function checkTeam(ladder: Ladder, content: TeamSheetContent): CheckedTeam {
  const problems: TeamProblem[] = [];
  const active: TeamEntry[] = [];
  const archived: TeamEntry[] = [];
  const seenIds = new Set<string>();
  const emails = new Map<string, number>();
  const levelList = ladder.levels.map((l) => l.name).join(', ');

  for (const row of content.rows) {
    const id = row.id !== '' && !seenIds.has(row.id) ? row.id : '';
    if (id) seenIds.add(id);
    const level = row.level ? findLevel(ladder, row.level) : undefined;
    const target = row.targetLevel ? findLevel(ladder, row.targetLevel) : undefined;
    const entry: TeamEntry = {
      row: row.row,
      id,
      name: row.name,
      email: row.email,
      level: level?.id ?? '',
      targetLevel: target?.id ?? '',
      growthPlanUrl: row.growthPlanUrl || urlIn(row.growthPlanLabel),
      careerPlanUrl: row.careerPlanUrl || urlIn(row.careerPlanLabel),
      growthPlanLabel: row.growthPlanLabel,
      careerPlanLabel: row.careerPlanLabel,
      sheetName: row.sheetName,
    };
    if (row.section === 'archived') {
      // Former team members are kept as they were; only a person with an id is one of ours.
      if (id) archived.push(entry);
      else if (row.name) active.push(checkActive(entry, row, ladder, levelList, problems, emails));
      continue;
    }
    active.push(checkActive(entry, row, ladder, levelList, problems, emails));
  }
  if (active.length === 0) {
    problems.push({
      cell: cellA1(TEAM_FIRST_PERSON_ROW, TEAM_COLUMNS.name),
      message: 'the team is empty: add at least one PM (name and current level) from row 3',
    });
  }
  return { active, archived, problems };
}

function checkActive(
  entry: TeamEntry,
  row: TeamSheetRow,
  ladder: Ladder,
  levelList: string,
  problems: TeamProblem[],
  emails: Map<string, number>,
): TeamEntry {
  const at = (column: number) => cellA1(row.row, column);
  if (row.name === '')
    problems.push({
      cell: at(TEAM_COLUMNS.name),
      message: 'the name is blank: type the PM’s name, or delete the row to remove them from the team',
    });
  if (row.level === '')
    problems.push({ cell: at(TEAM_COLUMNS.level), message: `choose ${row.name || 'the PM'}’s current level (${levelList})` });
  else if (entry.level === '')
    problems.push({
      cell: at(TEAM_COLUMNS.level),
      message: `“${row.level}” is not a level of the ladder “${ladder.title}” (levels: ${levelList})`,
    });
  if (row.targetLevel !== '' && entry.targetLevel === '') {
    problems.push({
      cell: at(TEAM_COLUMNS.targetLevel),
      message: `“${row.targetLevel}” is not a level of the ladder “${ladder.title}” (levels: ${levelList}); leave it empty for none`,
    });
  }
  if (row.email !== '') {
    const key = row.email.toLowerCase();
    const first = emails.get(key);
    if (first !== undefined)
      problems.push({ cell: at(TEAM_COLUMNS.email), message: `the email ${row.email} is also on row ${first}: each PM needs their own` });
    else emails.set(key, row.row);
  }
  return entry;
}

function urlIn(text: string): string {
  return /^https?:\/\/\S+$/i.test(text) ? text : '';
}

/** One message listing every problem with its cell, e.g. "Team!F5: …". */
export function describeTeamProblems(problems: readonly TeamProblem[]): string {
  // Each line a sentence, so that what a caller adds after the list ("Nothing was changed.") reads apart.
  const lines = problems.map((p) => asSentence(`${TEAM_SHEET}!${p.cell}: ${p.message}`));
  return `The Team sheet needs fixing before the workbook can use it:\n${lines.join('\n')}`;
}
