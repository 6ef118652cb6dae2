/**
 * What a sheet must contain, as plain data: the one plan format of every sheet the add-on
 * writes. Rows and columns are 1-based, as Sheets counts them; a block of cells is a
 * `CellRange`, widths are `ColumnWidths`. The shell (src/gas/workbookWriter.ts) applies a
 * plan with one batched call per aspect (values, number formats, backgrounds, font weights,
 * wrapping, data validations) over one block starting at A1, so the cost of writing a sheet
 * does not depend on how many cells it has (docs/ARCHITECTURE.md, Service-call budgets). The Calibration sheet's plan
 * has the same grids (numbers among its values), the ladder sheet's names its blocks as
 * `CellRange`s for range lists.
 */

/** A block of cells, 1-based, as Sheet.getRange(row, column, numRows, numColumns) takes it. */
export interface CellRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type FontWeight = 'bold' | 'normal';

/** Google's "Plain text" number format: whatever is written stays text, even `=…` or `+1555` (Sheets help, "Format numbers"). */
export const PLAIN_TEXT = '@';
/** What Google reports for a cell formatted "Automatic": a string starting with `=` becomes a formula. */
export const AUTOMATIC = '0.###############';

export type WrapStrategy = 'WRAP' | 'OVERFLOW' | 'CLIP';

/** A dropdown: `key` names the rule so the shell builds each distinct rule once per execution. */
export interface ListValidation {
  key: string;
  values: readonly string[];
  /** false: Sheets rejects a typed value not in the list (a paste still gets through). */
  allowInvalid: boolean;
  helpText: string;
}

export interface ColumnWidths {
  column: number;
  count: number;
  width: number;
}

/** A grid per aspect, from A1. `V`: what a cell holds (text for the workbook's sheets; numbers too on the Calibration sheet). */
export interface SheetBlock<V extends string | number = string> {
  /** Every cell as text; a formula (`=HYPERLINK(…)`) only where the number format is AUTOMATIC. */
  values: V[][];
  numberFormats: string[][];
  /** null resets to no fill. */
  backgrounds: Array<Array<string | null>>;
  fontWeights: Array<Array<'bold' | 'normal'>>;
  wraps: WrapStrategy[][];
  validations: Array<Array<ListValidation | null>>;
}

export interface SheetPlan extends SheetBlock {
  sheetName: string;
  frozenRows: number;
  frozenColumns: number;
  /** Applied when the sheet is made, or when its columns moved (a person's own widths are kept otherwise). */
  columnWidths: ColumnWidths[];
  /** Hidden from column 1: the id column (and the Team sheet's url columns). */
  hiddenColumns: number;
  /** null: no colour. */
  tabColor: string | null;
  /** Sheet protection that only warns (editing it is a mistake, not forbidden). */
  protection: { description: string } | null;
  /**
   * Cells coloured by what they hold, as Sheets' conditional formatting does (so a value chosen
   * in the sheet takes its colour at once); set with the layout. null: none.
   */
  colourRules: ColourRules | null;
}

/** One background per exact text over one range (a PM sheet's rating cells, each rating its colour). */
export interface ColourRules {
  range: CellRange;
  rules: ReadonlyArray<{ text: string; background: string }>;
}

export function blankBlock(rows: number, columns: number): SheetBlock {
  const grid = <T>(value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
  return {
    values: grid(''),
    numberFormats: grid(PLAIN_TEXT),
    backgrounds: grid<string | null>(null),
    fontWeights: grid<'bold' | 'normal'>('normal'),
    wraps: grid<WrapStrategy>('WRAP'),
    validations: grid<ListValidation | null>(null),
  };
}

export function planRows(plan: SheetBlock): number {
  return plan.values.length;
}

export function planColumns(plan: SheetBlock): number {
  return plan.values[0]?.length ?? 0;
}

/**
 * The plan grown to at least `rows` × `columns` with blank, unformatted cells: writing it over
 * a sheet that held a longer or wider layout blanks what the new layout no longer uses, in the
 * same calls (no separate clear).
 */
export function padBlock<T extends SheetBlock>(plan: T, rows: number, columns: number): T {
  const r = Math.max(rows, planRows(plan));
  const c = Math.max(columns, planColumns(plan));
  if (r === planRows(plan) && c === planColumns(plan)) return plan;
  const blank = blankBlock(r, c);
  const pad = <V>(source: V[][], filler: V[][]): V[][] =>
    filler.map((row, i) => row.map((v, j) => (source[i] && j < source[i].length ? (source[i][j] as V) : v)));
  return {
    ...plan,
    values: pad(plan.values, blank.values),
    numberFormats: pad(plan.numberFormats, blank.numberFormats),
    backgrounds: pad(plan.backgrounds, blank.backgrounds),
    fontWeights: pad(plan.fontWeights, blank.fontWeights),
    wraps: pad(plan.wraps, blank.wraps),
    validations: pad(plan.validations, blank.validations),
  };
}

/** Sets one cell of a block (1-based row and column). */
export function setCell(
  block: SheetBlock,
  row: number,
  column: number,
  cell: Partial<{
    value: string;
    numberFormat: string;
    background: string | null;
    fontWeight: 'bold' | 'normal';
    wrap: WrapStrategy;
    validation: ListValidation | null;
  }>,
): void {
  const r = row - 1;
  const c = column - 1;
  if (cell.value !== undefined) (block.values[r] as string[])[c] = cell.value;
  if (cell.numberFormat !== undefined) (block.numberFormats[r] as string[])[c] = cell.numberFormat;
  if (cell.background !== undefined) (block.backgrounds[r] as Array<string | null>)[c] = cell.background;
  if (cell.fontWeight !== undefined) (block.fontWeights[r] as Array<'bold' | 'normal'>)[c] = cell.fontWeight;
  if (cell.wrap !== undefined) (block.wraps[r] as WrapStrategy[])[c] = cell.wrap;
  if (cell.validation !== undefined) (block.validations[r] as Array<ListValidation | null>)[c] = cell.validation;
}

/** Applies `cell` to every cell of a row from `fromColumn` to `toColumn`. */
export function setRow(block: SheetBlock, row: number, fromColumn: number, toColumn: number, cell: Parameters<typeof setCell>[3]): void {
  for (let c = fromColumn; c <= toColumn; c += 1) setCell(block, row, c, cell);
}
