/**
 * The cell model: what one cell holds, how a value written by a script becomes that content,
 * and how the content reads back. Google's rules reproduced here
 * (developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue: "The value can
 * be numeric, string, boolean or date. If it begins with '=' it is interpreted as a formula"):
 *
 * - a string starting with `=` is a formula (getFormulas gives it; see formula.ts for its value);
 * - a leading apostrophe forces text and is not stored: Sheets treats `'` as a text prefix of
 *   what is typed (USER_ENTERED parsing, below), so getValue returns the text without it;
 * - a string that looks like a number, a boolean, a percentage, a currency amount or a date is
 *   converted, as if the user typed it (Sheets API ValueInputOption USER_ENTERED: "The values
 *   will be parsed as if the user typed them into the UI"): `'42'` → 42, `'+15551234'` →
 *   15551234, `'007'` → 7, `'1e3'` → 1000, `'TRUE'` → true, `'2024-01-02'` → a Date;
 * - dates are read as the spreadsheet's locale writes them (Sheets help, "Set a spreadsheet's
 *   location & calculation settings", support.google.com/docs/answer/58515: the locale decides
 *   the formatting of dates): "3/5/2026" is 5 March in en_US and 3 May in en_GB; "March 5",
 *   "5 March", "Mar 5, 2026" are dates in every English locale (the year, when left out, is the
 *   current one). The number format Sheets then gives the cell is ours where Google's is not
 *   documented;
 * - in a cell whose number format is plain text (`@`) a string is kept exactly as written, even
 *   one starting with `=`: formatting a cell as Plain text is the known way to keep a formula as
 *   text (how-to-sheets.com/formulas-functions/google-sheets-text-instead-of-formula), and a
 *   number-like string in it stays a string;
 * - a cell holds at most 50,000 characters; Sheets refuses more with "Your input contains more
 *   than the maximum of 50000 characters in a single cell." (the text scripts and Sheets API
 *   clients report). Nothing is written.
 */
import { NotImplementedError } from '../strict';
import { exception } from './errors';
import { formulaValue } from './formula';
import {
  DEFAULT_DATE_TIME_FORMAT,
  DEFAULT_NUMBER_FORMAT,
  PLAIN_TEXT_FORMAT,
  formatDateValue,
  formatNumber,
  MONTHS,
  formatSerialAsDate,
  isDateFormat,
  isNumericFormat,
} from './numberFormat';
import { fromSerial, isCalendarDay, isDate, toSerial, zonedDate, zonedParts } from './timezone';
import type { DataValidationImpl } from './validation';

export type CellValue = string | number | boolean | Date;

export interface BorderLine {
  color: string;
  style: string;
}

export interface Borders {
  top?: BorderLine;
  left?: BorderLine;
  bottom?: BorderLine;
  right?: BorderLine;
}

export interface CellFormat {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontSize?: number;
  fontFamily?: string;
  fontLine?: 'none' | 'underline' | 'line-through';
  wrapStrategy?: 'WRAP' | 'OVERFLOW' | 'CLIP';
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Borders;
}

/** What a cell shows when nobody formatted it (Google Sheets' defaults for a new sheet). */
export const DEFAULT_FORMAT = {
  numberFormat: DEFAULT_NUMBER_FORMAT,
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  wrapStrategy: 'OVERFLOW',
} as const;

export interface Cell {
  /** What the cell holds: '' when empty; for a formula, its computed value (see formula.ts). */
  value: CellValue;
  /** The formula, '' when none. */
  formula: string;
  note: string;
  format: CellFormat;
  validation: DataValidationImpl | null;
}

export function emptyCell(): Cell {
  return { value: '', formula: '', note: '', format: {}, validation: null };
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.formula !== '' || cell.value !== '');
}

export function isBlankCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  return !hasContent(cell) && cell.note === '' && cell.validation === null && Object.keys(cell.format).length === 0;
}

export const MAX_CELL_CHARACTERS = 50000;

export interface ParsedInput {
  value: CellValue;
  formula: string;
  /** A number format Google applies when it recognises a date, a percentage or a currency. */
  autoFormat?: string;
}

