/**
 * Sheet (developers.google.com/apps-script/reference/spreadsheet/sheet). Google's grid rules:
 * a new sheet has 1000 rows and 26 columns; a range outside them does not exist ("The
 * coordinates of the range are outside the dimensions of the sheet.") until rows or columns are
 * inserted; row and column positions are 1-based; getLastRow/getLastColumn count cells with
 * content (values or formulas), not formats.
 */
import { strict } from '../strict';
import { type OpenEnds, CLOSED, columnToLetters, formatA1, parseA1 } from './a1';
import { type Cell, displayValue, hasContent, isBlankCell } from './cell';
import { type ChartState, EmbeddedChartBuilderImpl, EmbeddedChartImpl, chartImplOf, chartSnapshot, copyChartState } from './chart';
import { ConditionalFormatRuleImpl, type RuleState, ruleSnapshot, ruleStateOf } from './conditionalFormat';
import { exception, signatureError } from './errors';
import { ProtectionType, SheetType, enumName } from './enums';
import type { SheetsEnv } from './env';
import { type Axis, CellGrid, type Rect, rectContains, rectsIntersect, shiftRect, shiftSpan } from './grid';
import { ProtectionImpl } from './protection';
import { RangeImpl, rangeImplOf } from './range';
import { RangeListImpl } from './rangeList';
import type { SpreadsheetImpl } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

function int(value: unknown, method: string, args: readonly unknown[]): number {
  if (typeof value !== 'number') throw signatureError(`SpreadsheetApp.Sheet.${method}`, args);
  // Apps Script converts a JavaScript number to an integer parameter and refuses fractions.
  if (!Number.isInteger(value)) throw exception(`Cannot convert ${value} to int.`);
  return value;
}

export class SheetImpl {
  readonly _self: GasSheet;
  readonly _cells = new CellGrid();
  _maxRows = DEFAULT_ROWS;
  _maxCols = DEFAULT_COLUMNS;
  _frozenRows = 0;
  _frozenCols = 0;
  _hidden = false;
  _tabColor: string | null = null;
  _colWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  _hiddenCols = new Set<number>();
  _hiddenRows = new Set<number>();
  _merges: Rect[] = [];
  _rangeProtections: ProtectionImpl[] = [];
  _sheetProtection: ProtectionImpl | null = null;
  _charts: ChartState[] = [];
  _rules: RuleState[] = [];

  constructor(
    readonly _ss: SpreadsheetImpl,
    readonly _env: SheetsEnv,
    public _name: string,
    readonly _sheetId: number,
  ) {
    this._self = strict(this, 'Sheet', _env.log) as unknown as GasSheet;
  }

  // ---- internal helpers used by Range, Protection, charts and the spreadsheet ---------------

  /** A range after Google's checks, in the order Google makes them. */
  _range(row: number, col: number, numRows = 1, numCols = 1, open: OpenEnds = CLOSED): GasRange {
    return this._rangeImpl(row, col, numRows, numCols, open)._self;
  }

