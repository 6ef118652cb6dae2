import type { CellRange, ColumnWidths } from '../workbook/sheetPlan';
import type { LadderSheetGrid } from './ladderToSheet';
import { ROW_LABELS, SETTING_LABELS } from './sheetFormat';

/**
 * How a ladder sheet the add-on writes looks, as data for the shell to apply in a fixed
 * number of batched calls (one per range or range list), whatever the ladder's size. In the
 * workbook's plan format (workbook/sheetPlan.ts): 1-based rows and columns, blocks as
 * `CellRange`s, widths as `ColumnWidths`. (The grid of values it formats is indexed from 0, as
 * arrays are: row `r` of `grid.values` is sheet row `r + 1`.)
 */
export interface LadderSheetFormatPlan {
  rows: number;
  cols: number;
  /** Rows formatted as plain text (the grid, and room below it in the template). */
  textRows: number;
  /** The first row whose long text wraps, top-aligned: from the first per-level row to the end. */
  wrapFrom: number;
  /** Label cells and the header, in bold. */
  bold: CellRange[];
  /** The header and the skill-area rows, shaded. */
  shaded: CellRange[];
  columnWidths: ColumnWidths[];
  /** Columns to hide: the id columns (ids are kept, not edited). */
  hiddenColumns: Array<{ column: number; count: number }>;
  /** Dropdowns that warn (a paste bypasses a dropdown anyway; the reader checks every value). */
  dropdowns: Array<{ range: CellRange; values: string[]; help: string }>;
  /** Cell notes explaining the format, as one block from A1 ('' = no note). */
  notes: string[][] | null;
}

export const SHADE = '#eef1f5';

/** The block of `numRows` × `numColumns` cells at a 0-based position of the grid of values. */
function block(row: number, col: number, numRows = 1, numColumns = 1): CellRange {
  return { row: row + 1, column: col + 1, numRows, numColumns };
}

export function ladderSheetFormatPlan(
  grid: LadderSheetGrid,
  notes: string[][] | null = null,
  extraDropdownRows = 0,
): LadderSheetFormatPlan {
  const { columns, headerRow, levelColumns, width } = grid;
  const bold = [block(headerRow, 0, 1, width), ...grid.labelRows.map((row) => block(row, 0))];
  const shaded = [block(headerRow, 0, 1, width), ...grid.areaRows.map((row) => block(row, 0, 1, width))];
  const widths: ColumnWidths[] = [{ column: 1, count: 1, width: 160 }];
  const widen = (col: number | undefined, count: number, w: number) => {
    if (col !== undefined && count > 0) widths.push({ column: col + 1, count, width: w });
  };
  widen(columns.axis, 1, 90);
  widen(columns.subskill, 1, 180);
  widen(columns.description, 1, 240);
  widen(columns.dimension, 1, 100);
  widen(levelColumns.first, levelColumns.count, 260);
  const hidden: LadderSheetFormatPlan['hiddenColumns'] = [];
  if (columns.areaId !== undefined && columns.subskillId !== undefined)
    hidden.push({ column: Math.min(columns.areaId, columns.subskillId) + 1, count: 2 });
  const dropdowns: LadderSheetFormatPlan['dropdowns'] = [];
  const cumulativeRow = grid.labelRows.find((row) => grid.values[row]?.[0] === SETTING_LABELS.cumulative);
  if (cumulativeRow !== undefined)
    dropdowns.push({
      range: block(cumulativeRow, 1),
      values: ['yes', 'no'],
      help: 'yes: each level adds to the one before; no: each column says everything expected at its level',
    });
  const bodyRows = grid.body.last - grid.body.first + 1 + extraDropdownRows;
  if (columns.axis !== undefined && bodyRows > 0) {
    dropdowns.push({
      range: block(grid.body.first, columns.axis, bodyRows, 1),
      values: ['results', 'behaviours'],
      help: "On a skill area's row: the 9-box axis it counts towards, results or behaviours",
    });
  }
  const levelRows = grid.labelRows.filter(
    (row) =>
      row < headerRow &&
      ([ROW_LABELS.levelId, ROW_LABELS.levelTitle, ROW_LABELS.levelSummary] as string[]).includes(grid.values[row]?.[0] ?? ''),
  );
  const wrapFrom = Math.min(headerRow, ...levelRows) + 1;
  return {
    rows: grid.values.length,
    cols: width,
    textRows: grid.values.length + extraDropdownRows,
    wrapFrom,
    bold,
    shaded,
    columnWidths: widths,
    hiddenColumns: hidden,
    dropdowns,
    notes,
  };
}
