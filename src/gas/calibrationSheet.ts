import {
  CALIBRATION_SHEET,
  COLUMNS_AFTER_AREAS,
  TABLE_COLUMNS,
  readStoredCalibration,
  type StoredCalibrationSheet,
} from '../core/calibration/calibrationLayout';
import type { CalibrationSheetInput, CalibrationSheetPlan } from '../core/calibration/calibrationSheetPlan';
import { calibrationOverrideProblems } from '../core/calibration/overrideProblems';
import type { RatingProblem } from '../core/api';
import type { Ladder } from '../core/ladder/schema';
import { quoteSheetName, rangeA1, wholeColumnsA1 } from '../core/workbook/a1';
import { LAYOUT_VERSION } from '../core/workbook/layoutVersion';
import type { CellRange } from '../core/workbook/sheetPlan';
import { foreignSheet } from '../core/messages';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * Reads and writes the Calibration sheet in a fixed number of calls (docs/ARCHITECTURE.md, Service-call budgets):
 * reading is one `getValues()` of whole columns found by A1 notation (2 calls, no
 * getSheetByName, no getLastRow); writing goes to **the same Range object**, the plan being
 * padded to the sheet's whole grid: number formats, values and backgrounds (3 calls), font
 * weights only when the header changed. Writing the whole grid also blanks whatever a bigger
 * team left behind, without knowing where it ended. The chart, the override dropdown, widths
 * and hidden columns are set only when the sheet is made: the chart reads a fixed-size table,
 * so it follows every refresh by itself. Refresh never touches any other sheet.
 */

/** Google's default grid: a new sheet has 1000 rows and 26 columns. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

export interface CalibrationSheetState {
  stored: StoredCalibrationSheet;
  /** The range read when it is the sheet's whole `maxRows` × `maxColumns` grid: written back in place. */
  range: GoogleAppsScript.Spreadsheet.Range | null;
  /** Rows and columns of the sheet's grid (a write beyond them must insert some first). */
  maxRows: number;
  maxColumns: number;
}

/** Every column the table can use with this ladder, and at least a new sheet's 26. */
function tableColumns(ladder: Ladder): number {
  // Areas, then Flags, the meeting's Discuss and Meeting notes, and the view columns.
  return Math.max(DEFAULT_COLUMNS, TABLE_COLUMNS.firstArea + ladder.areas.length + COLUMNS_AFTER_AREAS - 1);
}

/**
 * The Calibration sheet when reading its table's whole columns failed, asked rather than read
 * off Google's exception (worded in the user's language): null when there is no such sheet;
 * the sheet and its width when it is narrower than the columns read (the ladder gained areas).
 * Any other failure is passed on. Costs 2 calls, only after a failure.
 */
function narrowerSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  columns: number,
  failure: unknown,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; maxColumns: number } | null {
  const sheet = ss.getSheetByName(CALIBRATION_SHEET);
  if (!sheet) return null;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns >= columns) throw failure;
  return { sheet, maxColumns };
}

/** The Calibration sheet as it stands, or null when there is none yet. */
export function readCalibrationSheet(ladder: Ladder): CalibrationSheetState | null {
  const ss = activeSpreadsheet();
  const columns = tableColumns(ladder);
  let state: CalibrationSheetState;
  let sheetName: () => string;
  try {
    const range = ss.getRange(wholeColumnsA1(CALIBRATION_SHEET, columns));
    const values = range.getValues();
    state = { stored: readStoredCalibration(values), range, maxRows: values.length, maxColumns: columns };
    sheetName = () => range.getSheet().getName();
  } catch (e) {
    // A sheet narrower than this ladder's table: read what it has.
    const narrower = narrowerSheet(ss, columns, e);
    if (!narrower) return null;
    const { sheet, maxColumns } = narrower;
    state = { stored: readStoredCalibration(sheet.getDataRange().getValues()), range: null, maxRows: sheet.getMaxRows(), maxColumns };
    sheetName = () => sheet.getName();
  }
  if (!isOurs(state.stored))
    throw foreignSheet(sheetName(), CALIBRATION_SHEET, 'Rename it, then refresh the calibration again. Nothing was changed.');
  return state;
}

/**
 * A sheet holding something but no table header of ours is someone else's, maybe named
 * "calibration": Sheets finds sheets ignoring case, and it must not be overwritten.
 */
function isOurs(stored: StoredCalibrationSheet): boolean {
  return stored.rows === 0 || stored.header.length > 0;
}

function blockRange(sheet: GoogleAppsScript.Spreadsheet.Sheet, b: CellRange): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(b.row, b.column, b.numRows, b.numColumns);
}

function growGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: CalibrationSheetPlan, maxRows: number, maxColumns: number): void {
  if (plan.rows > maxRows) sheet.insertRowsAfter(maxRows, plan.rows - maxRows);
  if (plan.columns > maxColumns) sheet.insertColumnsAfter(maxColumns, plan.columns - maxColumns);
}

/** What a new Calibration sheet gets once: none of it depends on the team or the ratings. */
function setUpNewSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  range: GoogleAppsScript.Spreadsheet.Range,
  plan: CalibrationSheetPlan,
): void {
  const { creation } = plan;
  sheet.hideColumns(creation.hiddenColumns.column, creation.hiddenColumns.count);
  for (const w of creation.columnWidths) if (w.count > 0) sheet.setColumnWidths(w.column, w.count, w.width);
  sheet.setFrozenColumns(creation.frozenColumns);
  setOverrideDropdown(sheet, plan);
  setWraps(sheet, range, plan);
  const { chart } = creation;
  const built = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(blockRange(sheet, chart.range))
    .setNumHeaders(1)
    .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('legend', { position: 'none' })
    .setOption('width', chart.width)
    .setOption('height', chart.height)
    .build();
  sheet.insertChart(built);
}

