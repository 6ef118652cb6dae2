/**
 * Range (developers.google.com/apps-script/reference/spreadsheet/range): a rectangle of cells
 * on one sheet, 1-based. A Range object is a fixed set of coordinates; reading and writing go
 * to the sheet's cells. Batched reads and writes (getValues/setValues and the plural format
 * setters) are one call each, whatever the number of cells (docs/ARCHITECTURE.md, Service-call budgets).
 *
 * Google rules reproduced here:
 * - `setValues` with the wrong shape throws "The number of rows in the data does not match the
 *   number of rows in the range. The data has 2 but the range has 3." (and the columns variant,
 *   checked row by row) — range#setvaluesvalues; the same check applies to every 2-D setter;
 * - empty cells read as '' (never null or undefined), numbers as numbers, booleans, dates as
 *   Date objects (range#getvalues);
 * - a whole write is refused, and nothing written, when one value is refused (e.g. a cell over
 *   50,000 characters);
 * - data validation is not enforced on script writes (see validation.ts).
 */
import { NotImplementedError, strict } from '../strict';
import { CLOSED, type OpenEnds, formatA1, quoteSheetName } from './a1';
import {
  type Cell,
  type CellFormat,
  type ParsedInput,
  DEFAULT_FORMAT,
  displayValue,
  normalizeColor,
  parseFormulaInput,
  parseInput,
  readValue,
} from './cell';
import { exception, signatureError } from './errors';
import { BorderStyle, WrapStrategy, enumName } from './enums';
import { type Rect, rectsIntersect } from './grid';
import type { SheetImpl } from './sheet';
import { validationImplOf } from './validation';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** A rectangle on a given sheet, as stored by charts, rules and named ranges. */
export interface RangeRef {
  sheet: SheetImpl;
  rect: Rect;
}

const impls = new WeakMap<object, RangeImpl>();

/** The range behind a Range a caller hands back, or Google's "parameters don't match" error. */
export function rangeImplOf(range: unknown, method: string, args: readonly unknown[]): RangeImpl {
  const impl = typeof range === 'object' && range !== null ? impls.get(range) : undefined;
  if (!impl) throw signatureError(method, args);
  return impl;
}

export function refToRange(ref: RangeRef): GasRange {
  return ref.sheet._rangeFor(ref.rect);
}

/** `'Sheet name'!A1:B2`, for snapshots. */
export function refSnapshot(ref: RangeRef): string {
  return `${quoteSheetName(ref.sheet._name)}!${formatA1(ref.rect.row, ref.rect.col, ref.rect.numRows, ref.rect.numCols)}`;
}

type FormatKey = Exclude<keyof CellFormat, 'borders'>;

const CLEAR_OPTIONS = ['contentsOnly', 'formatOnly', 'validationsOnly', 'commentsOnly', 'skipFilteredRows'];

export class RangeImpl {
  readonly _self: GasRange;

  constructor(
    readonly _sheet: SheetImpl,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
    readonly _open: OpenEnds = CLOSED,
  ) {
    this._self = strict(this, 'Range', _sheet._env.log) as unknown as GasRange;
    impls.set(this._self, this);
    impls.set(this, this);
  }

  _rectangle(): Rect {
    return { row: this._row, col: this._col, numRows: this._numRows, numCols: this._numCols };
  }

  _ref(): RangeRef {
    return { sheet: this._sheet, rect: this._rectangle() };
  }

  private _cell(i: number, j: number): Cell | undefined {
    return this._sheet._cells.get(this._row + i, this._col + j);
  }

  private _touch(i: number, j: number): Cell {
    return this._sheet._cells.touch(this._row + i, this._col + j);
  }

