import type { LadderSheetGrid } from './ladderToSheet';
import { ladderSheetFormatPlan, type LadderSheetFormatPlan } from './ladderSheetFormat';
import { COLUMN_LABELS, LEADING_COLUMNS, ROW_LABELS, SETTING_LABELS } from './sheetFormat';

/** Level columns the empty template offers; a ladder with more inserts columns, one with fewer leaves them blank. */
export const TEMPLATE_LEVELS = 5;
/** Body rows the template prepares (Axis dropdown); a longer ladder just goes on below. */
export const TEMPLATE_BODY_ROWS = 40;

/**
 * "New ladder from template": an empty ladder sheet whose labels carry notes saying what
 * goes where, so a manager can write a ladder by hand or paste one in. Ids are left blank:
 * they are made from the names when the sheet is used, and written back.
 */
export function ladderTemplate(): { grid: LadderSheetGrid; format: LadderSheetFormatPlan } {
  const leading = LEADING_COLUMNS;
  const levelFirst = leading.length;
  const width = levelFirst + TEMPLATE_LEVELS;
  const blank = (): string[] => new Array<string>(width).fill('');
  const values: string[][] = [];
  const notes: string[][] = [];
  const labelRows: number[] = [];
  const add = (label: string, note: string): void => {
    labelRows.push(values.length);
    const row = blank();
    row[0] = label;
    values.push(row);
    const noteRow = blank();
    noteRow[0] = note;
    notes.push(noteRow);
  };
  const KEEP = ' Keep it once the ladder is in use.';
  add(SETTING_LABELS.title, "Required, in column B: the ladder's name.");
  add(SETTING_LABELS.ladderId, `Leave blank: made from the title when the sheet is used.${KEEP}`);
  add(SETTING_LABELS.organization, 'Optional: whose ladder it is.');
  add(SETTING_LABELS.source, 'Optional: the document it comes from. Notes go below the ladder, in rows labelled "Note".');
  add(
    SETTING_LABELS.cumulative,
    'Required: yes when each level adds to the one before (an empty cell means nothing new), no when each column says all that is expected.',
  );
  values.push(blank());
  notes.push(blank());
  add(ROW_LABELS.levelId, `Leave blank: made from the level names when the sheet is used.${KEEP}`);
  add(ROW_LABELS.levelTitle, "Optional: each level's job title, above its column.");
  add(ROW_LABELS.levelSummary, "Optional: each level's summary, above its column.");

  const headerRow = values.length;
  const header = blank();
  const headerNotes = blank();
  const columnNotes: Record<string, string> = {
    area: 'Each skill area on a row of its own (with its description and axis), its sub-skills on the rows below.',
    axis: "On each skill area's row: results or behaviours (its 9-box axis).",
    subskill: 'One sub-skill per row, each name once.',
    description: "Optional: the sub-skill's description (or, on an area's row, the area's description).",
    dimension: `Only for ladders with dimensions (Scope / Autonomy / Impact): one row per dimension, the sub-skill named on the first. Describe them in rows "${ROW_LABELS.dimension}" | name | description above. Else leave empty.`,
  };
  leading.forEach((key, i) => {
    header[i] = COLUMN_LABELS[key];
    headerNotes[i] = columnNotes[key] ?? '';
  });
  for (let i = 0; i < TEMPLATE_LEVELS; i++) {
    headerNotes[levelFirst + i] =
      `Level ${i + 1} (lowest first): its name, then each sub-skill's expectation below. Insert columns for more levels.`;
  }
  values.push(header);
  notes.push(headerNotes);
  const grid: LadderSheetGrid = {
    values,
    width,
    headerRow,
    columns: Object.fromEntries(leading.map((key, i) => [key, i])),
    levelColumns: { first: levelFirst, count: TEMPLATE_LEVELS },
    labelRows,
    areaRows: [],
    body: { first: headerRow + 1, last: headerRow },
  };
  return { grid, format: ladderSheetFormatPlan(grid, notes, TEMPLATE_BODY_ROWS) };
}
