/**
 * Spreadsheet (developers.google.com/apps-script/reference/spreadsheet/spreadsheet): the
 * workbook the add-on is bound to. Rules reproduced:
 * - sheet names are unique, regardless of case (Sheets refuses "team" next to "Team"):
 *   'A sheet with the name "Team" already exists. Please enter another name.';
 * - so a name finds its sheet regardless of case, in getSheetByName and in `Sheet!A1`: Google's
 *   reference (spreadsheet#getsheetbynamename) does not say whether getSheetByName folds case;
 *   Sheets' own references do (`='team'!A1` reads the sheet "Team"), and with names unique
 *   ignoring case a folded lookup can only find that one sheet. Code must not rely on the case
 *   of the name it asked for: compare `getName()` with the name wanted when it matters;
 * - `insertSheet` makes the new sheet the active one (spreadsheet#insertsheetsheetname);
 * - the last sheet cannot be deleted: "You can't remove all the sheets in a document.";
 * - `getRange('Sheet!A1')` resolves the sheet name, quoted if needed (`'Ann O''Neil'!A1`);
 *   without a sheet name it reads the active sheet.
 */
import { NotImplementedError, strict } from '../strict';
import { parseA1, splitSheetName } from './a1';
import { exception, signatureError } from './errors';
import { ProtectionType, enumName } from './enums';
import type { SheetsEnv } from './env';
import { type Axis, shiftRect } from './grid';
import { NamedRangeImpl, checkRangeName } from './namedRange';
import { type RangeImpl, type RangeRef, rangeImplOf, refSnapshot } from './range';
import { RangeListImpl } from './rangeList';
import { SheetImpl } from './sheet';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets compares sheet names ignoring case. */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/** Longest sheet name the workspace accepts (Sheets' tab-name limit; wording of the error ours). */
export const MAX_SHEET_NAME_LENGTH = 100;

export class SpreadsheetImpl {
  readonly _self: GasSpreadsheet;
  readonly _id: string;
  _name: string;
  _sheets: SheetImpl[] = [];
  _active: SheetImpl;
  _activeRange: RangeImpl | null = null;
  readonly _named = new Map<string, RangeRef>();
  private _sheetCounter = 0;
  private _chartCounter = 0;

  constructor(
    readonly _env: SheetsEnv,
    name: string,
    /** A spreadsheet made through Drive takes its Drive file's id. */
    id?: string,
  ) {
    this._id = id ?? _env.newId('spreadsheet-');
    this._name = name;
    this._self = strict(this, 'Spreadsheet', _env.log) as unknown as GasSpreadsheet;
    // A new spreadsheet has one sheet, "Sheet1", whose id (gid) is 0.
    this._active = this._addSheet('Sheet1', 0);
  }

  // ---- internal ----------------------------------------------------------------------------

  private _addSheet(name: string, index: number): SheetImpl {
    const id = this._sheetCounter === 0 ? 0 : 100000000 + this._sheetCounter;
    this._sheetCounter += 1;
    const sheet = new SheetImpl(this, this._env, name, id);
    this._sheets.splice(index, 0, sheet);
    return sheet;
  }

  _nextChartId(): number {
    this._chartCounter += 1;
    return this._chartCounter;
  }

  /** The sheet of that name, ignoring case (names are unique ignoring case). */
  _sheetNamed(name: string): SheetImpl | undefined {
    const key = sheetNameKey(name);
    return this._sheets.find((s) => sheetNameKey(s._name) === key);
  }

