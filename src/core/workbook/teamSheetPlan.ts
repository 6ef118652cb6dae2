import type { Ladder } from '../ladder/schema';
import {
  FROZEN_ROWS,
  HEADER_ROW,
  ID_COLUMN,
  SETTINGS_COLUMN,
  SETTINGS_ROW,
  TEAM_COLUMNS,
  TEAM_FIRST_PERSON_ROW,
  TEAM_HEADERS,
  TEAM_HIDDEN_COLUMNS,
  TEAM_LAST_COLUMN,
  TEAM_SHEET,
  TITLE_ROW,
  formatMarker,
  type TeamColumn,
} from './layout';
import type { WorkbookSettings } from './model';
import { AUTOMATIC, blankBlock, setCell, setRow, type ListValidation, type SheetPlan } from './sheetPlan';
import { STYLE, WIDTH } from './sheetStyle';

/** A person as the Team sheet shows them. */
export interface TeamSheetPerson {
  id: string;
  name: string;
  email: string;
  level: string;
  targetLevel: string;
  growthPlanUrl: string;
  careerPlanUrl: string;
  growthPlanLabel: string;
  careerPlanLabel: string;
  sheetName: string;
}

export function levelValidation(ladder: Ladder, what: 'current' | 'target'): ListValidation {
  return {
    key: `levels:${ladder.id}:${what}`,
    values: ladder.levels.map((l) => l.name),
    allowInvalid: false,
    helpText: what === 'current' ? 'The PM’s current level on the ladder.' : 'The level the PM is working towards (optional).',
  };
}

/**
 * The Team sheet: settings (hidden A1), the active team, then former team members. The manager
 * edits it and runs Refresh workbook to add, remove or move people. Every text is plain text;
 * only the doc link cells hold formulas (`=HYPERLINK`), written by the add-on.
 */
