import { planColumns, planRows, type ColourRules, type ListValidation, type SheetPlan } from '../core/workbook/sheetPlan';

/**
 * Applies a sheet plan in batched calls: one range over the whole block, then one call per
 * aspect (number formats before values, so that text lands in plain-text cells and stays
 * text). The number of calls does not depend on the size of the block (docs/ARCHITECTURE.md, Service-call budgets).
 */

export interface ApplyOptions {
  /** The sheet was just made (or its columns moved): frozen panes, widths and hidden columns too. */
  layout: boolean;
  /** Set the tab colour (only when it changes: it costs a call). */
  tabColor: boolean;
}

/** A new sheet has 1000 rows and 26 columns (Sheets' default grid). */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** Dropdown rules built in this execution (Apps Script starts each execution with fresh globals). */
const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();

/** Each distinct dropdown is built once per execution (a builder costs two calls). */
function buildRule(rule: ListValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const cached = rules.get(rule.key);
  if (cached) return cached;
  const built = SpreadsheetApp.newDataValidation()
    .requireValueInList([...rule.values], true)
    .setAllowInvalid(rule.allowInvalid)
    .setHelpText(rule.helpText)
    .build();
  rules.set(rule.key, built);
  return built;
}

/** Makes sure the grid holds the block: only a block beyond Sheets' default grid costs calls to check. */
function ensureGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  if (rows > DEFAULT_ROWS) {
    const max = sheet.getMaxRows();
    if (rows > max) sheet.insertRowsAfter(max, rows - max);
  }
  if (columns > DEFAULT_COLUMNS) {
    const max = sheet.getMaxColumns();
    if (columns > max) sheet.insertColumnsAfter(max, columns - max);
  }
}

/**
 * Replaces the sheet's conditional format rules with one rule per text (Sheet#setConditionalFormatRules
 * replaces them all): 2 calls a rule (the builder and its build) and 2 more, the range and the set.
 */
function applyColourRules(sheet: GoogleAppsScript.Spreadsheet.Sheet, colours: ColourRules): void {
  const { row, column, numRows, numColumns } = colours.range;
  const range = sheet.getRange(row, column, numRows, numColumns);
  sheet.setConditionalFormatRules(
    colours.rules.map((r) =>
      SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(r.text).setBackground(r.background).setRanges([range]).build(),
    ),
  );
}

export function applySheetPlan(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: SheetPlan, options: ApplyOptions): void {
  const rows = planRows(plan);
  const columns = planColumns(plan);
  ensureGrid(sheet, rows, columns);
  const validations = plan.validations.map((row) => row.map((rule) => (rule ? buildRule(rule) : null)));
  const wrap = SpreadsheetApp.WrapStrategy;
  const wraps = plan.wraps.map((row) => row.map((w) => wrap[w]));

  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(plan.numberFormats);
  range.setValues(plan.values);
  range.setBackgrounds(plan.backgrounds);
  range.setFontWeights(plan.fontWeights);
  range.setWrapStrategies(wraps);
  range.setVerticalAlignment('top');
  range.setDataValidations(validations);

  if (options.layout) {
    sheet.setFrozenRows(plan.frozenRows);
    sheet.setFrozenColumns(plan.frozenColumns);
    for (const w of plan.columnWidths) sheet.setColumnWidths(w.column, w.count, w.width);
    if (plan.hiddenColumns > 0) sheet.hideColumns(1, plan.hiddenColumns);
    if (plan.colourRules) applyColourRules(sheet, plan.colourRules);
  }
  if (options.tabColor) sheet.setTabColor(plan.tabColor);
  if (plan.protection) {
    // sheet.protect() returns the existing protection when there is one (Sheet#protect).
    sheet.protect().setWarningOnly(true).setDescription(plan.protection.description);
  }
}
