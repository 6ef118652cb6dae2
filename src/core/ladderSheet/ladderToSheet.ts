import type { Ladder } from '../ladder/schema';
import { expectationRows } from '../ladder/query';
import { COLUMN_LABELS, LEADING_COLUMNS, ROW_LABELS, SETTING_LABELS, TRAILING_COLUMNS, yesNo, type ColumnKey } from './sheetFormat';

/**
 * Where things sit in a ladder sheet the add-on writes (an export or the template), so the
 * shell can format it: header, label cells, level and id columns, area rows.
 */
export interface LadderSheetGrid {
  /** Rectangular: every row has `width` cells; '' is an empty cell. */
  values: string[][];
  width: number;
  headerRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  levelColumns: { first: number; count: number };
  /** Rows above the header (and the notes) whose column A holds a label. */
  labelRows: number[];
  /** Rows naming a skill area, shaded so the areas stand out. */
  areaRows: number[];
  /** The ladder's body: from the row under the header to its last row (inclusive). */
  body: { first: number; last: number };
}

/**
 * A ladder as a ladder sheet: every field has a place (ids in their own columns and rows,
 * level titles and summaries, dimension descriptions, notes), so that reading it back gives
 * the same ladder (test/core/ladderSheet/roundTrip.test.ts).
 */
export function ladderToSheetValues(ladder: Ladder): LadderSheetGrid {
  const dims = ladder.dimensions;
  const leading = dims ? LEADING_COLUMNS : LEADING_COLUMNS.filter((key) => key !== 'dimension');
  const levelFirst = leading.length;
  const width = levelFirst + ladder.levels.length + TRAILING_COLUMNS.length;
  const columns: Partial<Record<ColumnKey, number>> = {};
  leading.forEach((key, i) => (columns[key] = i));
  TRAILING_COLUMNS.forEach((key, i) => (columns[key] = levelFirst + ladder.levels.length + i));

  const rows: string[][] = [];
  const labelRows: number[] = [];
  const blank = (): string[] => new Array<string>(width).fill('');
  const labelled = (label: string, ...cells: string[]): void => {
    labelRows.push(rows.length);
    const row = blank();
    row[0] = label;
    cells.forEach((c, i) => (row[i + 1] = c));
    rows.push(row);
  };
  const perLevel = (label: string, texts: string[]): void => {
    labelRows.push(rows.length);
    const row = blank();
    row[0] = label;
    texts.forEach((t, i) => (row[levelFirst + i] = t));
    rows.push(row);
  };

  labelled(SETTING_LABELS.title, ladder.title);
  labelled(SETTING_LABELS.ladderId, ladder.id);
  labelled(SETTING_LABELS.organization, ladder.organization);
  labelled(SETTING_LABELS.source, ladder.source);
  labelled(SETTING_LABELS.cumulative, yesNo(ladder.cumulative));
  for (const d of dims ?? []) labelled(ROW_LABELS.dimension, d.name, d.description ?? '', d.id);
  rows.push(blank());
  perLevel(
    ROW_LABELS.levelId,
    ladder.levels.map((l) => l.id),
  );
  if (ladder.levels.some((l) => l.title !== undefined))
    perLevel(
      ROW_LABELS.levelTitle,
      ladder.levels.map((l) => l.title ?? ''),
    );
  if (ladder.levels.some((l) => l.summary !== undefined))
    perLevel(
      ROW_LABELS.levelSummary,
      ladder.levels.map((l) => l.summary ?? ''),
    );

  const headerRow = rows.length;
  const header = blank();
  for (const key of [...leading, ...TRAILING_COLUMNS]) header[columns[key] as number] = COLUMN_LABELS[key];
  ladder.levels.forEach((l, i) => (header[levelFirst + i] = l.name));
  rows.push(header);

  const areaRows: number[] = [];
  const set = (row: string[], key: ColumnKey, text: string): void => {
    const col = columns[key];
    if (col !== undefined) row[col] = text;
  };
  for (const area of ladder.areas) {
    areaRows.push(rows.length);
    const areaRow = blank();
    set(areaRow, 'area', area.name);
    set(areaRow, 'axis', area.axis);
    set(areaRow, 'description', area.description);
    set(areaRow, 'areaId', area.id);
    rows.push(areaRow);
    for (const sub of area.subskills) {
      expectationRows(ladder, sub).forEach((expectation, i) => {
        const row = blank();
        if (i === 0) {
          set(row, 'subskill', sub.name);
          set(row, 'description', sub.description);
          set(row, 'subskillId', sub.id);
        }
        if (expectation.dimension) set(row, 'dimension', expectation.dimension.name);
        ladder.levels.forEach((l, j) => (row[levelFirst + j] = expectation.texts[l.id] ?? ''));
        rows.push(row);
      });
    }
  }
  const body = { first: headerRow + 1, last: rows.length - 1 };

  if (ladder.notes.length > 0) {
    rows.push(blank());
    for (const note of ladder.notes) labelled(ROW_LABELS.note, note);
  }
  return {
    values: rows,
    width,
    headerRow,
    columns,
    levelColumns: { first: levelFirst, count: ladder.levels.length },
    labelRows,
    areaRows,
    body,
  };
}