export function teamSheetPlan(
  ladder: Ladder,
  settings: WorkbookSettings,
  active: readonly TeamSheetPerson[],
  archived: readonly TeamSheetPerson[],
): SheetPlan {
  const archiveRow = archived.length > 0 ? TEAM_FIRST_PERSON_ROW + active.length + 1 : 0;
  const rowCount = archived.length > 0 ? archiveRow + archived.length : TEAM_FIRST_PERSON_ROW + active.length;
  const block = blankBlock(rowCount, TEAM_LAST_COLUMN);

  setRow(block, TITLE_ROW, 1, TEAM_LAST_COLUMN, { wrap: 'OVERFLOW' });
  setCell(block, SETTINGS_ROW, SETTINGS_COLUMN, { value: JSON.stringify(settings) });
  // The name column is the last frozen one, and text cannot overflow past frozen columns: the
  // title wraps in it, and the rest starts right of it, overflowing over row 1's empty cells.
  setCell(block, TITLE_ROW, TEAM_COLUMNS.name, { value: `Team · ${settings.cycle}`, fontWeight: 'bold', wrap: 'WRAP' });
  setCell(block, TITLE_ROW, TEAM_COLUMNS.name + 1, {
    value: `${ladder.title} (${ladder.organization}). Edit this sheet, then Career Ladder → Refresh workbook to add, remove or move people.`,
  });
  setRow(block, HEADER_ROW, 1, TEAM_LAST_COLUMN, { fontWeight: 'bold', background: STYLE.headerFill });
  for (const [key, column] of Object.entries(TEAM_COLUMNS) as Array<[TeamColumn, number]>)
    setCell(block, HEADER_ROW, column, { value: TEAM_HEADERS[key] });
  setCell(block, HEADER_ROW, ID_COLUMN, { value: formatMarker({ kind: 'header' }) });

  const current = levelValidation(ladder, 'current');
  const target = levelValidation(ladder, 'target');
  const levelName = (id: string) => ladder.levels.find((l) => l.id === id)?.name ?? id;
  const writePerson = (row: number, person: TeamSheetPerson) => {
    setCell(block, row, TEAM_COLUMNS.id, { value: person.id });
    setCell(block, row, TEAM_COLUMNS.growthPlanUrl, { value: person.growthPlanUrl });
    setCell(block, row, TEAM_COLUMNS.careerPlanUrl, { value: person.careerPlanUrl });
    setCell(block, row, TEAM_COLUMNS.name, { value: person.name });
    setCell(block, row, TEAM_COLUMNS.email, { value: person.email });
    setCell(block, row, TEAM_COLUMNS.level, { value: person.level ? levelName(person.level) : '' });
    setCell(block, row, TEAM_COLUMNS.targetLevel, { value: person.targetLevel ? levelName(person.targetLevel) : '' });
    setCell(block, row, TEAM_COLUMNS.growthPlan, {
      value: docLinkCell(person.growthPlanUrl, person.growthPlanLabel, 'Growth plan'),
      numberFormat: AUTOMATIC,
    });
    setCell(block, row, TEAM_COLUMNS.careerPlan, {
      value: docLinkCell(person.careerPlanUrl, person.careerPlanLabel, 'Career plan'),
      numberFormat: AUTOMATIC,
    });
    setCell(block, row, TEAM_COLUMNS.sheet, { value: person.sheetName });
  };

  active.forEach((person, i) => writePerson(TEAM_FIRST_PERSON_ROW + i, person));
  // The level dropdowns reach one row past the team, where a manager adds the next PM.
  for (let r = TEAM_FIRST_PERSON_ROW; r <= TEAM_FIRST_PERSON_ROW + active.length; r += 1) {
    if (r > rowCount) break;
    setCell(block, r, TEAM_COLUMNS.level, { validation: current });
    setCell(block, r, TEAM_COLUMNS.targetLevel, { validation: target });
  }
  if (archived.length > 0) {
    setRow(block, archiveRow, 1, TEAM_LAST_COLUMN, { background: STYLE.headerFill, fontWeight: 'bold', wrap: 'OVERFLOW' });
    setCell(block, archiveRow, ID_COLUMN, { value: formatMarker({ kind: 'archive-header' }), validation: null });
    setCell(block, archiveRow, TEAM_COLUMNS.level, { validation: null });
    setCell(block, archiveRow, TEAM_COLUMNS.targetLevel, { validation: null });
    setCell(block, archiveRow, TEAM_COLUMNS.name, {
      value:
        'Former team members: their rating sheets are kept, marked archived. Move a row above this one to bring the PM back; delete their sheet to drop their ratings.',
    });
    archived.forEach((person, i) => {
      const r = archiveRow + 1 + i;
      writePerson(r, person);
      setRow(block, r, 1, TEAM_LAST_COLUMN, { background: STYLE.archivedFill });
    });
  }

  return {
    ...block,
    sheetName: TEAM_SHEET,
    frozenRows: FROZEN_ROWS,
    frozenColumns: TEAM_COLUMNS.name,
    columnWidths: [
      { column: TEAM_COLUMNS.name, count: 1, width: WIDTH.teamName },
      { column: TEAM_COLUMNS.email, count: 1, width: WIDTH.teamEmail },
      { column: TEAM_COLUMNS.level, count: 2, width: WIDTH.teamLevel },
      { column: TEAM_COLUMNS.growthPlan, count: 2, width: WIDTH.teamLink },
      { column: TEAM_COLUMNS.sheet, count: 1, width: WIDTH.teamSheet },
    ],
    hiddenColumns: TEAM_HIDDEN_COLUMNS,
    tabColor: null,
    protection: null,
    colourRules: null,
  };
}

/**
 * A doc link cell. With a url: `=HYPERLINK("url", "label")`, quotes doubled so no text can end
 * the string and become formula (Sheets function HYPERLINK; strings in formulas escape `"` as
 * `""`). Without one: the text typed there, kept as text by a leading apostrophe (the cell is
 * not plain-text formatted, because it must be able to hold the formula).
 */
export function docLinkCell(url: string, label: string, fallbackLabel: string): string {
  if (url) return hyperlinkFormula(url, label || fallbackLabel);
  return label === '' ? '' : `'${label}`;
}

export function hyperlinkFormula(url: string, label: string): string {
  // eslint-disable-next-line no-control-regex
  const literal = (s: string) => `"${s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/"/g, '""')}"`;
  return `=HYPERLINK(${literal(url)}, ${literal(label)})`;
}
