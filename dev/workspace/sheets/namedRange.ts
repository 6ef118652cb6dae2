/**
 * Named ranges (developers.google.com/apps-script/reference/spreadsheet/named-range), kept by
 * the spreadsheet. Names follow Sheets' rules (support.google.com/docs/answer/63175: letters,
 * numbers and underscores, not starting with a number, not "true"/"false", not a cell
 * reference, at most 250 characters).
 */
import { strict } from '../strict';
import { exception } from './errors';
import type { SheetsEnv } from './env';
import { type RangeRef, rangeImplOf, refToRange } from './range';

export function checkRangeName(name: unknown): string {
  const text = typeof name === 'string' ? name : '';
  const valid =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(text) &&
    text.length <= 250 &&
    !/^(true|false)$/i.test(text) &&
    !/^[A-Za-z]{1,3}\d+$/.test(text) &&
    !/^R\d*C\d*$/i.test(text);
  // Wording ours: Google's exact message for an invalid name is not documented.
  if (!valid) throw exception(`Invalid named range name: ${String(name)}.`);
  return text;
}

/** What a named range needs from the spreadsheet that owns it. */
export interface NamedRangeOwner {
  _named: Map<string, RangeRef>;
}

export class NamedRangeImpl {
  readonly _self: GoogleAppsScript.Spreadsheet.NamedRange;

  constructor(
    env: SheetsEnv,
    private readonly _owner: NamedRangeOwner,
    private _name: string,
  ) {
    this._self = strict(this, 'NamedRange', env.log) as unknown as GoogleAppsScript.Spreadsheet.NamedRange;
  }

  private _ref(): RangeRef {
    const ref = this._owner._named.get(this._name);
    if (!ref) throw exception(`Named range ${this._name} was removed.`);
    return ref;
  }

  getName(): string {
    return this._name;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return refToRange(this._ref());
  }

  setName(name: string): this {
    const ref = this._ref();
    const next = checkRangeName(name);
    this._owner._named.delete(this._name);
    this._owner._named.set(next, ref);
    this._name = next;
    return this;
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this._ref();
    this._owner._named.set(this._name, rangeImplOf(range, 'SpreadsheetApp.NamedRange.setRange', [range])._ref());
    return this;
  }

  remove(): void {
    this._owner._named.delete(this._name);
  }
}