  _rangeImpl(row: number, col: number, numRows: number, numCols: number, open: OpenEnds = CLOSED): RangeImpl {
    if (row < 1) throw exception('The starting row of the range is too small.');
    if (col < 1) throw exception('The starting column of the range is too small.');
    if (numRows < 1) throw exception('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw exception('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || col + numCols - 1 > this._maxCols) {
      throw exception('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeImpl(this, row, col, numRows, numCols, open);
  }

  /** A range for a rectangle already known to lie on the sheet. */
  _rangeFor(rect: Rect): GasRange {
    return new RangeImpl(this, rect.row, rect.col, rect.numRows, rect.numCols)._self;
  }

  _rangeFromA1(a1: string): RangeImpl {
    const ref = parseA1(a1);
    if (ref.sheetName !== null && ref.sheetName !== this._name) throw exception('Range not found');
    const row = ref.startRow ?? 1;
    const col = ref.startCol ?? 1;
    const endRow = ref.endRow ?? this._maxRows;
    const endCol = ref.endCol ?? this._maxCols;
    const open: OpenEnds = {
      startRow: ref.startRow === null,
      startCol: ref.startCol === null,
      endRow: ref.endRow === null,
      endCol: ref.endCol === null,
    };
    return this._rangeImpl(row, col, endRow - row + 1, endCol - col + 1, open);
  }

  _wholeSheet(): Rect {
    return { row: 1, col: 1, numRows: this._maxRows, numCols: this._maxCols };
  }

  _a1(rect: Rect): string {
    return formatA1(rect.row, rect.col, rect.numRows, rect.numCols);
  }

  _lastRow(): number {
    let last = 0;
    this._cells.forEach((r, _c, cell) => {
      if (hasContent(cell) && r > last) last = r;
    });
    return last;
  }

  _lastColumn(): number {
    let last = 0;
    this._cells.forEach((_r, c, cell) => {
      if (hasContent(cell) && c > last) last = c;
    });
    return last;
  }

  /** Merges rectangles; a merge that only partly overlaps an existing one is refused. */
  _merge(rects: Rect[]): void {
    const multi = rects.filter((r) => r.numRows * r.numCols > 1);
    for (const rect of multi) {
      for (const m of this._merges) {
        if (rectsIntersect(m, rect) && !rectContains(rect, m)) {
          throw exception('You must select all cells in a merged range to merge or unmerge them.');
        }
      }
    }
    for (const rect of multi) {
      this._merges = this._merges.filter((m) => !rectContains(rect, m));
      this._merges.push({ ...rect });
      // Merging keeps the top-left value only.
      for (let i = 0; i < rect.numRows; i += 1) {
        for (let j = 0; j < rect.numCols; j += 1) {
          if (i === 0 && j === 0) continue;
          const cell = this._cells.get(rect.row + i, rect.col + j);
          if (cell) {
            cell.value = '';
            cell.formula = '';
          }
        }
      }
    }
  }

  _breakApart(rect: Rect): void {
    for (const m of this._merges) {
      if (rectsIntersect(m, rect) && !rectContains(rect, m)) {
        throw exception('You must select all cells in a merged range to merge or unmerge them.');
      }
    }
    this._merges = this._merges.filter((m) => !rectsIntersect(m, rect));
  }

  _protectRange(rect: Rect): GoogleAppsScript.Spreadsheet.Protection {
    const p = new ProtectionImpl(this._env, 'RANGE', this, { ...rect });
    this._rangeProtections.push(p);
    return p._self;
  }

  _removeProtection(p: ProtectionImpl): void {
    if (this._sheetProtection === p) this._sheetProtection = null;
    this._rangeProtections = this._rangeProtections.filter((x) => x !== p);
  }

  _moveProtection(p: ProtectionImpl, to: SheetImpl): void {
    if (to === this) return;
    this._removeProtection(p);
    to._rangeProtections.push(p);
    p._sheet = to;
  }

  /** Inserts (count > 0) or deletes (count < 0) lines at `at`, moving everything after them. */
  _shift(axis: Axis, at: number, count: number): void {
    if (count > 0) this._cells.insert(axis, at, count);
    else this._cells.remove(axis, at, -count);
    const moveKeys = <V>(map: Map<number, V>): Map<number, V> => {
      const out = new Map<number, V>();
      for (const [k, v] of map) {
        const s = shiftSpan(k, 1, at, count);
        if (s) out.set(s[0], v);
      }
      return out;
    };
    const moveSet = (set: Set<number>): Set<number> => new Set([...moveKeys(new Map([...set].map((k) => [k, true])))].map(([k]) => k));
    if (axis === 'rows') {
      this._maxRows += count;
      this._frozenRows = this._frozenRows > 0 ? (shiftSpan(1, this._frozenRows, at, count)?.[1] ?? 0) : 0;
      this._rowHeights = moveKeys(this._rowHeights);
      this._hiddenRows = moveSet(this._hiddenRows);
    } else {
      this._maxCols += count;
      this._frozenCols = this._frozenCols > 0 ? (shiftSpan(1, this._frozenCols, at, count)?.[1] ?? 0) : 0;
      this._colWidths = moveKeys(this._colWidths);
      this._hiddenCols = moveSet(this._hiddenCols);
    }
    const move = (r: Rect) => shiftRect(r, axis, at, count);
    this._merges = this._merges.map(move).filter((r): r is Rect => r !== null && r.numRows * r.numCols > 1);
    this._rangeProtections = this._rangeProtections.filter((p) => {
      const moved = p._rect ? move(p._rect) : null;
      if (moved) p._rect = moved;
      return moved !== null;
    });
    if (this._sheetProtection) {
      this._sheetProtection._unprotected = this._sheetProtection._unprotected.map(move).filter((r): r is Rect => r !== null);
    }
    this._ss._shiftReferences(this, axis, at, count);
  }

  /** Moves the rectangles of charts and rules (on any sheet) that point into `sheet`. */
  _shiftRefs(sheet: SheetImpl, axis: Axis, at: number, count: number): void {
    const moveRefs = <T extends { sheet: SheetImpl; rect: Rect }>(refs: T[]): T[] =>
      refs
        .map((ref) => {
          if (ref.sheet !== sheet) return ref;
          const rect = shiftRect(ref.rect, axis, at, count);
          return rect ? { ...ref, rect } : null;
        })
        .filter((r): r is T => r !== null);
    for (const chart of this._charts) {
      chart.ranges = moveRefs(chart.ranges);
      if (sheet === this) {
        const pos = axis === 'rows' ? chart.position.anchorRow : chart.position.anchorColumn;
        const moved = shiftSpan(pos, 1, at, count)?.[0] ?? Math.max(1, at);
        if (axis === 'rows') chart.position.anchorRow = moved;
        else chart.position.anchorColumn = moved;
      }
    }
    for (const rule of this._rules) rule.ranges = moveRefs(rule.ranges);
  }

  private _clearCells(contents: boolean, formats: boolean): void {
    this._cells.forEach((_r, _c, cell) => {
      if (contents) {
        cell.value = '';
        cell.formula = '';
      }
      if (formats) cell.format = {};
    });
  }

  private _checkRows(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this._maxRows) throw exception('Those rows are out of bounds.');
  }

  private _checkColumns(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this._maxCols) throw exception('Those columns are out of bounds.');
  }

