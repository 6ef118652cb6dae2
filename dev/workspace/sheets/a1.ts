/**
 * A1 notation, as Google Sheets reads it
 * (developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation,
 * developers.google.com/sheets/api/guides/concepts#cell):
 * `A1`, `B2:D10`, `A:A` (whole columns), `2:2` (whole rows), `A2:C` (to the last row),
 * `$A$1` (absolute markers are ignored), optionally prefixed by a sheet name, `Sheet1!A1`,
 * quoted when it is not a plain word: `'Ann O''Neil'!A1:B2` (a quote inside is doubled).
 */
import { exception } from './errors';

export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** One end of a range; a missing part means "open" (a whole column has no row). */
interface Corner {
  row: number | null;
  col: number | null;
}

export interface A1Range {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

/** Splits `'Ann O''Neil'!A1` into the sheet name and the range part. */
export function splitSheetName(a1: string): { sheetName: string | null; rest: string } {
  const text = a1.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') throw exception('Range not found');
    return { sheetName: name, rest: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, rest: text };
  return { sheetName: text.slice(0, bang), rest: text.slice(bang + 1) };
}

const CORNER = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parseCorner(text: string): Corner | null {
  const m = CORNER.exec(text);
  if (!m) return null;
  const letters = m[1] ?? '';
  const digits = m[2] ?? '';
  if (letters === '' && digits === '') return null;
  const row = digits === '' ? null : Number(digits);
  if (row !== null && row < 1) return null;
  return { row, col: letters === '' ? null : lettersToColumn(letters) };
}

/** Parses A1 notation; throws Google's "Range not found" for anything it cannot read. */
export function parseA1(a1: string): A1Range {
  if (typeof a1 !== 'string') throw exception('Range not found');
  const { sheetName, rest } = splitSheetName(a1);
  const parts = rest.split(':');
  if (parts.length > 2) throw exception('Range not found');
  const first = parseCorner(parts[0] ?? '');
  if (!first) throw exception('Range not found');
  if (parts.length === 1) {
    // A lone corner must be a cell: `A` or `2` alone is not a range.
    if (first.row === null || first.col === null) throw exception('Range not found');
    return { sheetName, startRow: first.row, startCol: first.col, endRow: first.row, endCol: first.col };
  }
  const second = parseCorner(parts[1] ?? '');
  if (!second) throw exception('Range not found');
  // Whole columns (`A:C`), whole rows (`2:5`), or a box whose end may omit the row (`A2:C`).
  if (first.col === null && second.col !== null) throw exception('Range not found');
  if (first.row === null && second.row !== null && first.col !== null) throw exception('Range not found');
  const rows = order(first.row, second.row);
  const cols = order(first.col, second.col);
  return { sheetName, startRow: rows[0], startCol: cols[0], endRow: rows[1], endCol: cols[1] };
}

function order(a: number | null, b: number | null): [number | null, number | null] {
  if (a !== null && b !== null && b < a) return [b, a];
  return [a, b];
}

/** A sheet name as it must be written before `!`: quoted unless it is a plain word. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** How a range was written, so that `getA1Notation()` gives back `A:A` or `2:2` as Google does. */
export interface OpenEnds {
  startRow: boolean;
  startCol: boolean;
  endRow: boolean;
  endCol: boolean;
}

export const CLOSED: OpenEnds = { startRow: false, startCol: false, endRow: false, endCol: false };

export function formatA1(row: number, col: number, numRows: number, numCols: number, open: OpenEnds = CLOSED): string {
  const endRow = row + numRows - 1;
  const endCol = col + numCols - 1;
  const start = `${open.startCol ? '' : columnToLetters(col)}${open.startRow ? '' : String(row)}`;
  const end = `${open.endCol ? '' : columnToLetters(endCol)}${open.endRow ? '' : String(endRow)}`;
  if (numRows === 1 && numCols === 1 && !open.startRow && !open.startCol && !open.endRow && !open.endCol) return start;
  return `${start}:${end}`;
}
