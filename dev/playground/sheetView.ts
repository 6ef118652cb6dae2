import { columnToLetters, lettersToColumn } from '../workspace/sheets/a1';
import { chartView, type ChartSnapshot, type ChartView } from './chartView';
/**
 * Turns the in-memory workspace's snapshot of a sheet into what the playground page draws:
 * the used rows and columns, each cell's displayed text and look (background, font, wrapping,
 * alignment, merges), hidden columns, frozen panes, dropdowns, and the colours that conditional
 * format rules give (evaluated here for the boolean conditions Sheets offers in its menu), links
 * and charts.
 * Pure: the snapshot in, plain JSON out; the page builds its table from it with textContent.
 */

export interface CellSnapshot {
  value?: string | number | boolean;
  type?: string;
  display?: string;
  formula?: string;
  note?: string;
  format?: {
    numberFormat?: string;
    background?: string;
    fontColor?: string;
    fontWeight?: string;
    fontStyle?: string;
    fontSize?: number;
    fontLine?: string;
    wrapStrategy?: string;
    horizontalAlignment?: string;
    verticalAlignment?: string;
  };
  validation?: { criteria: string; values: unknown[]; allowInvalid?: boolean; helpText?: string };
}

export interface RuleSnapshot {
  ranges: string[];
  criteria: string | null;
  values: unknown[];
  format: {
    background?: string | null;
    fontColor?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
    strikethrough?: boolean | null;
    underline?: boolean | null;
  };
}

export interface SheetSnapshot {
  name: string;
  index?: number;
  hidden?: boolean;
  tabColor?: string | null;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  hiddenColumns: string[];
  hiddenRows: number[];
  merges: string[];
  protections?: unknown[];
  conditionalFormatRules?: RuleSnapshot[];
  charts?: ChartSnapshot[];
  cells: Record<string, CellSnapshot>;
}

export interface CellStyle {
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  line?: 'underline' | 'line-through';
  fontSize?: number;
  wrap?: 'wrap' | 'clip' | 'overflow';
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
}

export interface CellView {
  a1: string;
  text: string;
  style: CellStyle;
  rowSpan?: number;
  colSpan?: number;
  /** The choices of a dropdown (list validation), shown as a hint. */
  dropdown?: string[];
  checkbox?: boolean;
  formula?: string;
  note?: string;
  /** An https address the cell links to (=HYPERLINK, or the text is one), which the page opens. */
  link?: string;
}

export interface ColumnView {
  index: number;
  letter: string;
  width: number;
  hidden: boolean;
}

export interface RowView {
  index: number;
  height?: number;
  hidden: boolean;
  /** One entry per shown column; null where a merged cell above or to the left covers it. */
  cells: Array<CellView | null>;
}

export interface SheetView {
  name: string;
  frozenRows: number;
  frozenColumns: number;
  columns: ColumnView[];
  rows: RowView[];
  protectedRanges: number;
  charts: ChartView[];
}

const DEFAULT_COLUMN_WIDTH = 100;

interface Rect {
  row: number;
  col: number;
  endRow: number;
  endCol: number;
}

/** 'Sheet'!B2:C9, B2, A:A, 3:3 -> a rectangle (open ends run to the sheet's edge). */
export function parseA1Rect(a1: string, maxRows: number, maxCols: number): Rect | null {
  const bare = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(bare.trim());
  if (!m) return null;
  const [, c1 = '', r1 = '', c2, r2] = m;
  const single = c2 === undefined && r2 === undefined;
  const startCol = c1 ? lettersToColumn(c1) : 1;
  const startRow = r1 ? Number(r1) : 1;
  const endCol = single ? (c1 ? startCol : maxCols) : c2 ? lettersToColumn(c2) : maxCols;
  const endRow = single ? (r1 ? startRow : maxRows) : r2 ? Number(r2) : maxRows;
  return { row: startRow, col: startCol, endRow, endCol };
}

function splitA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return { row: 0, col: 0 };
  return { row: Number(m[2]), col: lettersToColumn(m[1]!) };
}

