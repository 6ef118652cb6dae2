import { columnLetters } from '../workbook/a1';

/** A cell of a sheet by 0-based row and column, as the core handles grids of values. */
export interface CellPosition {
  row: number;
  col: number;
}

/** Column letters as Google Sheets shows them: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(col: number): string {
  return columnLetters(col + 1);
}

/** The A1 address of a 0-based position: what a manager sees in the name box. */
export function cellA1(pos: CellPosition): string {
  return `${columnLetter(pos.col)}${pos.row + 1}`;
}

/** `B3:D9` for a block of `rows` × `cols` starting at a 0-based position. */
export function rangeA1(pos: CellPosition, rows: number, cols: number): string {
  const end = { row: pos.row + rows - 1, col: pos.col + cols - 1 };
  return rows === 1 && cols === 1 ? cellA1(pos) : `${cellA1(pos)}:${cellA1(end)}`;
}

/** Orders positions as a person reads a sheet: row by row, left to right. */
export function compareCells(a: CellPosition, b: CellPosition): number {
  return a.row - b.row || a.col - b.col;
}

/** `C7` -> { row: 6, col: 2 }; null for anything that is not a single cell. */
export function parseCellA1(a1: string): CellPosition | null {
  const m = /^([A-Z]+)([1-9][0-9]*)$/.exec(a1.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
