import type { CallLog } from '../callLog';
import { strict } from '../strict';

/**
 * Apps Script enums are objects (Java enum constants), not numbers or strings: `typeof` is
 * "object", `String(v)` is the constant's name, and two constants compare by identity. We mirror
 * that, so `alert(title, prompt, ui.ButtonSet.OK_CANCEL)` can be told apart from `alert(a, b)`.
 */
export interface EnumValue {
  readonly enumType: string;
  readonly enumName: string;
  toString(): string;
  toJSON(): string;
  name(): string;
}

export type EnumOf<N extends string> = Readonly<Record<N, EnumValue>>;

const registry = new WeakMap<object, EnumValue>();

export function makeEnum<N extends string>(enumType: string, names: readonly N[]): EnumOf<N> {
  const out = {} as Record<N, EnumValue>;
  for (const n of names) {
    const value: EnumValue = Object.freeze({
      enumType,
      enumName: n,
      toString: () => n,
      toJSON: () => n,
      name: () => n,
    });
    registry.set(value, value);
    out[n] = value;
  }
  return Object.freeze(out);
}

/** The constant `value` is, if it is one of `enumObject`'s constants; otherwise null. */
export function enumName<N extends string>(enumObject: EnumOf<N>, value: unknown): N | null {
  if (typeof value !== 'object' || value === null || !registry.has(value)) return null;
  for (const key of Object.keys(enumObject) as N[]) if (enumObject[key] === value) return key;
  return null;
}

export function isEnumValue(value: unknown): value is EnumValue {
  return typeof value === 'object' && value !== null && registry.has(value);
}

/** A strict, uncounted view of an enum: reading a constant we do not define throws, naming it. */
export function strictEnum<N extends string>(enumObject: EnumOf<N>, path: string, log: CallLog): EnumOf<N> {
  return strict(enumObject as Record<N, EnumValue>, path, log, { counted: false });
}

// The enums of the Spreadsheet service (names from @types/google-apps-script).
export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET'] as const);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const);
export const BorderStyle = makeEnum('BorderStyle', ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const);
export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);
export type DataValidationCriteriaName = keyof typeof DataValidationCriteria;
export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS'] as const);
export const SheetType = makeEnum('SheetType', ['GRID', 'OBJECT'] as const);

// The enums of the Charts service that an embedded chart uses.
export const ChartType = makeEnum('ChartType', [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const);
export const ChartHiddenDimensionStrategy = makeEnum('ChartHiddenDimensionStrategy', [
  'IGNORE_BOTH',
  'IGNORE_ROWS',
  'IGNORE_COLUMNS',
  'SHOW_BOTH',
] as const);
export const ChartMergeStrategy = makeEnum('ChartMergeStrategy', ['MERGE_COLUMNS', 'MERGE_ROWS'] as const);
export const Position = makeEnum('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const);

// Base service enums (Ui).
export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export type ButtonName = keyof typeof Button;
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export type ButtonSetName = keyof typeof ButtonSet;

// HtmlService enums.
export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT'] as const);

// Utilities enums.
export const Charset = makeEnum('Charset', ['US_ASCII', 'UTF_8'] as const);
export const DigestAlgorithm = makeEnum('DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);