function cellText(cell: CellSnapshot | undefined): string {
  if (!cell) return '';
  if (cell.display !== undefined) return cell.display;
  if (cell.value === undefined) return '';
  return String(cell.value);
}

/**
 * Sheets makes a cell a link when its formula is =HYPERLINK("url"; …) or its text is an address
 * (https://support.google.com/docs/answer/3093313); the playground opens https addresses only.
 */
export function linkOf(cell: CellSnapshot | undefined): string | undefined {
  const formula = /^=\s*HYPERLINK\(\s*"([^"]*)"/i.exec(cell?.formula ?? '');
  const url = (formula ? formula[1]! : cellText(cell)).trim();
  return /^https:\/\/[^\s"<>]+$/i.test(url) ? url : undefined;
}

function ruleMatches(rule: RuleSnapshot, cell: CellSnapshot | undefined): boolean {
  const text = cellText(cell);
  const value = cell?.value;
  const first = rule.values[0];
  const num = typeof value === 'number' ? value : Number.NaN;
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return text === '';
    case 'CELL_NOT_EMPTY':
      return text !== '';
    case 'TEXT_EQUAL_TO':
      return text.toLowerCase() === String(first ?? '').toLowerCase();
    case 'TEXT_CONTAINS':
      return text.toLowerCase().includes(String(first ?? '').toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.toLowerCase().includes(String(first ?? '').toLowerCase());
    case 'TEXT_STARTS_WITH':
      return text.toLowerCase().startsWith(String(first ?? '').toLowerCase());
    case 'TEXT_ENDS_WITH':
      return text.toLowerCase().endsWith(String(first ?? '').toLowerCase());
    case 'NUMBER_EQUAL_TO':
      return num === Number(first);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(num) && num !== Number(first);
    case 'NUMBER_GREATER_THAN':
      return num > Number(first);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num >= Number(first);
    case 'NUMBER_LESS_THAN':
      return num < Number(first);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num <= Number(first);
    case 'NUMBER_BETWEEN':
      return num >= Number(first) && num <= Number(rule.values[1]);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(num) && (num < Number(first) || num > Number(rule.values[1]));
    default:
      // Custom formulas and dates are not evaluated by the playground.
      return false;
  }
}

function baseStyle(cell: CellSnapshot | undefined): CellStyle {
  const f = cell?.format ?? {};
  const style: CellStyle = {};
  if (f.background && f.background !== '#ffffff') style.background = f.background;
  if (f.fontColor && f.fontColor !== '#000000') style.color = f.fontColor;
  if (f.fontWeight === 'bold') style.bold = true;
  if (f.fontStyle === 'italic') style.italic = true;
  if (f.fontLine === 'underline' || f.fontLine === 'line-through') style.line = f.fontLine;
  if (f.fontSize && f.fontSize !== 10) style.fontSize = f.fontSize;
  if (f.wrapStrategy === 'WRAP') style.wrap = 'wrap';
  else if (f.wrapStrategy === 'CLIP') style.wrap = 'clip';
  const h = (f.horizontalAlignment ?? '').toLowerCase();
  if (h === 'left' || h === 'center' || h === 'right') style.align = h;
  else if (h === 'normal' || h === '') {
    if (cell?.type === 'number' || cell?.type === 'date') style.align = 'right';
    if (cell?.type === 'boolean') style.align = 'center';
  }
  const v = (f.verticalAlignment ?? '').toLowerCase();
  if (v === 'top' || v === 'middle' || v === 'bottom') style.valign = v;
  return style;
}

export type RangeValues = (a1: string) => string[];
/** A range's displayed values, rows of columns. */
export type RangeTable = (a1: string) => string[][];