export interface TimeContext {
  timeZone: string;
  /** The spreadsheet's locale, e.g. en_US: the order of day and month in a typed date. */
  locale: string;
  now(): Date;
}

/** Locales that write the month before the day ("3/5/2026" is 5 March); the others put the day first. */
const MONTH_FIRST_LOCALES = new Set(['en_US', 'en_PH', 'es_US']);

function monthFirst(locale: string): boolean {
  return MONTH_FIRST_LOCALES.has(locale);
}

/** January … December by full name or three-letter abbreviation (English locales), 1-based. */
function monthNamed(word: string, locale: string): number | null {
  if (!locale.startsWith('en')) return null;
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.toLowerCase() === w || m.toLowerCase().slice(0, 3) === w);
  return i < 0 ? null : i + 1;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function parseNumberText(text: string): number | null {
  if (!NUMBER.test(text) || !/\d/.test(text.replace(/[eE][+-]?\d+$/, ''))) return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n + 0 : null;
}

function parseDateText(text: string, time: TimeContext): ParsedInput | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (iso) {
    const [y, mo, d, h, mi, s] = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]].map((x) => Number(x ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (!isCalendarDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
    return {
      value: zonedDate(time.timeZone, y, mo, d, h, mi, s),
      formula: '',
      autoFormat: iso[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd H:mm:ss',
    };
  }
  const thisYear = () => zonedParts(time.now(), time.timeZone).year;
  const day = (y: number, mo: number, d: number, autoFormat: string): ParsedInput | null =>
    isCalendarDay(y, mo, d) ? { value: zonedDate(time.timeZone, y, mo, d), formula: '', autoFormat } : null;
  const slashed = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text);
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    const y = slashed[3] === undefined ? thisYear() : Number(slashed[3]);
    return monthFirst(time.locale) ? day(y, a, b, 'M/d/yyyy') : day(y, b, a, 'dd/MM/yyyy');
  }
  // "March 5", "Mar 5, 2026"
  const monthDay = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(text);
  const mdMonth = monthDay ? monthNamed(monthDay[1] ?? '', time.locale) : null;
  if (monthDay && mdMonth !== null) {
    const y = monthDay[3] === undefined ? thisYear() : Number(monthDay[3]);
    return day(y, mdMonth, Number(monthDay[2]), monthDay[3] === undefined ? 'mmmm d' : 'mmmm d, yyyy');
  }
  // "5 March", "5 Mar 2026"
  const dayMonth = /^(\d{1,2})\s+([A-Za-z]+\.?)(?:\s+(\d{4}))?$/.exec(text);
  const dmMonth = dayMonth ? monthNamed(dayMonth[2] ?? '', time.locale) : null;
  if (dayMonth && dmMonth !== null) {
    const y = dayMonth[3] === undefined ? thisYear() : Number(dayMonth[3]);
    return day(y, dmMonth, Number(dayMonth[1]), dayMonth[3] === undefined ? 'd mmmm' : 'd mmmm yyyy');
  }
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (clock) {
    const h = Number(clock[1]);
    const mi = Number(clock[2]);
    const s = Number(clock[3] ?? 0);
    if (h > 23 || mi > 59 || s > 59) return null;
    // A time alone is a fraction of a day on Sheets' epoch, 1899-12-30.
    return { value: zonedDate(time.timeZone, 1899, 12, 30, h, mi, s), formula: '', autoFormat: 'H:mm:ss' };
  }
  return null;
}

/** What Sheets makes of a string a user (or a script) enters into a cell not formatted as text. */
function parseEnteredText(text: string, time: TimeContext): ParsedInput {
  const trimmed = text.trim();
  if (trimmed === '') return { value: text, formula: '' };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE', formula: '' };
  const n = parseNumberText(trimmed);
  if (n !== null) return { value: n, formula: '' };
  const pct = /^(.*)%$/.exec(trimmed);
  const pctValue = pct ? parseNumberText((pct[1] ?? '').trim()) : null;
  if (pctValue !== null) {
    return { value: pctValue / 100, formula: '', autoFormat: trimmed.includes('.') ? '0.00%' : '0%' };
  }
  const money = /^([+-]?)\$(.+)$/.exec(trimmed);
  const moneyValue = money ? parseNumberText(money[2] ?? '') : null;
  if (money && moneyValue !== null) {
    return { value: money[1] === '-' ? -moneyValue : moneyValue, formula: '', autoFormat: '"$"#,##0.00' };
  }
  return parseDateText(trimmed, time) ?? { value: text, formula: '' };
}