  // ---- identity --------------------------------------------------------------------------

  getName(): string {
    return this._name;
  }

  getSheetName(): string {
    return this._name;
  }

  setName(name: string): this {
    this._ss._checkSheetName(name, this);
    this._name = name;
    return this;
  }

  getSheetId(): number {
    return this._sheetId;
  }

  /** 1-based position among the spreadsheet's sheets (sheet#getindex). */
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this._ss._self;
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }

  activate(): this {
    this._ss._activate(this, null);
    return this;
  }

  // ---- ranges ----------------------------------------------------------------------------

  getRange(...args: unknown[]): GasRange {
    const [first] = args;
    if (typeof first === 'string' && args.length === 1) return this._rangeFromA1(first)._self;
    if (args.length < 2 || args.length > 4) throw signatureError('SpreadsheetApp.Sheet.getRange', args);
    const [row, col, numRows, numCols] = args.map((a) => int(a, 'getRange', args));
    return this._range(row as number, col as number, numRows ?? 1, numCols ?? 1);
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations)) throw signatureError('SpreadsheetApp.Sheet.getRangeList', [a1Notations]);
    return new RangeListImpl(
      this._env,
      a1Notations.map((a1) => this._rangeFromA1(String(a1))),
    )._self;
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): GasRange {
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastColumn()));
  }

  getLastRow(): number {
    return this._lastRow();
  }

  getLastColumn(): number {
    return this._lastColumn();
  }

  getMaxRows(): number {
    return this._maxRows;
  }

  getMaxColumns(): number {
    return this._maxCols;
  }

  getActiveRange(): GasRange | null {
    const active = this._ss._activeRange;
    return active && active._sheet === this ? active._self : null;
  }

  setActiveRange(range: GasRange): GasRange {
    const impl = rangeImplOf(range, 'SpreadsheetApp.Sheet.setActiveRange', [range]);
    this._ss._activate(impl._sheet, impl);
    return impl._self;
  }

  // ---- inserting and deleting rows and columns ---------------------------------------------

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._checkRows(int(afterPosition, 'insertRowsAfter', [afterPosition, howMany]), 1);
    if (int(howMany, 'insertRowsAfter', [afterPosition, howMany]) < 1) throw exception('Those rows are out of bounds.');
    this._shift('rows', afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this._checkRows(int(beforePosition, 'insertRowsBefore', [beforePosition, howMany]), 1);
    if (int(howMany, 'insertRowsBefore', [beforePosition, howMany]) < 1) throw exception('Those rows are out of bounds.');
    this._shift('rows', beforePosition, howMany);
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._checkColumns(int(afterPosition, 'insertColumnsAfter', [afterPosition, howMany]), 1);
    if (int(howMany, 'insertColumnsAfter', [afterPosition, howMany]) < 1) throw exception('Those columns are out of bounds.');
    this._shift('columns', afterPosition + 1, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._checkColumns(int(beforePosition, 'insertColumnsBefore', [beforePosition, howMany]), 1);
    if (int(howMany, 'insertColumnsBefore', [beforePosition, howMany]) < 1) throw exception('Those columns are out of bounds.');
    this._shift('columns', beforePosition, howMany);
    return this;
  }

  /** A sheet keeps at least one row that is not frozen. */
  deleteRows(rowPosition: number, howMany: number): void {
    this._checkRows(int(rowPosition, 'deleteRows', [rowPosition, howMany]), int(howMany, 'deleteRows', [rowPosition, howMany]));
    if (this._maxRows - howMany <= this._frozenRows) throw exception('Sorry, it is not possible to delete all non-frozen rows.');
    this._shift('rows', rowPosition, -howMany);
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this._checkColumns(
      int(columnPosition, 'deleteColumns', [columnPosition, howMany]),
      int(howMany, 'deleteColumns', [columnPosition, howMany]),
    );
    if (this._maxCols - howMany <= this._frozenCols) {
      throw exception('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this._shift('columns', columnPosition, -howMany);
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  // ---- clearing --------------------------------------------------------------------------

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    const opts = options ?? {};
    const contents = Boolean(opts.contentsOnly);
    const formats = Boolean(opts.formatOnly);
    const all = !contents && !formats;
    this._clearCells(all || contents, all || formats);
    return this;
  }

  // ---- frozen panes, sizes, hidden rows and columns, tab ----------------------------------

  setFrozenRows(rows: number): void {
    if (int(rows, 'setFrozenRows', [rows]) < 0 || rows > this._maxRows) throw exception('Those rows are out of bounds.');
    this._frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._frozenRows;
  }

  setFrozenColumns(columns: number): void {
    if (int(columns, 'setFrozenColumns', [columns]) < 0 || columns > this._maxCols) {
      throw exception('Those columns are out of bounds.');
    }
    this._frozenCols = columns;
  }

  getFrozenColumns(): number {
    return this._frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const args = [startColumn, numColumns, width];
    this._checkColumns(int(startColumn, 'setColumnWidths', args), int(numColumns, 'setColumnWidths', args));
    int(width, 'setColumnWidths', args);
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this._colWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this._checkColumns(int(columnPosition, 'getColumnWidth', [columnPosition]), 1);
    return this._colWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    const args = [startRow, numRows, height];
    this._checkRows(int(startRow, 'setRowHeights', args), int(numRows, 'setRowHeights', args));
    int(height, 'setRowHeights', args);
    for (let r = startRow; r < startRow + numRows; r += 1) this._rowHeights.set(r, height);
    return this;
  }

  getRowHeight(rowPosition: number): number {
    this._checkRows(int(rowPosition, 'getRowHeight', [rowPosition]), 1);
    return this._rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    const args = [columnIndex, numColumns];
    this._checkColumns(int(columnIndex, 'hideColumns', args), int(numColumns, 'hideColumns', args));
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1) this._hiddenCols.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    const args = [columnIndex, numColumns];
    this._checkColumns(int(columnIndex, 'showColumns', args), int(numColumns, 'showColumns', args));
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1) this._hiddenCols.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this._checkColumns(int(columnPosition, 'isColumnHiddenByUser', [columnPosition]), 1);
    return this._hiddenCols.has(columnPosition);
  }

  hideSheet(): this {
    this._ss._hideSheet(this);
    return this;
  }

  showSheet(): this {
    this._hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._hidden;
  }

  setTabColor(color: string | null): this {
    this._tabColor = color === null ? null : String(color).toLowerCase();
    return this;
  }

  // ---- protection ------------------------------------------------------------------------

  /** sheet#protect: "If the sheet is already protected, this method returns ... the existing protection". */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    if (!this._sheetProtection) this._sheetProtection = new ProtectionImpl(this._env, 'SHEET', this, null);
    return this._sheetProtection._self;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const name = enumName(ProtectionType, type);
    if (name === null) throw signatureError('SpreadsheetApp.Sheet.getProtections', [type]);
    if (name === 'SHEET') return this._sheetProtection ? [this._sheetProtection._self] : [];
    return this._rangeProtections.map((p) => p._self);
  }

  // ---- charts ----------------------------------------------------------------------------

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new EmbeddedChartBuilderImpl(this._env)._self;
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = copyChartState(chartImplOf(chart, 'SpreadsheetApp.Sheet.insertChart')._state);
    state.chartId = this._ss._nextChartId();
    this._charts.push(state);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._charts.map((s) => new EmbeddedChartImpl(this._env, copyChartState(s))._self);
  }

  private _chartIndex(chart: unknown, method: string): number {
    const { chartId } = chartImplOf(chart, `SpreadsheetApp.Sheet.${method}`)._state;
    const index = this._charts.findIndex((c) => c.chartId !== null && c.chartId === chartId);
    // Wording ours: Google's text for a chart that is not on the sheet is not documented.
    if (index < 0) throw exception('The chart is not on this sheet.');
    return index;
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._charts.splice(this._chartIndex(chart, 'removeChart'), 1);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const index = this._chartIndex(chart, 'updateChart');
    this._charts[index] = copyChartState(chartImplOf(chart, 'SpreadsheetApp.Sheet.updateChart')._state);
  }

  // ---- conditional formatting ----------------------------------------------------------------

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this._rules.map((s) => new ConditionalFormatRuleImpl(this._env, s)._self);
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw signatureError('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    this._rules = rules.map((r) => ruleStateOf(r, 'SpreadsheetApp.Sheet.setConditionalFormatRules'));
  }

  // ---- snapshot --------------------------------------------------------------------------

  _snapshot(): unknown {
    const tz = this._env.timeZone;
    const cells: Record<string, unknown> = {};
    this._cells.forEach((r, c, cell) => {
      if (!isBlankCell(cell)) cells[`${columnToLetters(c)}${r}`] = cellSnapshot(cell, tz);
    });
    const byColumn = (map: Map<number, number>) =>
      Object.fromEntries([...map.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [columnToLetters(k), v]));
    return {
      name: this._name,
      sheetId: this._sheetId,
      index: this.getIndex(),
      hidden: this._hidden,
      tabColor: this._tabColor,
      maxRows: this._maxRows,
      maxColumns: this._maxCols,
      frozenRows: this._frozenRows,
      frozenColumns: this._frozenCols,
      columnWidths: byColumn(this._colWidths),
      rowHeights: Object.fromEntries([...this._rowHeights.entries()].sort((a, b) => a[0] - b[0])),
      hiddenColumns: [...this._hiddenCols].sort((a, b) => a - b).map(columnToLetters),
      hiddenRows: [...this._hiddenRows].sort((a, b) => a - b),
      merges: this._merges.map((m) => this._a1(m)),
      protections: [
        ...(this._sheetProtection ? [this._sheetProtection._snapshot()] : []),
        ...this._rangeProtections.map((p) => p._snapshot()),
      ],
      conditionalFormatRules: this._rules.map(ruleSnapshot),
      charts: this._charts.map(chartSnapshot),
      cells,
    };
  }
}

function cellSnapshot(cell: Cell, timeZone: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (cell.value !== '' || cell.formula !== '') {
    const v = cell.value;
    out.value = v instanceof Date ? v.toISOString() : v;
    out.type = v instanceof Date ? 'date' : typeof v;
    out.display = displayValue(cell, timeZone);
  }
  if (cell.formula) out.formula = cell.formula;
  if (cell.note) out.note = cell.note;
  if (Object.keys(cell.format).length > 0) out.format = JSON.parse(JSON.stringify(cell.format)) as unknown;
  if (cell.validation) out.validation = cell.validation._snapshot();
  return out;
}