  private _matrix<T>(read: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._numRows; i += 1) {
      const line: T[] = [];
      for (let j = 0; j < this._numCols; j += 1) line.push(read(this._cell(i, j)));
      out.push(line);
    }
    return out;
  }

  private _each(write: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < this._numRows; i += 1) for (let j = 0; j < this._numCols; j += 1) write(this._touch(i, j), i, j);
  }

  /** Google's shape check for every 2-D setter (range#setvaluesvalues). */
  private _checkShape(data: unknown, method: string): unknown[][] {
    // The parameter's type is checked first (Object[][]), then the shape.
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      throw signatureError(`SpreadsheetApp.Range.${method}`, [data]);
    }
    if (data.length !== this._numRows) {
      throw exception(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (row.length !== this._numCols) {
        throw exception(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  private _time() {
    const env = this._sheet._env;
    return { timeZone: env.timeZone, locale: env.locale, now: () => env.now() };
  }

  private _store(cell: Cell, input: ParsedInput): void {
    cell.value = input.value;
    cell.formula = input.formula;
    if (input.autoFormat !== undefined && cell.format.numberFormat === undefined) cell.format.numberFormat = input.autoFormat;
  }

  private _setFormat<K extends FormatKey>(key: K, value: CellFormat[K] | undefined): this {
    this._each((cell) => {
      if (value === undefined) delete cell.format[key];
      else cell.format[key] = value;
    });
    return this;
  }

  private _setFormats<K extends FormatKey>(
    key: K,
    data: unknown,
    method: string,
    convert: (v: unknown) => CellFormat[K] | undefined,
  ): this {
    const rows = this._checkShape(data, method);
    const converted = rows.map((row) => row.map(convert));
    this._each((cell, i, j) => {
      const v = converted[i]?.[j];
      if (v === undefined) delete cell.format[key];
      else cell.format[key] = v;
    });
    return this;
  }

  private _format<K extends FormatKey>(key: K): NonNullable<CellFormat[K]> | (typeof DEFAULT_FORMAT)[K & keyof typeof DEFAULT_FORMAT] {
    return this._formats(key)[0]?.[0] as NonNullable<CellFormat[K]>;
  }

  private _formats<K extends FormatKey>(key: K): Array<Array<NonNullable<CellFormat[K]>>> {
    const fallback = (DEFAULT_FORMAT as Partial<Record<FormatKey, unknown>>)[key];
    return this._matrix((cell) => (cell?.format[key] ?? fallback) as NonNullable<CellFormat[K]>);
  }

  // ---- position -------------------------------------------------------------------------

  getA1Notation(): string {
    return formatA1(this._row, this._col, this._numRows, this._numCols, this._open);
  }

  getRow(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getLastRow(): number {
    return this._row + this._numRows - 1;
  }

  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }

  getNumRows(): number {
    return this._numRows;
  }

  getNumColumns(): number {
    return this._numCols;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this._sheet._self;
  }

  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw exception('Cell reference out of range');
    }
    return this._sheet._range(this._row + row - 1, this._col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return this._sheet._range(this._row + rowOffset, this._col + columnOffset, numRows ?? this._numRows, numColumns ?? this._numCols);
  }

  activate(): this {
    this._sheet._ss._activate(this._sheet, this);
    return this;
  }

  canEdit(): boolean {
    return true;
  }

  // ---- values and formulas ---------------------------------------------------------------

  getValue(): unknown {
    return readValue(this._cell(0, 0), this._sheet._env.timeZone);
  }

  getValues(): unknown[][] {
    const tz = this._sheet._env.timeZone;
    return this._matrix((cell) => readValue(cell, tz));
  }

  getDisplayValue(): string {
    return displayValue(this._cell(0, 0), this._sheet._env.timeZone);
  }

  getDisplayValues(): string[][] {
    const tz = this._sheet._env.timeZone;
    return this._matrix((cell) => displayValue(cell, tz));
  }

  /** Every cell of the range gets the value (range#setvaluevalue). */
  setValue(value: unknown): this {
    const time = this._time();
    const parsed = this._matrix((cell) => parseInput(value, cell?.format.numberFormat, time));
    this._each((cell, i, j) => this._store(cell, parsed[i]?.[j] as ParsedInput));
    return this;
  }

  setValues(values: unknown[][]): this {
    const rows = this._checkShape(values, 'setValues');
    const time = this._time();
    const parsed = rows.map((row, i) => row.map((v, j) => parseInput(v, this._cell(i, j)?.format.numberFormat, time)));
    this._each((cell, i, j) => this._store(cell, parsed[i]?.[j] as ParsedInput));
    return this;
  }

  getFormula(): string {
    return this._cell(0, 0)?.formula ?? '';
  }

  getFormulas(): string[][] {
    return this._matrix((cell) => cell?.formula ?? '');
  }

  setFormula(formula: string): this {
    const time = this._time();
    const parsed = this._matrix((cell) => parseFormulaInput(formula, cell?.format.numberFormat, time));
    this._each((cell, i, j) => this._store(cell, parsed[i]?.[j] as ParsedInput));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    const rows = this._checkShape(formulas, 'setFormulas');
    const time = this._time();
    const parsed = rows.map((row, i) => row.map((f, j) => parseFormulaInput(f, this._cell(i, j)?.format.numberFormat, time)));
    this._each((cell, i, j) => this._store(cell, parsed[i]?.[j] as ParsedInput));
    return this;
  }

  // ---- number formats --------------------------------------------------------------------

  getNumberFormat(): string {
    return this._format('numberFormat');
  }

  getNumberFormats(): string[][] {
    return this._formats('numberFormat');
  }

  setNumberFormat(numberFormat: string): this {
    if (typeof numberFormat !== 'string') throw signatureError('SpreadsheetApp.Range.setNumberFormat', [numberFormat]);
    return this._setFormat('numberFormat', numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): this {
    return this._setFormats('numberFormat', numberFormats, 'setNumberFormats', (v) => {
      if (typeof v !== 'string') throw signatureError('SpreadsheetApp.Range.setNumberFormats', [numberFormats]);
      return v;
    });
  }

  // ---- colours and fonts (null resets to the default) -------------------------------------

  getBackground(): string {
    return this._format('background');
  }

  getBackgrounds(): string[][] {
    return this._formats('background');
  }

  setBackground(color: string | null): this {
    return this._setFormat('background', color === null ? undefined : normalizeColor(String(color)));
  }

  setBackgrounds(colors: Array<Array<string | null>>): this {
    return this._setFormats('background', colors, 'setBackgrounds', (v) => (v === null ? undefined : normalizeColor(String(v))));
  }

  setBackgroundRGB(red: number, green: number, blue: number): this {
    const hex = [red, green, blue].map((n) => Math.max(0, Math.min(255, n)).toString(16).padStart(2, '0')).join('');
    return this._setFormat('background', `#${hex}`);
  }

  getFontColor(): string {
    return this._format('fontColor');
  }

  getFontColors(): string[][] {
    return this._formats('fontColor');
  }

  setFontColor(color: string | null): this {
    return this._setFormat('fontColor', color === null ? undefined : normalizeColor(String(color)));
  }

  getFontWeight(): string {
    return this._format('fontWeight');
  }

  getFontWeights(): string[][] {
    return this._formats('fontWeight');
  }

  setFontWeight(fontWeight: 'bold' | 'normal' | null): this {
    return this._setFormat('fontWeight', fontWeight === null || fontWeight === 'normal' ? undefined : fontWeight);
  }

  setFontWeights(fontWeights: Array<Array<'bold' | 'normal' | null>>): this {
    return this._setFormats('fontWeight', fontWeights, 'setFontWeights', (v) => (v === 'bold' ? 'bold' : undefined));
  }

  getFontStyle(): string {
    return this._format('fontStyle');
  }

  setFontStyle(fontStyle: 'italic' | 'normal' | null): this {
    return this._setFormat('fontStyle', fontStyle === 'italic' ? 'italic' : undefined);
  }

  getFontSize(): number {
    return this._format('fontSize');
  }

  setFontSize(size: number): this {
    if (typeof size !== 'number') throw signatureError('SpreadsheetApp.Range.setFontSize', [size]);
    return this._setFormat('fontSize', size);
  }

  getFontFamily(): string {
    return this._format('fontFamily');
  }

  setFontFamily(fontFamily: string | null): this {
    return this._setFormat('fontFamily', fontFamily === null ? undefined : String(fontFamily));
  }

  setFontLine(fontLine: 'none' | 'underline' | 'line-through' | null): this {
    return this._setFormat('fontLine', fontLine === null || fontLine === 'none' ? undefined : fontLine);
  }

  // ---- wrapping and alignment ------------------------------------------------------------

  /** Sheets' default strategy is OVERFLOW (Sheets API defaultFormat.wrapStrategy OVERFLOW_CELL). */
  getWrap(): boolean {
    return this._format('wrapStrategy') === 'WRAP';
  }

  getWraps(): boolean[][] {
    return this._formats('wrapStrategy').map((row) => row.map((s) => s === 'WRAP'));
  }

  setWrap(isWrapEnabled: boolean): this {
    return this._setFormat('wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }

  setWraps(isWrapEnabled: boolean[][]): this {
    return this._setFormats('wrapStrategy', isWrapEnabled, 'setWraps', (v) => (v ? 'WRAP' : 'OVERFLOW'));
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return WrapStrategy[this._format('wrapStrategy')] as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    const name = enumName(WrapStrategy, strategy);
    if (name === null) throw signatureError('SpreadsheetApp.Range.setWrapStrategy', [strategy]);
    return this._setFormat('wrapStrategy', name);
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): this {
    return this._setFormats('wrapStrategy', strategies, 'setWrapStrategies', (v) => {
      const name = enumName(WrapStrategy, v);
      if (name === null) throw signatureError('SpreadsheetApp.Range.setWrapStrategies', [strategies]);
      return name;
    });
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this._setFormat('horizontalAlignment', alignment === null || alignment === 'normal' ? undefined : alignment);
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): this {
    return this._setFormat('verticalAlignment', alignment === null ? undefined : alignment);
  }

  /**
   * range#setbordertop-left-bottom-right-vertical-horizontal-color-style: true sets a border,
   * false removes it, null leaves it; `vertical`/`horizontal` are the inner lines.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): this {
    const styleName = style === undefined || style === null ? 'SOLID' : enumName(BorderStyle, style);
    if (styleName === null)
      throw signatureError('SpreadsheetApp.Range.setBorder', [top, left, bottom, right, vertical, horizontal, color, style]);
    const line = { color: color ? normalizeColor(color) : '#000000', style: styleName };
    const apply = (cell: Cell, side: 'top' | 'left' | 'bottom' | 'right', on: boolean | null | undefined) => {
      if (on === null || on === undefined) return;
      const borders = { ...cell.format.borders };
      if (on) borders[side] = { ...line };
      else delete borders[side];
      if (Object.keys(borders).length === 0) delete cell.format.borders;
      else cell.format.borders = borders;
    };
    const lastRow = this._numRows - 1;
    const lastCol = this._numCols - 1;
    this._each((cell, i, j) => {
      apply(cell, 'top', i === 0 ? top : horizontal);
      apply(cell, 'bottom', i === lastRow ? bottom : horizontal);
      apply(cell, 'left', j === 0 ? left : vertical);
      apply(cell, 'right', j === lastCol ? right : vertical);
    });
    return this;
  }

  // ---- notes -----------------------------------------------------------------------------

  getNote(): string {
    return this._cell(0, 0)?.note ?? '';
  }

  getNotes(): string[][] {
    return this._matrix((cell) => cell?.note ?? '');
  }

  setNote(note: string | null): this {
    const text = note === null || note === undefined ? '' : String(note);
    this._each((cell) => {
      cell.note = text;
    });
    return this;
  }

  setNotes(notes: Array<Array<string | null>>): this {
    const rows = this._checkShape(notes, 'setNotes');
    this._each((cell, i, j) => {
      const v = rows[i]?.[j];
      cell.note = v === null || v === undefined ? '' : String(v);
    });
    return this;
  }

  clearNote(): this {
    return this.setNote(null);
  }

  // ---- data validation (stored, not enforced on script writes) -----------------------------

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this._cell(0, 0)?.validation?._self ?? null;
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this._matrix((cell) => cell?.validation?._self ?? null);
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    const impl = rule === null ? null : validationImplOf(rule, 'SpreadsheetApp.Range.setDataValidation', this._sheet._env);
    this._each((cell) => {
      cell.validation = impl;
    });
    return this;
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): this {
    const rows = this._checkShape(rules, 'setDataValidations');
    const impls = rows.map((row) =>
      row.map((r) => (r === null ? null : validationImplOf(r, 'SpreadsheetApp.Range.setDataValidations', this._sheet._env))),
    );
    this._each((cell, i, j) => {
      cell.validation = impls[i]?.[j] ?? null;
    });
    return this;
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  // ---- merges ----------------------------------------------------------------------------

  merge(): this {
    this._sheet._merge([this._rectangle()]);
    return this;
  }

  mergeAcross(): this {
    const rects: Rect[] = [];
    for (let i = 0; i < this._numRows; i += 1) rects.push({ row: this._row + i, col: this._col, numRows: 1, numCols: this._numCols });
    this._sheet._merge(rects);
    return this;
  }

  breakApart(): this {
    this._sheet._breakApart(this._rectangle());
    return this;
  }

  isPartOfMerge(): boolean {
    const me = this._rectangle();
    return this._sheet._merges.some((m) => rectsIntersect(m, me));
  }

  getMergedRanges(): GasRange[] {
    const me = this._rectangle();
    return this._sheet._merges.filter((m) => rectsIntersect(m, me)).map((m) => this._sheet._rangeFor(m));
  }

  // ---- clearing --------------------------------------------------------------------------

  /**
   * range#clearoptions: with no option, contents and formats are cleared ("Clears the range of
   * contents and formats"); with options, only what they name. Notes stay (clearNote clears
   * them). Comments and filters are not modelled, so those options throw.
   */
  clear(options?: Record<string, unknown>): this {
    const opts = options ?? {};
    if (typeof opts !== 'object' || opts === null) throw signatureError('SpreadsheetApp.Range.clear', [options]);
    for (const key of Object.keys(opts)) {
      if (!CLEAR_OPTIONS.includes(key)) throw signatureError('SpreadsheetApp.Range.clear', [options]);
    }
    if (opts.commentsOnly || opts.skipFilteredRows) throw new NotImplementedError('Range.clear with commentsOnly or skipFilteredRows');
    const contents = Boolean(opts.contentsOnly);
    const format = Boolean(opts.formatOnly);
    const validations = Boolean(opts.validationsOnly);
    const all = !contents && !format && !validations;
    this._each((cell) => {
      if (all || contents) {
        cell.value = '';
        cell.formula = '';
      }
      if (all || format) cell.format = {};
      if (validations) cell.validation = null;
    });
    return this;
  }

  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  // ---- protection ------------------------------------------------------------------------

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return this._sheet._protectRange(this._rectangle());
  }
}
