/**
 * InMemorySpreadsheet: what tests and the playground read of the workbook without counting a
 * single service call. Everything returned is plain data.
 */
import { splitSheetName } from './a1';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import type { SpreadsheetImpl } from './spreadsheet';

export class InMemorySpreadsheet {
  constructor(private readonly impl: SpreadsheetImpl) {}

  /** The Spreadsheet the script sees (calls on it are counted). */
  get api(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.impl._self;
  }

  get id(): string {
    return this.impl._id;
  }

  get name(): string {
    return this.impl._name;
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.impl._id}/edit`;
  }

  sheetNames(): string[] {
    return this.impl._sheets.map((s) => s._name);
  }

  activeSheetName(): string {
    return this.impl._active._name;
  }

  /** The active range in A1 notation when it is on the active sheet (a click in the playground), else null. */
  activeRangeA1(): string | null {
    const range = this.impl._activeRange;
    return range && range._sheet === this.impl._active ? range.getA1Notation() : null;
  }

  /** Whether a sheet has exactly this name (case included). */
  hasSheet(name: string): boolean {
    return this.impl._sheets.some((s) => s._name === name);
  }

  private sheetImpl(name: string): SheetImpl {
    const sheet = this.impl._sheetNamed(name);
    if (!sheet) throw new Error(`In-memory workspace: no sheet named "${name}" (sheets: ${this.sheetNames().join(', ')}).`);
    return sheet;
  }

  /** `'Team'` (its data range) or `'Team!A1:C3'` (quoted names allowed). */
  private range(ref: string): RangeImpl {
    const whole = this.impl._sheetNamed(ref);
    if (whole) return whole._rangeImpl(1, 1, Math.max(1, whole._lastRow()), Math.max(1, whole._lastColumn()));
    const { sheetName, rest } = splitSheetName(ref);
    if (sheetName === null) throw new Error(`In-memory workspace: "${ref}" names no sheet; write 'Sheet!A1:B2'.`);
    return this.sheetImpl(sheetName)._rangeFromA1(rest);
  }

  values(ref: string): unknown[][] {
    return this.range(ref).getValues();
  }

  displayValues(ref: string): string[][] {
    return this.range(ref).getDisplayValues();
  }

  formulas(ref: string): string[][] {
    return this.range(ref).getFormulas();
  }

  numberFormats(ref: string): string[][] {
    return this.range(ref).getNumberFormats();
  }

  backgrounds(ref: string): string[][] {
    return this.range(ref).getBackgrounds();
  }

  fontWeights(ref: string): string[][] {
    return this.range(ref).getFontWeights();
  }

  notes(ref: string): string[][] {
    return this.range(ref).getNotes();
  }

  /** Each cell's rule as a JSON-safe picture ({ criteria, values, allowInvalid, helpText }), or null. */
  validations(ref: string): unknown[][] {
    const r = this.range(ref);
    const out: unknown[][] = [];
    for (let i = 0; i < r._numRows; i += 1) {
      const line: unknown[] = [];
      for (let j = 0; j < r._numCols; j += 1) {
        line.push(r._sheet._cells.get(r._row + i, r._col + j)?.validation?._snapshot() ?? null);
      }
      out.push(line);
    }
    return out;
  }

  /** Everything about one sheet: size, frozen panes, widths, hidden columns, merges, protections, charts, cells. */
  sheet(name: string): unknown {
    return this.sheetImpl(name)._snapshot();
  }

  snapshot(): unknown {
    return this.impl._snapshot();
  }
}