export function sheetView(snapshot: SheetSnapshot, rangeValues: RangeValues = () => [], rangeTable: RangeTable = () => []): SheetView {
  const cellKeys = Object.keys(snapshot.cells);
  let lastRow = snapshot.frozenRows;
  let lastCol = snapshot.frozenColumns;
  for (const key of cellKeys) {
    const { row, col } = splitA1(key);
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
  }
  const merges = snapshot.merges.map((m) => parseA1Rect(m, snapshot.maxRows, snapshot.maxColumns)).filter((r): r is Rect => r !== null);
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.endRow);
    lastCol = Math.max(lastCol, m.endCol);
  }
  // A little empty space after the data, as a sheet shows; never beyond the sheet's size.
  const rowCount = Math.min(snapshot.maxRows, Math.max(lastRow + 3, 10));
  const colCount = Math.min(snapshot.maxColumns, Math.max(lastCol + 1, 6));

  const hiddenCols = new Set(snapshot.hiddenColumns.map((letters) => lettersToColumn(letters)));
  const hiddenRows = new Set(snapshot.hiddenRows);
  const columns: ColumnView[] = [];
  for (let c = 1; c <= colCount; c++) {
    const letter = columnToLetters(c);
    columns.push({ index: c, letter, width: snapshot.columnWidths[letter] ?? DEFAULT_COLUMN_WIDTH, hidden: hiddenCols.has(c) });
  }

  const rules = (snapshot.conditionalFormatRules ?? []).map((rule) => ({
    rule,
    rects: rule.ranges.map((r) => parseA1Rect(r, snapshot.maxRows, snapshot.maxColumns)).filter((r): r is Rect => r !== null),
  }));
  const inRect = (r: Rect, row: number, col: number) => row >= r.row && row <= r.endRow && col >= r.col && col <= r.endCol;

  const rows: RowView[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells: Array<CellView | null> = [];
    for (let c = 1; c <= colCount; c++) {
      if (hiddenCols.has(c)) continue;
      const merge = merges.find((m) => inRect(m, r, c));
      if (merge && (merge.row !== r || merge.col !== c)) {
        cells.push(null);
        continue;
      }
      const a1 = `${columnToLetters(c)}${r}`;
      const cell = snapshot.cells[a1];
      const style = baseStyle(cell);
      // Sheets applies the first matching rule of those covering the cell.
      const hit = rules.find(({ rule, rects }) => rects.some((rect) => inRect(rect, r, c)) && ruleMatches(rule, cell));
      if (hit) {
        const f = hit.rule.format;
        if (f.background) style.background = f.background;
        if (f.fontColor) style.color = f.fontColor;
        if (f.bold) style.bold = true;
        if (f.italic) style.italic = true;
        if (f.strikethrough) style.line = 'line-through';
        if (f.underline) style.line = 'underline';
      }
      const view: CellView = { a1, text: cellText(cell), style };
      if (merge) {
        let colSpan = 0;
        for (let k = merge.col; k <= merge.endCol; k++) if (!hiddenCols.has(k)) colSpan++;
        view.rowSpan = merge.endRow - merge.row + 1;
        view.colSpan = Math.max(colSpan, 1);
      }
      const validation = cell?.validation;
      if (validation?.criteria === 'VALUE_IN_LIST') view.dropdown = ((validation.values[0] as unknown[]) ?? []).map(String);
      else if (validation?.criteria === 'VALUE_IN_RANGE') view.dropdown = rangeValues(String(validation.values[0] ?? ''));
      else if (validation?.criteria === 'CHECKBOX') view.checkbox = true;
      if (cell?.formula) view.formula = cell.formula;
      if (cell?.note) view.note = cell.note;
      const link = linkOf(cell);
      if (link) view.link = link;
      cells.push(view);
    }
    rows.push({ index: r, height: snapshot.rowHeights[String(r)], hidden: hiddenRows.has(r), cells });
  }
  return {
    name: snapshot.name,
    frozenRows: snapshot.frozenRows,
    frozenColumns: snapshot.frozenColumns,
    columns,
    rows,
    protectedRanges: snapshot.protections?.length ?? 0,
    charts: (snapshot.charts ?? []).map((chart) => chartView(chart, chart.ranges?.[0] ? rangeTable(chart.ranges[0]) : [])),
  };
}
