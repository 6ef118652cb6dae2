/**
 * RangeList (developers.google.com/apps-script/reference/spreadsheet/range-list): one call
 * formats many disjoint ranges of a sheet, e.g. every rating column at once.
 */
import { strict } from '../strict';
import type { SheetsEnv } from './env';
import type { RangeImpl } from './range';

export class RangeListImpl {
  readonly _self: GoogleAppsScript.Spreadsheet.RangeList;

  constructor(
    env: SheetsEnv,
    readonly _ranges: RangeImpl[],
  ) {
    this._self = strict(this, 'RangeList', env.log) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }

  private _all(apply: (r: RangeImpl) => unknown): this {
    for (const r of this._ranges) apply(r);
    return this;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._ranges.map((r) => r._self);
  }

  activate(): this {
    const last = this._ranges[this._ranges.length - 1];
    if (last) last.activate();
    return this;
  }

  breakApart(): this {
    return this._all((r) => r.breakApart());
  }

  clear(options?: Record<string, unknown>): this {
    return this._all((r) => r.clear(options));
  }

  clearContent(): this {
    return this._all((r) => r.clearContent());
  }

  clearDataValidations(): this {
    return this._all((r) => r.clearDataValidations());
  }

  clearFormat(): this {
    return this._all((r) => r.clearFormat());
  }

  clearNote(): this {
    return this._all((r) => r.clearNote());
  }

  setBackground(color: string | null): this {
    return this._all((r) => r.setBackground(color));
  }

  setBackgroundRGB(red: number, green: number, blue: number): this {
    return this._all((r) => r.setBackgroundRGB(red, green, blue));
  }

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
    return this._all((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }

  setFontColor(color: string | null): this {
    return this._all((r) => r.setFontColor(color));
  }

  setFontFamily(fontFamily: string | null): this {
    return this._all((r) => r.setFontFamily(fontFamily));
  }

  setFontLine(fontLine: 'none' | 'underline' | 'line-through' | null): this {
    return this._all((r) => r.setFontLine(fontLine));
  }

  setFontSize(size: number): this {
    return this._all((r) => r.setFontSize(size));
  }

  setFontStyle(fontStyle: 'italic' | 'normal' | null): this {
    return this._all((r) => r.setFontStyle(fontStyle));
  }

  setFontWeight(fontWeight: 'bold' | 'normal' | null): this {
    return this._all((r) => r.setFontWeight(fontWeight));
  }

  setFormula(formula: string): this {
    return this._all((r) => r.setFormula(formula));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this._all((r) => r.setHorizontalAlignment(alignment));
  }

  setNote(note: string | null): this {
    return this._all((r) => r.setNote(note));
  }

  setNumberFormat(numberFormat: string): this {
    return this._all((r) => r.setNumberFormat(numberFormat));
  }

  setValue(value: unknown): this {
    return this._all((r) => r.setValue(value));
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): this {
    return this._all((r) => r.setVerticalAlignment(alignment));
  }

  setWrap(isWrapEnabled: boolean): this {
    return this._all((r) => r.setWrap(isWrapEnabled));
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    return this._all((r) => r.setWrapStrategy(strategy));
  }
}