function setOverrideDropdown(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: CalibrationSheetPlan): void {
  const { overrideDropdown } = plan.creation;
  const dropdown = SpreadsheetApp.newDataValidation()
    .requireValueInList([...overrideDropdown.values], true)
    .setAllowInvalid(false)
    .setHelpText(overrideDropdown.helpText)
    .build();
  blockRange(sheet, overrideDropdown.block).setDataValidation(dropdown);
}

/** Wrapping through the range the plan is written to (one call), then each sentence column (one call each). */
function setWraps(sheet: GoogleAppsScript.Spreadsheet.Sheet, range: GoogleAppsScript.Spreadsheet.Range, plan: CalibrationSheetPlan): void {
  const { wrap, wrapColumns } = plan.creation;
  const blocks = [...wrap, ...wrapColumns];
  const inBlock = (r: number, c: number) =>
    blocks.some((b) => r >= b.row && r < b.row + b.numRows && c >= b.column && c < b.column + b.numColumns);
  range.setWraps(Array.from({ length: plan.rows }, (_, r) => Array.from({ length: plan.columns }, (_, c) => inBlock(r + 1, c + 1))));
  for (const column of wrapColumns) blockRange(sheet, column).setWrap(true);
}

/**
 * A sheet written with an older layout (plan.upgrade), once: the override dropdown (the scale
 * may have a new rating; cleared down the whole column first, as the table may have moved),
 * wrapping, and the range of the distribution's chart (the table grows with the scale). The
 * chart is the one whose range starts at the distribution's corner: a chart the manager added
 * is left alone, and one they deleted is not made again. Widths, frozen and hidden columns are
 * the manager's to change and stay as they are.
 */
function upgradeSheet(range: GoogleAppsScript.Spreadsheet.Range, plan: CalibrationSheetPlan): void {
  const sheet = range.getSheet();
  sheet.getRange(1, plan.creation.overrideDropdown.block.column, plan.rows, 1).clearDataValidations();
  setOverrideDropdown(sheet, plan);
  setWraps(sheet, range, plan);
  const target = plan.creation.chart.range;
  for (const chart of sheet.getCharts()) {
    const [first] = chart.getRanges();
    if (!first || first.getRow() !== target.row || first.getColumn() !== target.column) continue;
    sheet.updateChart(chart.modify().clearRanges().addRange(blockRange(sheet, target)).build());
  }
}

/** The size the plan must be padded to: the grid read, or a new sheet's. */
export function calibrationGrid(state: CalibrationSheetState | null): { rows: number; columns: number } {
  return state ? { rows: state.maxRows, columns: state.maxColumns } : { rows: DEFAULT_ROWS, columns: DEFAULT_COLUMNS };
}

/** What the plan needs to know of the sheet as it stands (a new sheet: the current layout). */
export function previousCalibration(state: CalibrationSheetState | null): CalibrationSheetInput['previous'] {
  return {
    ...calibrationGrid(state),
    header: state ? state.stored.header : [],
    layoutVersion: state ? state.stored.layoutVersion : LAYOUT_VERSION,
  };
}

/** Writes the plan: a new sheet is made and set up first; an existing one is rewritten in place. */
export function writeCalibrationSheet(plan: CalibrationSheetPlan, state: CalibrationSheetState | null): void {
  const ss = activeSpreadsheet();
  let range: GoogleAppsScript.Spreadsheet.Range;
  if (state === null) {
    const sheet = ss.insertSheet(plan.sheetName);
    growGrid(sheet, plan, DEFAULT_ROWS, DEFAULT_COLUMNS);
    range = sheet.getRange(1, 1, plan.rows, plan.columns);
    setUpNewSheet(sheet, range, plan);
  } else if (state.range && plan.rows === state.maxRows && plan.columns === state.maxColumns) {
    range = state.range;
  } else {
    // The table outgrew the grid (a team of more than 980 PMs, or a ladder of many areas), or
    // the sheet was narrower than the columns read.
    if (plan.rows > state.maxRows || plan.columns > state.maxColumns) {
      const sheet = ss.getSheetByName(plan.sheetName);
      if (sheet) growGrid(sheet, plan, state.maxRows, state.maxColumns);
    }
    range = ss.getRange(`${quoteSheetName(plan.sheetName)}!${rangeA1(1, 1, plan.rows, plan.columns)}`);
  }
  // Formats before values: text lands in plain-text cells and stays text (a name "=…" is no formula).
  range.setNumberFormats(plan.numberFormats);
  range.setValues(plan.values);
  range.setBackgrounds(plan.backgrounds);
  if (plan.restyleHeader) range.setFontWeights(plan.fontWeights);
  if (state !== null && plan.upgrade) upgradeSheet(range, plan);
  // The rule (2 calls): it follows the counted-sources setting, so it is written on each refresh.
  const { row, column, text } = plan.ruleNote;
  ss.getRange(`${quoteSheetName(plan.sheetName)}!${rangeA1(row, column, 1, 1)}`).setNote(text);
}

/**
 * What Validate ratings reports about the Calibration sheet (2 calls): each override without a
 * reason or not on the scale, by cell. Nothing when the sheet does not exist yet.
 */
export function calibrationSheetProblems(ladder: Ladder): RatingProblem[] {
  const ss = activeSpreadsheet();
  const columns = tableColumns(ladder);
  try {
    return calibrationOverrideProblems(ss.getRange(wholeColumnsA1(CALIBRATION_SHEET, columns)).getValues());
  } catch (e) {
    const narrower = narrowerSheet(ss, columns, e);
    return narrower ? calibrationOverrideProblems(narrower.sheet.getDataRange().getValues()) : [];
  }
}
