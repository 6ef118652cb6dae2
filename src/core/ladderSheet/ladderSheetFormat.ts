import { cellA1, rangeA1 } from './cellAddress';
import type { LadderSheetGrid } from './ladderToSheet';
import { ROW_LABELS, SETTING_LABELS } from './sheetFormat';

/**
 * How a ladder sheet the add-on writes looks, as data for the shell to apply in a fixed
 * number of batched calls (one per range or range list), whatever the ladder's size.
 */
export interface LadderSheetFormatPlan {
  rows: number;
  cols: number;
  /** Rows formatted as plain text (the grid, and room below it in the template). */
  textRows: number;
  /** Rows whose long text wraps, top-aligned: from the first per-level row to the end. */
  wrapFrom: number;
  /** Label cells and the header, in bold. */
  bold: string[];
  /** The header and the skill-area rows, shaded. */
  shaded: string[];
  columnWidths: Array<{ first: number; count: number; width: number }>;
  /** 0-based columns to hide: the id columns (ids are kept, not edited). */
  hiddenColumns: Array<{ first: number; count: number }>;
  /** Dropdowns that warn (a paste bypasses a dropdown anyway; the reader checks every value). */
  dropdowns: Array<{ a1: string; values: string[]; help: string }>;
  /** Cell notes explaining the format, as one block from A1 ('' = no note). */
  notes: string[][] | null;
}

export const SHADE = '#eef1f5';

export function ladderSheetFormatPlan(
  grid: LadderSheetGrid,
  notes: string[][] | null = null,
  extraDropdownRows = 0,
): LadderSheetFormatPlan {
  const { columns, headerRow, levelColumns, width } = grid;
  const bold = [rangeA1({ row: headerRow, col: 0 }, 1, width), ...grid.labelRows.map((row) => cellA1({ row, col: 0 }))];
  const shaded = [rangeA1({ row: headerRow, col: 0 }, 1, width), ...grid.areaRows.map((row) => rangeA1({ row, col: 0 }, 1, width))];
  const widths: LadderSheetFormatPlan['columnWidths'] = [{ first: 0, count: 1, width: 160 }];
  if (columns.axis !== undefined) widths.push({ first: columns.axis, count: 1, width: 90 });
  if (columns.subskill !== undefined) widths.push({ first: columns.subskill, count: 1, width: 180 });
  if (columns.description !== undefined) widths.push({ first: columns.description, count: 1, width: 240 });
  if (columns.dimension !== undefined) widths.push({ first: columns.dimension, count: 1, width: 100 });
  if (levelColumns.count > 0) widths.push({ first: levelColumns.first, count: levelColumns.count, width: 260 });
  const hidden: LadderSheetFormatPlan['hiddenColumns'] = [];
  if (columns.areaId !== undefined && columns.subskillId !== undefined)
    hidden.push({ first: Math.min(columns.areaId, columns.subskillId), count: 2 });
  const dropdowns: LadderSheetFormatPlan['dropdowns'] = [];
  const cumulativeRow = grid.labelRows.find((row) => grid.values[row]?.[0] === SETTING_LABELS.cumulative);
  if (cumulativeRow !== undefined)
    dropdowns.push({
      a1: cellA1({ row: cumulativeRow, col: 1 }),
      values: ['yes', 'no'],
      help: 'yes: each level adds to the one before; no: each column says everything expected at its level',
    });
  const bodyRows = grid.body.last - grid.body.first + 1 + extraDropdownRows;
  if (columns.axis !== undefined && bodyRows > 0) {
    dropdowns.push({
      a1: rangeA1({ row: grid.body.first, col: columns.axis }, bodyRows, 1),
      values: ['results', 'behaviours'],
      help: "On a skill area's row: the 9-box axis it counts towards, results or behaviours",
    });
  }
  const levelRows = grid.labelRows.filter(
    (row) =>
      row < headerRow &&
      ([ROW_LABELS.levelId, ROW_LABELS.levelTitle, ROW_LABELS.levelSummary] as string[]).includes(grid.values[row]?.[0] ?? ''),
  );
  const wrapFrom = Math.min(headerRow, ...levelRows);
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
