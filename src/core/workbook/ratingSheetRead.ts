import { HEADER_ROW, ID_COLUMN, TITLE_ROW, parseMarker } from './layout';
import { RATING_COLUMNS, type RatingColumnKey } from './ratingColumns';
import { cellText } from './cellText';
import { RATING_CELL_KEYS, type RatingCells } from './ratingCells';

/**
 * Reads a PM rating sheet back from one `getValues()` (and, where the caller could afford the
 * call, one `getFormulas()`) of its columns. Rows are found by the markers of the hidden id
 * column and the rating columns by their headers, never by position: a sheet laid out for an
 * older version of the ladder (another number of levels) reads back just as well.
 */

export type RatingCellKey = RatingColumnKey;

/** One cell as read: its value (what getValues gives) and its formula ('' when none). */
export interface ReadCell {
  row: number;
  column: number;
  value: unknown;
  formula: string;
}

export interface ReadRatingRow {
  subskillId: string;
  row: number;
  /** The sub-skill's name as the sheet shows it. */
  name: string;
  cells: Record<RatingCellKey, ReadCell>;
}

/** Text in a rating or evidence column on a row that belongs to no sub-skill. */
export interface StrayCells {
  row: number;
  /** The sub-skill id when the row is a second copy of a sub-skill row, else ''. */
  subskillId: string;
  name: string;
  cells: Record<RatingCellKey, ReadCell>;
}

/** Each rating column by key, as found by its header; 0 for one the sheet does not have. */
export type RatingColumnsFound = Record<RatingColumnKey, number>;

export interface RatingSheetContent {
  /** From the `person:` marker of A1; null when the sheet is not a PM sheet. */
  personId: string | null;
  /** The PM's name as the title row shows it. */
  name: string;
  /**
   * null when no rating header is found (someone changed row 2, or not a PM sheet). A column
   * whose header alone is missing is 0 and reads as empty: a sheet written before a column was
   * added keeps every other column's cells, and refresh adds the new one.
   */
  columns: RatingColumnsFound | null;
  ratingRows: ReadRatingRow[];
  archived: ReadRatingRow[];
  stray: StrayCells[];
  rowCount: number;
  columnCount: number;
}

const SUBSKILL_NAME_COLUMN = 3;
const NAME_COLUMN = 2;

export function readRatingSheet(values: readonly unknown[][], formulas?: readonly string[][]): RatingSheetContent {
  // Column 0 is a rating column the sheet does not have: empty.
  const at = (r: number, c: number): unknown => (c > 0 ? (values[r - 1]?.[c - 1] ?? '') : '');
  const formulaAt = (r: number, c: number): string => (c > 0 ? (formulas?.[r - 1]?.[c - 1] ?? '') : '');
  const cell = (r: number, c: number): ReadCell => ({ row: r, column: c, value: at(r, c), formula: formulaAt(r, c) });
  const marker = parseMarker(at(TITLE_ROW, ID_COLUMN));
  const content: RatingSheetContent = {
    personId: marker.kind === 'person' ? marker.personId : null,
    name: cellText(at(TITLE_ROW, NAME_COLUMN)).trim(),
    columns: findRatingColumns(values[HEADER_ROW - 1] ?? []),
    ratingRows: [],
    archived: [],
    stray: [],
    rowCount: values.length,
    columnCount: values[0]?.length ?? 0,
  };
  const columns = content.columns;
  if (!columns) return content;

  const seen = new Set<string>();
  for (let r = 1; r <= values.length; r += 1) {
    // The title row's subtitle starts in the first rating column (layout 3): it is no rating.
    if (r === HEADER_ROW || r === TITLE_ROW) continue;
    const cells = {} as Record<RatingCellKey, ReadCell>;
    for (const key of RATING_CELL_KEYS) cells[key] = cell(r, columns[key]);
    const rowMarker = parseMarker(at(r, ID_COLUMN));
    const name = cellText(at(r, SUBSKILL_NAME_COLUMN)).trim();
    if (rowMarker.kind === 'subskill' && !seen.has(rowMarker.subskillId)) {
      seen.add(rowMarker.subskillId);
      content.ratingRows.push({ subskillId: rowMarker.subskillId, row: r, name, cells });
    } else if (rowMarker.kind === 'archived') {
      content.archived.push({ subskillId: rowMarker.subskillId, row: r, name, cells });
    } else if (RATING_CELL_KEYS.some((k) => hasContent(cells[k]))) {
      const copy = rowMarker.kind === 'subskill';
      content.stray.push({ row: r, subskillId: copy ? rowMarker.subskillId : '', name: copy ? name : '', cells });
    }
  }
  return content;
}

/** The rating columns, by their header text in row 2 (`RATING_COLUMNS`); null when none is there. */
export function findRatingColumns(headerRow: readonly unknown[]): RatingColumnsFound | null {
  const find = (text: string): number => headerRow.findIndex((v) => typeof v === 'string' && v.trim() === text) + 1;
  const found = Object.fromEntries(RATING_COLUMNS.map((c) => [c.key, find(c.header)])) as RatingColumnsFound;
  return Object.values(found).some((c) => c > 0) ? found : null;
}

/** Whether every rating column is on the sheet (a save writes them as one block; validation reports a missing one). */
export function hasEveryRatingColumn(columns: RatingColumnsFound | null): columns is RatingColumnsFound {
  return columns !== null && Object.values(columns).every((c) => c > 0);
}

export function hasContent(cell: ReadCell): boolean {
  return cell.formula !== '' || cellText(cell.value).trim() !== '';
}

/** The cells' text as refresh carries it over: a formula as its text, anything else as its value. */
export function cellsText(cells: Record<RatingCellKey, ReadCell>): RatingCells {
  const out = {} as RatingCells;
  for (const key of RATING_CELL_KEYS) out[key] = cellText(cells[key].value, cells[key].formula);
  return out;
}