  _checkSheetName(name: unknown, except: SheetImpl | null): void {
    if (typeof name !== 'string') throw signatureError('SpreadsheetApp.Sheet.setName', [name]);
    // Wording ours for these two: Google's texts for an empty or over-long name are not documented.
    if (name.trim() === '') throw exception('A sheet name cannot be empty.');
    if (name.length > MAX_SHEET_NAME_LENGTH) {
      throw exception(`A sheet name cannot be longer than ${MAX_SHEET_NAME_LENGTH} characters.`);
    }
    const taken = this._sheets.some((s) => s !== except && sheetNameKey(s._name) === sheetNameKey(name));
    if (taken) throw exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  _activate(sheet: SheetImpl, range: RangeImpl | null): void {
    this._active = sheet;
    this._activeRange = range;
  }

  _hideSheet(sheet: SheetImpl): void {
    if (!this._sheets.some((s) => s !== sheet && !s._hidden)) {
      throw exception("You can't hide all the sheets in a document.");
    }
    sheet._hidden = true;
    if (this._active === sheet) this._activate(this._sheets.find((s) => !s._hidden) ?? sheet, null);
  }

  _shiftReferences(sheet: SheetImpl, axis: Axis, at: number, count: number): void {
    for (const s of this._sheets) s._shiftRefs(sheet, axis, at, count);
    for (const [name, ref] of [...this._named]) {
      if (ref.sheet !== sheet) continue;
      const rect = shiftRect(ref.rect, axis, at, count);
      if (rect) this._named.set(name, { sheet: sheet, rect });
      else this._named.delete(name);
    }
  }

  /** Resolves `Sheet!A1` (or `A1` on the active sheet). */
  _rangeFromA1(a1: string, method: string): RangeImpl {
    if (typeof a1 !== 'string') throw signatureError(`SpreadsheetApp.Spreadsheet.${method}`, [a1]);
    const { sheetName, rest } = splitSheetName(a1);
    const sheet = sheetName === null ? this._active : this._sheetNamed(sheetName);
    if (!sheet) throw exception('Range not found');
    parseA1(rest);
    return sheet._rangeFromA1(rest);
  }

  // ---- identity ----------------------------------------------------------------------------

  getId(): string {
    return this._id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }

  getName(): string {
    return this._name;
  }

  /** The spreadsheet's zone, not the script's (spreadsheet#getspreadsheettimezone; session#getScriptTimeZone()). */
  getSpreadsheetTimeZone(): string {
    return this._env.timeZone;
  }

  /** The spreadsheet's locale, e.g. `en_US` (spreadsheet#getspreadsheetlocale). */
  getSpreadsheetLocale(): string {
    return this._env.locale;
  }

  // ---- sheets ------------------------------------------------------------------------------

  getSheets(): GasSheet[] {
    return this._sheets.map((s) => s._self);
  }

  getNumSheets(): number {
    return this._sheets.length;
  }

  /** The sheet of that name, ignoring case (see above): `getSheetByName('team')` finds "Team". */
  getSheetByName(name: string): GasSheet | null {
    return this._sheetNamed(name)?._self ?? null;
  }

  /**
   * insertSheet(), (sheetName), (sheetIndex), (sheetName, sheetIndex) and their `options`
   * forms; the index is 0-based ("To insert a sheet as the first one ... set it to 0").
   */
  insertSheet(...args: unknown[]): GasSheet {
    let name: string | undefined;
    let index: number | undefined;
    let options: unknown;
    const [a, b, c] = args;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') [index, options] = [b, c];
      else options = b;
    } else if (typeof a === 'number') {
      [index, options] = [a, b];
    } else if (a !== undefined) {
      options = a;
    }
    if (options !== undefined) throw new NotImplementedError('Spreadsheet.insertSheet with options (template)');
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > this._sheets.length)) {
      throw new NotImplementedError(`Spreadsheet.insertSheet at index ${index} of ${this._sheets.length} sheets`);
    }
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this._sheetNamed(`Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    this._checkSheetName(name, null);
    const sheet = this._addSheet(name, index ?? this._sheets.length);
    this._activate(sheet, null);
    return sheet._self;
  }

  deleteSheet(sheet: GasSheet): void {
    const impl = this._sheets.find((s) => s._self === sheet);
    if (!impl) throw signatureError('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    if (this._sheets.length === 1) throw exception("You can't remove all the sheets in a document.");
    const index = this._sheets.indexOf(impl);
    this._sheets.splice(index, 1);
    for (const [name, ref] of [...this._named]) if (ref.sheet === impl) this._named.delete(name);
    for (const s of this._sheets) {
      for (const chart of s._charts) chart.ranges = chart.ranges.filter((r) => r.sheet !== impl);
      for (const rule of s._rules) rule.ranges = rule.ranges.filter((r) => r.sheet !== impl);
    }
    if (this._active === impl) this._activate(this._sheets[Math.max(0, index - 1)] ?? (this._sheets[0] as SheetImpl), null);
  }

  getActiveSheet(): GasSheet {
    return this._active._self;
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    const impl = this._sheets.find((s) => s._self === sheet);
    if (!impl) throw signatureError('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    this._activate(impl, null);
    return impl._self;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    if (!Number.isInteger(pos) || pos < 1 || pos > this._sheets.length) {
      throw new NotImplementedError(`Spreadsheet.moveActiveSheet to position ${pos} of ${this._sheets.length}`);
    }
    this._sheets.splice(this._sheets.indexOf(this._active), 1);
    this._sheets.splice(pos - 1, 0, this._active);
  }

  getSheetName(): string {
    return this._active._name;
  }

  // ---- ranges ------------------------------------------------------------------------------

  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    return this._rangeFromA1(a1Notation, 'getRange')._self;
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations)) throw signatureError('SpreadsheetApp.Spreadsheet.getRangeList', [a1Notations]);
    return new RangeListImpl(
      this._env,
      a1Notations.map((a1) => this._rangeFromA1(a1, 'getRangeList')),
    )._self;
  }

  /** With no selection recorded, the active cell A1 of the active sheet, as in a fresh session. */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return (this._activeRange ?? this._active._rangeImpl(1, 1, 1, 1))._self;
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    const impl = rangeImplOf(range, 'SpreadsheetApp.Spreadsheet.setActiveRange', [range]);
    this._activate(impl._sheet, impl);
    return impl._self;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    if (enumName(ProtectionType, type) === null) throw signatureError('SpreadsheetApp.Spreadsheet.getProtections', [type]);
    return this._sheets.flatMap((s) => s.getProtections(type));
  }

  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    const ref = rangeImplOf(range, 'SpreadsheetApp.Spreadsheet.setNamedRange', [name, range])._ref();
    this._named.set(checkRangeName(name), ref);
  }

  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    const ref = this._named.get(name);
    return ref ? ref.sheet._rangeFor(ref.rect) : null;
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return [...this._named.keys()].map((n) => new NamedRangeImpl(this._env, this, n)._self);
  }

  removeNamedRange(name: string): void {
    // Wording ours: Google's text for removing an unknown name is not documented.
    if (!this._named.delete(name)) throw exception(`Named range ${name} does not exist.`);
  }

  // ---- UI ----------------------------------------------------------------------------------

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._env.toast(String(msg), title === undefined ? '' : String(title), timeoutSeconds ?? null);
  }

  // ---- snapshot ----------------------------------------------------------------------------

  _snapshot(): unknown {
    return {
      id: this._id,
      name: this._name,
      timeZone: this._env.timeZone,
      activeSheet: this._active._name,
      namedRanges: Object.fromEntries([...this._named.entries()].sort().map(([n, ref]) => [n, refSnapshot(ref)])),
      sheets: this._sheets.map((s) => s._snapshot()),
    };
  }
}