function tooLong(text: string): boolean {
  return text.length > MAX_CELL_CHARACTERS;
}

/** Turns a value handed to setValue/setValues into cell content, or throws Google's error. */
export function parseInput(raw: unknown, numberFormat: string | undefined, time: TimeContext): ParsedInput {
  if (raw === null || raw === undefined) return { value: '', formula: '' };
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw + 0 : String(raw), formula: '' };
  if (typeof raw === 'boolean') return { value: raw, formula: '' };
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) return { value: 'Invalid Date', formula: '' };
    return { value: new Date(raw.getTime()), formula: '', autoFormat: DEFAULT_DATE_TIME_FORMAT };
  }
  if (typeof raw !== 'string') {
    // Google writes Java's toString of the object (e.g. "{a=1}"): always a bug in the caller.
    throw new NotImplementedError(`writing a ${Array.isArray(raw) ? 'nested array' : typeof raw} into a cell`);
  }
  if (tooLong(raw)) throw exception('Your input contains more than the maximum of 50000 characters in a single cell.');
  if (numberFormat === PLAIN_TEXT_FORMAT) return { value: raw, formula: '' };
  if (raw.startsWith("'")) return { value: raw.slice(1), formula: '' };
  if (raw.startsWith('=') && raw.length > 1) return { value: formulaValue(raw), formula: raw };
  return parseEnteredText(raw, time);
}

/** Turns a formula handed to setFormula/setFormulas into cell content. */
export function parseFormulaInput(formula: unknown, numberFormat: string | undefined, time: TimeContext): ParsedInput {
  if (typeof formula !== 'string') return parseInput(formula, numberFormat, time);
  if (tooLong(formula)) {
    throw exception('Your input contains more than the maximum of 50000 characters in a single cell.');
  }
  if (formula.startsWith('=') && formula.length > 1 && numberFormat !== PLAIN_TEXT_FORMAT) {
    return { value: formulaValue(formula), formula };
  }
  return parseInput(formula, numberFormat, time);
}

/**
 * What getValue returns. Dates are serial numbers in Sheets, so the number format decides the
 * type read back: a number in a date-formatted cell reads as a Date, a date in a cell formatted
 * as a plain number reads as its serial number. Dates are copied: callers may mutate them.
 */
export function readValue(cell: Cell | undefined, timeZone: string): CellValue {
  if (!cell) return '';
  const { value } = cell;
  const fmt = cell.format.numberFormat;
  if (value instanceof Date) {
    if (isNumericFormat(fmt) && fmt !== DEFAULT_NUMBER_FORMAT) return toSerial(value, timeZone);
    return new Date(value.getTime());
  }
  if (typeof value === 'number' && isDateFormat(fmt)) return fromSerial(value, timeZone);
  return value;
}

/** What getDisplayValue returns: the value as the cell shows it, after number formatting. */
export function displayValue(cell: Cell | undefined, timeZone: string): string {
  if (!cell) return '';
  const { value } = cell;
  const fmt = cell.format.numberFormat;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (isDateFormat(fmt)) return formatDateValue(value, fmt ?? DEFAULT_DATE_TIME_FORMAT, timeZone);
    if (fmt === undefined || fmt === DEFAULT_NUMBER_FORMAT) {
      return formatDateValue(value, DEFAULT_DATE_TIME_FORMAT, timeZone);
    }
    return formatNumber(toSerial(value, timeZone), fmt);
  }
  if (isDateFormat(fmt)) return formatSerialAsDate(value, fmt ?? DEFAULT_DATE_TIME_FORMAT, timeZone);
  return formatNumber(value, fmt ?? DEFAULT_NUMBER_FORMAT);
}

/** CSS colour names Google accepts and normalises to lowercase hex (a common subset). */
const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  purple: '#800080',
};

/** Google stores colours as lowercase `#rrggbb`: setBackground('RED') reads back '#ff0000'. */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  const named = NAMED_COLORS[c];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}
